package id.netralitas.employee;

import id.netralitas.agency.Agency;
import id.netralitas.agency.AgencyRepository;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.ForwardScroll;
import id.netralitas.common.persistence.LikePattern;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.security.PersonalDataCipher;
import id.netralitas.common.web.EntityTags;
import id.netralitas.region.RegionCode;
import id.netralitas.region.RegionRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The ASN register: create, read, replace and search employees, keeping their status history. */
@ApplicationScoped
@Transactional
public class EmployeeService {

    static final SortSpec SORT = SortSpec.of("nip", "nip", "nip", "name=nameKey", "golongan", "updatedAt");

    @Inject
    EmployeeRepository employees;

    @Inject
    EmployeeStatusChangeRepository statusChanges;

    @Inject
    AgencyRepository agencies;

    @Inject
    RegionRepository regions;

    @Inject
    EmployeeAccess access;

    @Inject
    PersonalDataCipher cipher;

    /** Filters of the employee list; each optional. {@code regionCode} includes the regions below it. */
    public record Filter(String q, String agencyCode, String regionCode, EmployeeType employeeType,
                         JabatanCategory jabatanCategory, EmployeeStatus status, String nip) {
    }

    public Employee create(EmployeeRequest request) {
        if (request.agencyCode() != null) {
            access.requireWrite(request.agencyCode().trim());
        }
        EmployeeRules.Valid valid = EmployeeRules.check(request.nip(), request, EmployeeStatus.AKTIF, references(),
                LocalDate.now());
        access.requireWrite(valid.agency().code());
        if (employees.findByNip(valid.nip().value()).isPresent()) {
            throw ApiException.conflict("EMPLOYEE_EXISTS", valid.nip().value())
                    .violation(FieldViolation.of("nip", "EMPLOYEE_EXISTS", valid.nip().value()));
        }
        Employee employee = new Employee();
        employee.nip = valid.nip().value();
        apply(employee, valid);
        employees.persist(employee);
        employees.flush();
        recordStatus(employee, null, valid.status(), request.statusNote());
        countHeads(new EmployeeHeadcount().change(null, null, null, employee.agency.id, employee.regionCode,
                employee.status.name()));
        return employee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Employee get(String nip) {
        Employee employee = find(nip);
        access.requireRead(employee);
        return employee;
    }

    public Employee update(String nip, EmployeeRequest request, String ifMatch) {
        Employee employee = find(nip);
        access.requireWrite(employee.agency.code);
        if (request.agencyCode() != null) {
            access.requireWrite(request.agencyCode().trim());
        }
        EntityTags.requireMatch(ifMatch, employee.version);
        if (request.nip() != null && !request.nip().trim().equals(employee.nip)) {
            throw ApiException.invalidField("nip", "NIP_IMMUTABLE", employee.nip);
        }
        EmployeeRules.Valid valid = EmployeeRules.check(employee.nip, request, null, references(), LocalDate.now());
        EmployeeStatus before = employee.status;
        long agencyBefore = employee.agency.id;
        String regionBefore = employee.regionCode;
        apply(employee, valid);
        employees.flush();
        countHeads(new EmployeeHeadcount().change(agencyBefore, regionBefore, before.name(), employee.agency.id,
                employee.regionCode, employee.status.name()));
        if (before != valid.status()) {
            recordStatus(employee, before, valid.status(), request.statusNote());
        }
        return employee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Employee> list(Filter filter, PageParams page) {
        Where where = where(filter);
        Sort sort = SORT.parse(page.sort);
        TypedQuery<Employee> rows = employees.getEntityManager()
                .createQuery("from Employee where " + where.query() + SortSpec.orderBy(sort), Employee.class)
                .setFirstResult(page.page * page.size)
                .setMaxResults(page.size);
        where.params().forEach(rows::setParameter);
        indexFor(filter).ifPresent(index -> rows.unwrap(org.hibernate.query.Query.class).addQueryHint(index));
        return PageResponse.of(rows.getResultList(), page, employees.count(where.query(), where.params()));
    }

    /**
     * The index a filtered page should be read through. Given a region or an agency and a sort by
     * NIP, MySQL and MariaDB otherwise walk the NIP index in order and test every row until the page
     * is full: with a name filter over 6 million employees that took seconds, against milliseconds
     * for reading the region's or agency's rows through their own index and sorting the matches.
     * Sent as {@code USE INDEX} on MySQL/MariaDB; other databases ignore it.
     */
    private Optional<String> indexFor(Filter filter) {
        if (filter.nip() != null) {
            return Optional.empty();
        }
        if (filter.regionCode() != null) {
            return Optional.of("idx_employee_region_name");
        }
        if (filter.agencyCode() != null || access.listScope().isPresent()) {
            return Optional.of("idx_employee_agency_name");
        }
        return Optional.empty();
    }

    /** What an export reads: the list's filters, scope and sort, checked up front, without paging. */
    public record Export(String query, Sort sort, Map<String, Object> params) {
    }

    /** Checks an export's filters and the caller's scope, as {@link #list} does, before anything is sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Export export(Filter filter, String sort) {
        Where where = where(filter);
        return new Export(where.query(), SORT.parse(sort), where.params());
    }

    /** Every employee of the export, in order, read through a forward-only cursor in constant memory. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public long forEach(Export export, ForwardScroll.Each<Employee> each) throws IOException {
        return ForwardScroll.forEach(
                employees.find(export.query(), export.sort(), export.params()), employees.getEntityManager(), 5000, each);
    }

    private Where where(Filter filter) {
        Where where = new Where();
        Optional<String> scope = access.listScope();
        if (scope.isPresent()) {
            if (filter.agencyCode() != null && !scope.get().equalsIgnoreCase(filter.agencyCode().trim())) {
                throw ApiException.forbidden("AGENCY_OUT_OF_SCOPE", filter.agencyCode());
            }
            where.and("agency.code = :agency", "agency", scope.get());
        } else if (filter.agencyCode() != null) {
            where.and("agency.code = :agency", "agency", filter.agencyCode().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.regionCode() != null) {
            RegionCode.parse(filter.regionCode(), "regionCode").within(where, "regionCode");
        }
        if (filter.nip() != null) {
            where.and("nip = :nip", "nip", Nip.parse(filter.nip(), "nip", LocalDate.now()).value());
        }
        where.andIfPresent("employeeType = :type", "type", filter.employeeType())
                .andIfPresent("jabatanCategory = :jabatan", "jabatan", filter.jabatanCategory())
                .andIfPresent("status = :status", "status", filter.status());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.and("nameKey like :q" + LikePattern.ESCAPE_CLAUSE, "q", LikePattern.contains(Employee.nameKey(filter.q())));
        }
        return where;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EmployeeStatusChange> statusHistory(String nip, PageParams page) {
        Employee employee = get(nip);
        PanacheQuery<EmployeeStatusChange> query = statusChanges
                .find("employeeId", Sort.by("changedAt").and("id"), employee.id).page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    private Employee find(String nip) {
        String value = Nip.parse(nip, "nip", LocalDate.now()).value();
        return employees.findByNip(value).orElseThrow(() -> ApiException.notFound("EMPLOYEE_NOT_FOUND", value));
    }

    private void apply(Employee employee, EmployeeRules.Valid valid) {
        employee.name = valid.name();
        employee.nameKey = Employee.nameKey(valid.name());
        employee.employeeType = valid.employeeType();
        employee.golongan = valid.golongan();
        employee.pangkat = valid.pangkat();
        employee.jabatanCategory = valid.jabatanCategory();
        employee.jabatanName = valid.jabatanName();
        employee.unitKerja = valid.unitKerja();
        employee.agency = agencies.findById(valid.agency().id());
        employee.regionCode = valid.regionCode();
        employee.status = valid.status();
        employee.nikEncrypted = cipher.encrypt(valid.nik());
        employee.updatedBy = access.actor();
    }

    /** Keeps the active headcount per agency and region in step, in this transaction. */
    private void countHeads(EmployeeHeadcount change) {
        if (!change.isEmpty()) {
            employees.getEntityManager().unwrap(Session.class).doWork(change::apply);
        }
    }

    private void recordStatus(Employee employee, EmployeeStatus from, EmployeeStatus to, String note) {
        EmployeeStatusChange change = new EmployeeStatusChange();
        change.employeeId = employee.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = access.actor();
        change.changedVia = EmployeeStatusChange.Channel.API;
        change.note = note;
        change.changedAt = Instant.now();
        statusChanges.persist(change);
    }

    private EmployeeRules.References references() {
        return new EmployeeRules.References() {
            @Override
            public Optional<EmployeeRules.AgencyRef> agency(String code) {
                return agencies.findByCode(code).map(EmployeeService::ref);
            }

            @Override
            public boolean regionExists(String code) {
                return regions.findByIdOptional(code).isPresent();
            }
        };
    }

    static EmployeeRules.AgencyRef ref(Agency agency) {
        return new EmployeeRules.AgencyRef(agency.id, agency.code, agency.type, agency.regionCode);
    }
}
