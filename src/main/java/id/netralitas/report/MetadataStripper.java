package id.netralitas.report;

import java.io.IOException;
import java.io.OutputStream;

/** Copies one file format without its identifying metadata; {@link EvidenceSanitizer} picks the format. */
interface MetadataStripper {

    /** Writes the stripped copy to {@code out} (not flushed); fails with {@link EvidenceSanitizer.MalformedException}. */
    void strip(EvidenceSanitizer.Source source, OutputStream out) throws IOException;

    /** A stripper that reads the file once, from its start. */
    interface SinglePass extends MetadataStripper {

        void strip(StripperInput in, OutputStream out) throws IOException;

        @Override
        default void strip(EvidenceSanitizer.Source source, OutputStream out) throws IOException {
            try (StripperInput in = new StripperInput(source.open())) {
                strip(in, out);
            }
        }
    }
}
