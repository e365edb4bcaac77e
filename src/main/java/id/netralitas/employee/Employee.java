package id.netralitas.employee;

import id.netralitas.agency.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A civil servant in the register, keyed by NIP. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 18, updatable = false, columnDefinition = "CHAR(18)")
    public String nip;

    @Column(nullable = false, length = 150)
    public String name;

    /** The name lower-cased with single spaces, for case-insensitive, index-friendly search. */
    @Column(name = "name_key", nullable = false, length = 150)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type", nullable = false, length = 8)
    public EmployeeType employeeType;

    @Column(nullable = false, length = 8)
    public String golongan;

    @Column(length = 60)
    public String pangkat;

    @Enumerated(EnumType.STRING)
    @Column(name = "jabatan_category", nullable = false, length = 20)
    public JabatanCategory jabatanCategory;

    @Column(name = "jabatan_name", nullable = false)
    public String jabatanName;

    @Column(name = "unit_kerja")
    public String unitKerja;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(name = "region_code", nullable = false, length = 13)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public EmployeeStatus status;

    /** AES-GCM ciphertext of the NIK (see PersonalDataCipher); never exposed as is. */
    @Column(name = "nik_encrypted", length = 120)
    public String nikEncrypted;

    @Column(name = "personnel_blocked", nullable = false)
    public boolean personnelBlocked;

    @Column(name = "blocked_reference")
    public String blockedReference;

    @Column(name = "blocked_at")
    public Instant blockedAt;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    public String updatedBy;

    /** Search key of a name: lower case, single spaces. */
    public static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
