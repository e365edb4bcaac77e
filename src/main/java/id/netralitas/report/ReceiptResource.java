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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reporter's view of a case, reached with the receipt alone (no account). Unknown receipts are
 * 404; a client with too many of them in a while gets 429.
 */
@Path("/api/v1/receipts/{receipt}")
@Tag(name = "Receipts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@RateLimited(value = ReportClientLimits.RECEIPT_FAILURE, counting = RateLimited.Counting.NOT_FOUND)
public class ReceiptResource {

    static final String RECEIPT_PATTERN = "^[0-9A-Za-z -]{16,40}$";

    @Inject
    ReceiptService receipts;

    @GET
    @Operation(operationId = "getReceiptView", summary = "Follow a case with its receipt",
            description = "The case number, a public status, the last update and the messages addressed to the reporter. "
                    + "Never internal notes or officers' names. Letters are case-insensitive; dashes optional.")
    @APIResponse(responseCode = "200", description = "The case as its reporter sees it")
    @APIResponse(responseCode = "404", description = "No case has this receipt")
    public ReceiptView getReceiptView(@Parameter(description = "The receipt given at submission",
            example = "7KQ2-M9XD-4TRA-WP3E-H6N1",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = RECEIPT_PATTERN))
                                      @PathParam("receipt") String receipt,
                                      @Context HttpHeaders headers) {
        ReceiptService.View view = receipts.view(receipt);
        return ReceiptView.of(view, Messages.negotiate(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReceiptMessage", summary = "Add information to a case, as its reporter")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "404", description = "No case has this receipt")
    public Response addReceiptMessage(
            @Parameter(description = "The receipt", schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    pattern = RECEIPT_PATTERN)) @PathParam("receipt") String receipt,
            @NotNull @Valid ReporterMessage message) {
        ReportMessage added = receipts.addMessage(receipt, message.body());
        return Response.status(201).entity(MessageResponse.of(added, false)).build();
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addReceiptEvidence", summary = "Add evidence to a case, as its reporter",
            description = "The same form and limits as adding evidence to a report.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "404", description = "No case has this receipt")
    @APIResponse(responseCode = "413", description = "The file is larger than the evidence limit")
    @APIResponse(responseCode = "415", description = "The file's content is not an allowed type")
    public Response addReceiptEvidence(
            @Parameter(description = "The receipt", schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    pattern = RECEIPT_PATTERN)) @PathParam("receipt") String receipt,
            @BeanParam EvidenceForm form) {
        ReportEvidence added = receipts.addEvidence(receipt, form.submission());
        // the reporter's own file, as sent
        return Response.status(201).entity(EvidenceResponse.of(added, true)).build();
    }

    @Schema(name = "ReporterMessage")
    public record ReporterMessage(
            @Schema(required = true, maxLength = 5000, example = "Unggahan tersebut masih ada di akun Facebook yang sama.")
            @NotBlank @Size(max = 5000) String body) {
    }

    /** What the reporter sees. */
    @Schema(name = "ReceiptView", description = "A case as its reporter sees it", requiredProperties = {"caseNumber",
            "publicStatus", "statusLabel", "receivedOn", "lastUpdateOn", "messages"})
    public record ReceiptView(
            @Schema(maxLength = 20, example = "NET-2024-000123") String caseNumber,
            @Schema(description = "RECEIVED, UNDER_REVIEW, FORWARDED, RECOMMENDED, SANCTIONED, CLOSED", maxLength = 20)
            String publicStatus,
            @Schema(description = "The public status in the caller's language", maxLength = 200) String statusLabel,
            @Schema(format = "date", maxLength = 10) LocalDate receivedOn,
            @Schema(format = "date", maxLength = 10) LocalDate lastUpdateOn,
            @Schema(maxItems = 1000) List<MessageResponse> messages) {

        static ReceiptView of(ReceiptService.View view, Locale locale) {
            Report report = view.report();
            String publicStatus = PublicStatus.of(report.status);
            return new ReceiptView(report.caseNumber, publicStatus,
                    Messages.get(locale, "public-status." + publicStatus),
                    report.receivedAt.atZone(CalendarService.ZONE).toLocalDate(),
                    report.statusChangedAt.atZone(CalendarService.ZONE).toLocalDate(),
                    view.messages().stream().map(m -> MessageResponse.of(m, false)).toList());
        }
    }

    /** The few states a reporter is told about, from the many a case passes through. */
    static final class PublicStatus {
        private PublicStatus() {
        }

        static String of(ReportStatus status) {
            return switch (status) {
                case DITERIMA -> "RECEIVED";
                case DIREGISTRASI, KLARIFIKASI, KAJIAN -> "UNDER_REVIEW";
                case DITERUSKAN, VERIFIKASI -> "FORWARDED";
                case DIREKOMENDASIKAN -> "RECOMMENDED";
                case SELESAI -> "SANCTIONED";
                case TIDAK_MEMENUHI_SYARAT, BUKAN_PELANGGARAN, DIHENTIKAN, TIDAK_TERBUKTI, DITOLAK, DIBATALKAN, DUPLIKAT ->
                        "CLOSED";
            };
        }
    }
}
