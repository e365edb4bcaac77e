package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.security.Caller;
import id.netralitas.common.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The documents of one employee's follow-up: the ppk of the employee's agency records each (summons,
 * minutes, decree, its delivery) by number, date and the SHA-256 of the signed scan its archive keeps;
 * the verifier and admin read them. The same scan twice on a follow-up is 409; each is a history entry.
 */
@ApplicationScoped
@Transactional
public class TrackDocuments {

    /** A document as the ppk records it. */
    public record DocumentRequest(
            @NotNull TrackDocument.Kind kind,
            @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate date,
            @NotNull @Pattern(regexp = Text.SHA256_HEX_PATTERN) String sha256) {
    }

    /** A recorded document. */
    public record DocumentResponse(
            String id,
            TrackDocument.Kind kind,
            String number,
            LocalDate date,
            String sha256,
            String addedBy,
            Instant createdAt) {

        static DocumentResponse of(TrackDocument d) {
            return new DocumentResponse(d.publicId, d.kind, d.number, d.documentDate, d.sha256, d.addedBy, d.createdAt);
        }
    }

    @Inject
    ReportQueryService queries;

    @Inject
    WorkflowActions actions;

    @Inject
    EntityManager em;

    @Inject
    ReportHistory history;

    @Inject
    CalendarService calendar;

    @Inject
    Caller caller;

    public DocumentResponse add(String reportId, String nip, DocumentRequest request) {
        Report report = queries.get(reportId);
        ReportTrack track = actions.track(report, nip);
        if (request.date().isAfter(calendar.latestPossibleToday())) {
            throw ApiException.badRequest("VALIDATION_FAILED")
                    .violation(FieldViolation.of("date", "DATE_IN_FUTURE", request.date()));
        }
        if (documents(report, track).stream().anyMatch(d -> d.sha256.equals(request.sha256()))) {
            throw ApiException.conflict("DOCUMENT_ALREADY_RECORDED", request.sha256());
        }
        TrackDocument document = new TrackDocument();
        document.publicId = UUID.randomUUID().toString();
        document.report = report;
        document.trackNip = track.nip;
        document.kind = request.kind();
        document.number = request.number().trim();
        document.documentDate = request.date();
        document.sha256 = request.sha256();
        document.addedBy = caller.name();
        document.createdAt = Instant.now();
        em.persist(document);
        history.append(new ReportHistory.Entry(report.id, track.nip, ReportEvent.Type.DOCUMENT_ADDED, null, null, null,
                caller.name(), caller.primaryRole(), null, null, document.number,
                "document: " + document.publicId + "\nkind: " + document.kind + "\ndate: " + document.documentDate
                        + "\nsha256: " + document.sha256));
        return DocumentResponse.of(document);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentResponse> list(String reportId, String nip) {
        Report report = queries.get(reportId);
        return documents(report, actions.track(report, nip)).stream().map(DocumentResponse::of).toList();
    }

    private List<TrackDocument> documents(Report report, ReportTrack track) {
        return em.createQuery("from TrackDocument d where d.report = :report and d.trackNip = :nip order by d.createdAt, d.id",
                TrackDocument.class).setParameter("report", report).setParameter("nip", track.nip).getResultList();
    }
}
