package id.netralitas.employee.importing;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.Problem;
import id.netralitas.common.i18n.Messages;
import id.netralitas.common.idempotency.IdempotencyService;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk imports of the register from CSV, processed as background jobs. */
@Path("/api/v1/employee-imports")
@Tag(name = "Employee imports")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeImportResource {

    @Inject
    EmployeeImportService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(CsvExport.MEDIA_TYPE)
    @Operation(operationId = "createEmployeeImport", summary = "Import employees from CSV",
            description = "UTF-8 CSV, streamed (up to 2 GB), with the header "
                    + "`nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,agency_code,"
                    + "region_code,status,nik` (the fields of EmployeeRequest in snake_case; empty cells are absent "
                    + "values; an empty status means AKTIF). Answers 202 at once with the job; rows are then upserted by "
                    + "NIP, each checked exactly as `createEmployee` checks a record. A bad row is recorded and skipped, "
                    + "never stopping the others. A PPK may import rows of its own agency only. With `Idempotency-Key`, "
                    + "re-sending the same file returns the same job.")
    @RequestBody(required = true, content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE),
            example = "nip,name,employee_type,golongan,pangkat,jabatan_category,jabatan_name,unit_kerja,agency_code,"
                    + "region_code,status,nik\n199705262022031008,Ahmad Fauzi,PNS,III/a,,FUNGSIONAL,Analis Kebijakan Ahli "
                    + "Pertama,Bagian Organisasi,KOTA-74.71,74.71,AKTIF,7471012605970001\n"))
    @APIResponse(responseCode = "202", description = "Accepted; follow the job at Location",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createEmployeeImport(
            @NotNull InputStream body,
            @Parameter(description = "Makes a retried upload return the first job",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 255, pattern = "^[\\x21-\\x7E]{1,255}$"))
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        JobResponse job = service.submit(body, IdempotencyService.key(idempotencyKey));
        return Response.accepted(job).location(URI.create("/api/v1/employee-imports/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Operation(operationId = "getEmployeeImport", summary = "Progress and outcome of an import",
            description = "Counts grow while the job runs. A PPK sees the imports of its own agency. A job whose replica "
                    + "stopped is INTERRUPTED: re-submit the file, rows already written are simply unchanged.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such import (or not visible to the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobResponse getEmployeeImport(@Parameter(description = "Import id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 36, pattern = Ids.UUID_PATTERN)) @PathParam("id") String id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/errors")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Operation(operationId = "listEmployeeImportErrors", summary = "Rejected rows of an import",
            description = "One item per field at fault, ordered by line (the header is line 1).")
    @APIResponse(responseCode = "200", description = "A page of row errors")
    @APIResponse(responseCode = "404", description = "No such import (or not visible to the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<RowError> listEmployeeImportErrors(
            @Parameter(description = "Import id", schema = @Schema(type = SchemaType.STRING, maxLength = 36,
                    pattern = Ids.UUID_PATTERN)) @PathParam("id") String id,
            @Valid @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return service.errors(id, page).map(e -> RowError.of(e, locale));
    }
}
