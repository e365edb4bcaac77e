package id.netralitas.regulation;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.text.Text;
import id.netralitas.common.web.EntityTags;
import id.netralitas.event.DomainEventType;
import id.netralitas.event.DomainEvents;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versioning rules shared by the catalogues that later records cite (sanctions, violation
 * types, authorities). A code has revisions 1, 2, ... with validity periods that never overlap. A
 * change never rewrites a revision: it closes the latest revision's {@code validTo} (the day
 * before the successor starts) and inserts the successor. Concurrency: a change must name the
 * latest revision in {@code If-Match} (the ETag of a catalogue entry is its revision), and the
 * latest row is force-incremented so that two simultaneous changes cannot both succeed.
 */
public final class CatalogueVersions<E extends CatalogueEntry> {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*([-_][A-Z0-9]+)*$";
    static final int CODE_MAX = 60;
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final PanacheRepository<E> repository;
    private final String notFoundCode;
    private final String catalogue;
    private final DomainEvents events;

    /** {@code catalogue} names the catalogue in CATALOGUE_CHANGED events ("sanctions", ...). */
    CatalogueVersions(PanacheRepository<E> repository, String notFoundCode, String catalogue, DomainEvents events) {
        this.repository = repository;
        this.notFoundCode = notFoundCode;
        this.catalogue = catalogue;
        this.events = events;
    }

    /** A catalogue code from a path or field: 400 {@code CODE_INVALID} unless canonical (upper case). */
    public static String parseCode(String raw, String field) {
        if (raw == null || raw.length() > CODE_MAX || !CODE.matcher(raw).matches()) {
            throw ApiException.invalidField(field, "CODE_INVALID",
                    Text.abbreviate(raw));
        }
        return raw;
    }

    boolean exists(String code) {
        return repository.count("code", code) > 0;
    }

    /** 404 naming the catalogue's not-found code unless {@code code} has a revision. */
    void requireExisting(String code) {
        if (!exists(code)) {
            throw ApiException.notFound(notFoundCode, code);
        }
    }

    /** Every revision of a code, oldest first; 404 when the code is unknown. */
    List<E> history(String code) {
        List<E> revisions = repository.list("code = ?1 order by revision", code);
        if (revisions.isEmpty()) {
            throw ApiException.notFound(notFoundCode, code);
        }
        return revisions;
    }

    E revision(String code, int revision) {
        return repository.find("code = ?1 and revision = ?2", code, revision).firstResultOptional()
                .orElseThrow(() -> exists(code)
                        ? ApiException.notFound("CATALOGUE_VERSION_NOT_FOUND", code, revision)
                        : ApiException.notFound(notFoundCode, code));
    }

    Optional<E> findValidOn(String code, LocalDate date) {
        return repository.find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)", code, date)
                .firstResultOptional();
    }

    /** The revision valid on {@code date}; 404 naming the code, or the date when the code exists. */
    E validOn(String code, LocalDate date) {
        return findValidOn(code, date).orElseThrow(() -> exists(code)
                ? ApiException.notFound("CATALOGUE_NOT_VALID_ON_DATE", code, date.toString())
                : ApiException.notFound(notFoundCode, code));
    }

    /** The revision for a GET: {@code version} when given, else the one valid on {@code date}. */
    E select(String code, Integer version, LocalDate date) {
        return version != null ? revision(code, version) : validOn(code, date);
    }

    /** Inserts revision 1 of a new code; 409 when the code exists (change it with a successor instead). */
    E create(E entry) {
        if (exists(entry.code)) {
            throw ApiException.conflict("CATALOGUE_CODE_EXISTS", entry.code);
        }
        entry.revision = 1;
        SqlFailures.persistUnique(repository, entry, () -> ApiException.conflict("CATALOGUE_CODE_EXISTS", entry.code));
        changed(entry);
        return entry;
    }

    /**
     * Adds {@code successor} as the next revision of {@code code}, starting on its {@code validFrom},
     * which must come after the latest revision's start; the latest revision then ends the day before
     * (unless it already ended earlier). {@code ifMatch} must carry the latest revision's ETag.
     */
    E supersede(String code, String ifMatch, E successor) {
        E latest = repository.find("code = ?1 order by revision desc", code).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound(notFoundCode, code));
        EntityTags.requireMatch(ifMatch, latest.revision);
        if (!successor.validFrom.isAfter(latest.validFrom)) {
            throw ApiException.conflict("CATALOGUE_VALID_FROM_TOO_EARLY", code, latest.revision, latest.validFrom.toString())
                    .with("currentVersion", latest.revision).with("currentValidFrom", latest.validFrom.toString());
        }
        LocalDate end = successor.validFrom.minusDays(1);
        if (latest.validTo == null || latest.validTo.isAfter(end)) {
            latest.validTo = end;
        }
        repository.getEntityManager().lock(latest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        successor.code = code;
        successor.revision = latest.revision + 1;
        SqlFailures.persistUnique(repository, successor,
                () -> new ApiException(412, "PRECONDITION_FAILED_CONCURRENT_UPDATE"));
        changed(successor);
        return successor;
    }

    private void changed(E entry) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("catalogue", catalogue);
        data.put("code", entry.code);
        data.put("revision", entry.revision);
        data.put("validFrom", entry.validFrom.toString());
        events.record(DomainEventType.CATALOGUE_CHANGED, entry.code, null, data);
    }
}
