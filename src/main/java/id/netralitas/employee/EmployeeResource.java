package id.netralitas.employee;

import id.netralitas.common.csv.CsvExport;
import id.netralitas.common.error.Problem;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.common.web.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ASN register, keyed by NIP. */
@Path("/api/v1/employees")
@Tag(name = "Employees")
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
    @Operation(operationId = "createEmployee", summary = "Register an employee",
            description = "Admin, or the PPK of the employee's agency. The NIP is validated (layout, dates, sex digit) "
                    + "and must agree with the employee type; birth date and sex are read from it.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeeResponse.class)))
    @APIResponse(responseCode = "409", description = "An employee with this NIP exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The agency or region does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createEmployee(@NotNull @Valid EmployeeRequest request) {
        Employee employee = service.create(request);
        return Response.created(URI.create("/api/v1/employees/" + employee.nip))
                .tag(EntityTags.header(employee.version)).entity(views.of(employee)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Operation(operationId = "listEmployees", summary = "Search the register",
            description = "Admin, verifier and bawaslu see every agency; a PPK sees its own agency only (asking for "
                    + "another is 403). `q` matches any part of the name, case-insensitively. `regionCode` includes "
                    + "the regions below it. Sort fields: `nip` (default), `name`, `golongan`, `updatedAt`.")
    @APIResponse(responseCode = "200", description = "A page of employees")
    @Extension(name = CsvExport.OPENAPI_EXTENSION, value = EmployeeCsvFormat.EXPORT_HEADER)
    public PageResponse<EmployeeResponse> listEmployees(
            @Parameter(description = "Part of the name", example = "fauzi") @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Parameter(description = "Agency code", schema = @Schema(type = SchemaType.STRING, maxLength = 40),
                    example = "KOTA-74.71") @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @Parameter(description = "Region, including the regions below it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 13), example = "74")
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("employeeType") EmployeeType employeeType,
            @QueryParam("jabatanCategory") JabatanCategory jabatanCategory,
            @QueryParam("status") EmployeeStatus status,
            @Parameter(description = "Exact NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @QueryParam("nip") @Size(max = 18) String nip,
            @Valid @BeanParam PageParams page) {
        return service.list(new EmployeeService.Filter(q, agencyCode, regionCode, employeeType, jabatanCategory, status,
                nip), page).map(views::of);
    }

    /** {@code listEmployees} as CSV (documented there): every matching employee, streamed. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Operation(hidden = true)
    public Response exportEmployees(
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("agencyCode") @Size(max = 40) String agencyCode,
            @QueryParam("regionCode") @Size(max = 13) String regionCode,
            @QueryParam("employeeType") EmployeeType employeeType,
            @QueryParam("jabatanCategory") JabatanCategory jabatanCategory,
            @QueryParam("status") EmployeeStatus status,
            @QueryParam("nip") @Size(max = 18) String nip,
            @QueryParam("sort") @Size(max = 200) @Pattern(regexp = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$") String sort) {
        EmployeeService.Export export = service.export(new EmployeeService.Filter(q, agencyCode, regionCode, employeeType,
                jabatanCategory, status, nip), sort);
        return CsvExport.response("employees.csv", EmployeeCsvFormat.EXPORT, sink -> service.forEach(export, e -> sink.accept(views.of(e))));
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(operationId = "getEmployee", summary = "Get an employee by NIP",
            description = "A PPK reads its own agency's employees, an ASN reads itself; others are 403.")
    @APIResponse(responseCode = "200", description = "The employee",
            headers = @Header(name = "ETag", description = "Version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeeResponse.class)))
    @APIResponse(responseCode = "404", description = "No employee has this NIP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getEmployee(@Parameter(description = "NIP", example = "199705262022031008",
            schema = @Schema(type = SchemaType.STRING, maxLength = 18, pattern = NIP_PATTERN)) @PathParam("nip") String nip) {
        Employee employee = service.get(nip);
        return Response.ok(views.of(employee)).tag(EntityTags.header(employee.version)).build();
    }

    @PUT
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.PPK})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEmployee", summary = "Replace an employee's record",
            description = "Admin, or the PPK of the employee's agency (who cannot move the employee to another agency). "
                    + "Requires `If-Match`. A status change is kept in the status history with `statusNote`. "
                    + "`personnelBlocked` is not set here.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, maxLength = 24)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeeResponse.class)))
    @APIResponse(responseCode = "404", description = "No employee has this NIP",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is stale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The agency or region does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateEmployee(
            @Parameter(description = "NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @PathParam("nip") String nip,
            @Parameter(description = "ETag of the version being replaced",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 24)) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EmployeeRequest request) {
        Employee employee = service.update(nip, request, ifMatch);
        return Response.ok(views.of(employee)).tag(EntityTags.header(employee.version)).build();
    }

    @GET
    @Path("{nip}/status-history")
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK, Roles.ASN})
    @Operation(operationId = "listEmployeeStatusHistory", summary = "Status changes of an employee",
            description = "Oldest first: who changed the status, when, from what to what, and through which channel.")
    @APIResponse(responseCode = "200", description = "A page of status changes")
    public PageResponse<StatusChangeResponse> listEmployeeStatusHistory(
            @Parameter(description = "NIP", schema = @Schema(type = SchemaType.STRING, maxLength = 18,
                    pattern = NIP_PATTERN)) @PathParam("nip") String nip,
            @Valid @BeanParam PageParams page) {
        return service.statusHistory(nip, page).map(StatusChangeResponse::of);
    }

    @Schema(name = "EmployeeStatusChange", description = "A status change; `fromStatus` is absent for the first "
            + "status, given on registration")
    public record StatusChangeResponse(
            EmployeeStatus fromStatus,
            EmployeeStatus toStatus,
            @Schema(maxLength = 100, example = "ppk-KOTA-74.71") String changedBy,
            EmployeeStatusChange.Channel changedVia,
            @Schema(maxLength = 500) String note,
            @Schema(format = "date-time", maxLength = 35) Instant changedAt) {

        static StatusChangeResponse of(EmployeeStatusChange change) {
            return new StatusChangeResponse(change.fromStatus, change.toStatus, change.changedBy, change.changedVia,
                    change.note, change.changedAt);
        }
    }
}
