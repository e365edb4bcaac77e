package id.netralitas.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

/**
 * Copies a picture without the metadata that can tell who took or sent it: position (EXIF GPS),
 * camera and its owner, author, software, timestamps, embedded thumbnails and previews, comments,
 * colour profiles, and whatever follows the end of the image. Only what is needed to draw the
 * picture is kept; what that is per format is described by {@link JpegStripper}, {@link PngStripper},
 * {@link GifStripper} and {@link WebpStripper}.
 * Other types (PDF, HEIC, videos) cannot be stripped reliably and are not supported. The copy
 * streams through a buffer of {@value #BUFFER} bytes, whatever the file's size. A file that does
 * not follow its format's structure fails with {@link MalformedException}; the output written so far
 * is then incomplete, so callers that must not send a partial file strip once into a null stream first.
 */
public final class EvidenceSanitizer {

    static final int BUFFER = 64 * 1024;

    private static final Map<String, MetadataStripper> STRIPPERS = Map.of(
            "image/jpeg", new JpegStripper(),
            "image/png", new PngStripper(),
            "image/gif", new GifStripper(),
            "image/webp", new WebpStripper());

    /** The types this class strips; every other type is refused. */
    public static final Set<String> SUPPORTED = STRIPPERS.keySet();

    /** A file to strip, which can be read from its start more than once. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The file does not follow the structure of its type. */
    public static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    private EvidenceSanitizer() {
    }

    public static boolean supports(String contentType) {
        return contentType != null && SUPPORTED.contains(contentType);
    }

    /**
     * Writes the stripped copy of the file to {@code out} (flushed, not closed).
     *
     * @throws IllegalArgumentException for a type that is not {@linkplain #supports supported}
     * @throws MalformedException when the file does not follow its format
     */
    public static void strip(String contentType, Source source, OutputStream out) throws IOException {
        if (!supports(contentType)) {
            throw new IllegalArgumentException("cannot strip " + contentType);
        }
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        STRIPPERS.get(contentType).strip(source, buffered);
        buffered.flush();
    }
}
