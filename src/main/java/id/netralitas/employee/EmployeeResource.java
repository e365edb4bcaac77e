package id.netralitas.employee;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortParam;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.Tagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;

/** The ASN register, keyed by NIP. */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeResource {

    static final String NIP_PATTERN = "^[0-9]{18}$";

    @Inject
    EmployeeService service;

    @Inject
    EmployeeViews views;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createEmployee(@NotNull @Valid EmployeeRequest request) {
        Employee employee = service.create(request);
        return new Tagged<>(views.of(employee), employee.version).created(URI.create("/api/v1/employees/" + employee.nip));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    public PageResponse<EmployeeResponse> listEmployees(@Valid @BeanParam EmployeeFilterParams filter,
            @Valid @BeanParam PageParams page) {
        return service.list(filter.filter(), page).map(views::of);
    }

    /** {@code listEmployees} as CSV (documented there): every matching employee, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    public Response exportEmployees(@Valid @BeanParam EmployeeFilterParams filter, @Valid @BeanParam SortParam sorting) {
        EmployeeService.Export export = service.export(filter.filter(), sorting.sort);
        return CsvExport.response("employees.csv", EmployeeCsvFormat.EXPORT, sink -> service.forEach(export, e -> sink.accept(views.of(e))));
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    public Response getEmployee(@PathParam("nip") String nip) {
        Employee employee = service.get(nip);
        return Tagged.ok(views.of(employee), employee.version);
    }

    @PUT
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateEmployee(
            @PathParam("nip") String nip,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EmployeeRequest request) {
        Employee employee = service.update(nip, request, ifMatch);
        return Tagged.ok(views.of(employee), employee.version);
    }

    @GET
    @Path("{nip}/status-history")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    public PageResponse<StatusChangeResponse> listEmployeeStatusHistory(
            @PathParam("nip") String nip,
            @Valid @BeanParam PageParams page) {
        return service.statusHistory(nip, page).map(StatusChangeResponse::of);
    }

    public record StatusChangeResponse(
            EmployeeStatus fromStatus,
            EmployeeStatus toStatus,
            String changedBy,
            EmployeeStatusChange.Channel changedVia,
            String note,
            Instant changedAt) {

        static StatusChangeResponse of(EmployeeStatusChange change) {
            return new StatusChangeResponse(change.fromStatus, change.toStatus, change.changedBy, change.changedVia,
                    change.note, change.changedAt);
        }
    }
}
