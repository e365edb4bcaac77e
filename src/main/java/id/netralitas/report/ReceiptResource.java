package id.netralitas.report;

import id.netralitas.calendar.CalendarService;
import id.netralitas.common.i18n.Messages;
import id.netralitas.common.web.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The reporter's view of a case, reached with the receipt alone (no account). Unknown receipts are
 * 404; a client with too many of them in a while gets 429.
 */
@Path("/api/v1/receipts/{receipt}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RateLimited(value = ReportClientLimits.RECEIPT_FAILURE, counting = RateLimited.Counting.NOT_FOUND)
public class ReceiptResource {


    @Inject
    ReceiptService receipts;

    @GET
    public ReceiptView getReceiptView(@PathParam("receipt") String receipt, @Context HttpHeaders headers) {
        ReceiptService.View view = receipts.view(receipt);
        return ReceiptView.of(view, Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReceiptMessage(@PathParam("receipt") String receipt, @NotNull @Valid ReporterMessage message) {
        ReportMessage added = receipts.addMessage(receipt, message.body());
        return Response.status(201).entity(MessageResponse.of(added, false)).build();
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addReceiptEvidence(@PathParam("receipt") String receipt, @BeanParam EvidenceForm form) {
        ReportEvidence added = receipts.addEvidence(receipt, form.submission());
        // the reporter's own file, as sent
        return Response.status(201).entity(EvidenceResponse.of(added, true)).build();
    }

    public record ReporterMessage(@NotBlank @Size(max = 5000) String body) {
    }

    /** What the reporter sees. */
    public record ReceiptView(
            String caseNumber,
            String publicStatus,
            String statusLabel,
            LocalDate receivedOn,
            LocalDate lastUpdateOn,
            List<MessageResponse> messages) {

        static ReceiptView of(ReceiptService.View view, Locale locale) {
            Report report = view.report();
            Report shown = view.shown();
            String publicStatus = PublicStatus.of(shown.status, view.sanctioned());
            Instant lastUpdate = Stream.concat(Stream.of(shown.statusChangedAt, report.statusChangedAt),
                    view.messages().stream().map(m -> m.createdAt)).max(Instant::compareTo).orElseThrow();
            return new ReceiptView(shown.caseNumber, publicStatus,
                    Messages.get(locale, "public-status." + publicStatus),
                    report.receivedAt.atZone(CalendarService.ZONE).toLocalDate(),
                    lastUpdate.atZone(CalendarService.ZONE).toLocalDate(),
                    view.messages().stream().map(m -> MessageResponse.of(m, false)).toList());
        }
    }

    /** The few states a reporter is told about, from the many a case passes through. */
    static final class PublicStatus {
        private PublicStatus() {
        }

        /** {@code sanctioned}: whether a sanction stands against someone the case names. */
        static String of(ReportStatus status, boolean sanctioned) {
            return switch (status) {
                case DITERIMA -> "RECEIVED";
                case DIREGISTRASI, KLARIFIKASI, KAJIAN, PEMANGGILAN, PEMERIKSAAN -> "UNDER_REVIEW";
                case DITERUSKAN, VERIFIKASI -> "FORWARDED";
                case DIREKOMENDASIKAN -> "RECOMMENDED";
                case SELESAI -> sanctioned ? "SANCTIONED" : "COMPLETED";
                case TIDAK_MEMENUHI_SYARAT, BUKAN_PELANGGARAN, DIHENTIKAN, TIDAK_TERBUKTI, DITOLAK, DIBATALKAN, DUPLIKAT ->
                        "CLOSED";
            };
        }
    }
}
