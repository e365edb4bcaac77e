package id.netralitas.report;

import id.netralitas.agency.Agency;
import id.netralitas.common.persistence.GeneratedIdEntity;
import id.netralitas.employee.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A civil servant a report names: linked to the register (and so to an agency and its PPK) when
 * the NIP is known, otherwise described by name, agency text and position until linked.
 */
@Entity
@Table(name = "report_employee")
public class ReportEmployee extends GeneratedIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    /** 1-based order in the report. */
    public int position;

    @Column(columnDefinition = "CHAR(18)")
    public String nip;

    @ManyToOne(fetch = FetchType.LAZY)
    public Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agency agency;

    public String name;

    public String agencyText;

    @Column
    public String jabatan;

    @Version
    public long version;
}
