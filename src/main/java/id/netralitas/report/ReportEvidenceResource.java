package id.netralitas.report;

import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence of a report, for officers: adding files and links, listing them, downloading a file. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportEvidenceResource {

    @Inject
    ReportEvidenceService evidence;

    @POST
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addReportEvidence", summary = "Add evidence to a report",
            description = "Multipart form: `kind` (FOTO, VIDEO, TANGKAPAN_LAYAR, DOKUMEN with a `file`; TAUTAN with a "
                    + "`url`), optional `description`. Files are limited in size (20 MB by default) and their type is read "
                    + "from their content (JPEG, PNG, GIF, WebP, HEIC, PDF, MP4, QuickTime, WebM, 3GP), whatever name "
                    + "or type they are sent with. The answer carries the SHA-256.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "413", description = "The file is larger than the evidence limit")
    @APIResponse(responseCode = "415", description = "The file's content is not an allowed type")
    public Response addReportEvidence(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @BeanParam EvidenceForm form) {
        return Response.status(201).entity(evidence.add(id, form.submission())).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Operation(operationId = "listReportEvidence", summary = "Evidence of a report",
            description = "Admin, verifier and bawaslu see each file as uploaded (`contentView` ORIGINAL). Every other "
                    + "reader (a ppk) never sees what could identify the reporter: pictures are served without their "
                    + "metadata (METADATA_REMOVED), files whose metadata cannot be removed (PDF, HEIC, videos) are "
                    + "listed but not served (NOT_AVAILABLE), and the listing shows a neutral `fileName` "
                    + "(`evidence-<id>.<ext>`) and no `sizeBytes` or `sha256` (the original's hash would match the "
                    + "reporter's own copy).")
    @APIResponse(responseCode = "200", description = "The evidence, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = EvidenceResponse.class, maxItems = 1000)))
    @APIResponse(responseCode = "404", description = "No such report, or not in the caller's scope")
    public List<EvidenceResponse> listReportEvidence(@Parameter(description = "Report id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return evidence.list(id);
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getReportEvidenceContent", summary = "Download an evidence file",
            description = "Streamed; the ETag is the SHA-256 of the content sent and `If-None-Match` with it answers "
                    + "304. Admin, verifier and bawaslu get the file as uploaded, under its original name. Every other "
                    + "reader (a ppk) gets a copy without the metadata that could identify the reporter, named "
                    + "`evidence-<id>.<ext>`: JPEG without APP1-APP15 and COM segments, PNG without text, EXIF, time, "
                    + "colour-profile and private chunks, GIF without comment and application extensions (but the "
                    + "loop count), WebP without EXIF, XMP and ICCP chunks, and never anything after the end of the "
                    + "image. Files that cannot be copied so (PDF, HEIC, videos, or a picture that does not follow "
                    + "its format) are 403 `EVIDENCE_NOT_AVAILABLE` for them.")
    @APIResponse(responseCode = "200", description = "The file as uploaded, or its copy without metadata",
            headers = @Header(name = "ETag", description = "SHA-256 of the content sent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 66)),
            content = @Content(mediaType = "*/*",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)))
    @APIResponse(responseCode = "304", description = "Unchanged (If-None-Match matched)")
    @APIResponse(responseCode = "403", description = "`EVIDENCE_NOT_AVAILABLE`: the caller gets files without their "
            + "metadata and this file's cannot be removed; or the role may not read reports")
    @APIResponse(responseCode = "404", description = "No such report or evidence, or a link (which has no content)")
    public Response getReportEvidenceContent(
            @Parameter(description = "Report id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Parameter(description = "Evidence id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("evidenceId") String evidenceId,
            @Parameter(description = "The ETag already held", schema = @Schema(type = SchemaType.STRING, maxLength = 70))
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return evidence.download(id, evidenceId).response(ifNoneMatch);
    }
}
