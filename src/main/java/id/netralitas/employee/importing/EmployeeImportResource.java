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

/** Bulk imports of the register from CSV, processed as background jobs. */
@Path("/api/v1/employee-imports")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeImportResource {

    @Inject
    EmployeeImportService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(CsvExport.MEDIA_TYPE)
    public Response createEmployeeImport(
            @NotNull InputStream body,
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        JobResponse job = service.submit(body, IdempotencyService.key(idempotencyKey));
        return Response.accepted(job).location(URI.create("/api/v1/employee-imports/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    public JobResponse getEmployeeImport(@PathParam("id") String id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/errors")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    public PageResponse<RowError> listEmployeeImportErrors(
            @PathParam("id") String id,
            @Valid @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return service.errors(id, page).map(e -> RowError.of(e, locale));
    }
}
