package id.netralitas.employee;

import id.netralitas.common.web.ScopeFilterParams;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters of the employee search, shared by its JSON and CSV forms. */
public class EmployeeFilterParams extends ScopeFilterParams {

    @QueryParam("q")
    @Size(min = 1, max = 100)
    public String q;

    @QueryParam("employeeType")
    public EmployeeType employeeType;

    @QueryParam("jabatanCategory")
    public JabatanCategory jabatanCategory;

    @QueryParam("status")
    public EmployeeStatus status;

    @QueryParam("nip")
    @Size(max = 18)
    public String nip;

    EmployeeService.Filter filter() {
        return new EmployeeService.Filter(q, agencyCode, regionCode, employeeType, jabatanCategory, status, nip);
    }
}
