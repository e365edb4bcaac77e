package id.netralitas.employee;

import id.netralitas.agency.Agency;
import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A civil servant in the register, keyed by NIP. */
@Entity
@Table(name = "employee")
public class Employee extends VersionedEntity {

    @Column(unique = true, updatable = false, columnDefinition = "CHAR(18)")
    public String nip;

    public String name;

    /** The name lower-cased with single spaces, for case-insensitive, index-friendly search. */
    public String nameKey;

    @Enumerated(EnumType.STRING)
    public EmployeeType employeeType;

    public String golongan;

    public String pangkat;

    @Enumerated(EnumType.STRING)
    public JabatanCategory jabatanCategory;

    public String jabatanName;

    public String unitKerja;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    public String regionCode;

    @Enumerated(EnumType.STRING)
    public EmployeeStatus status;

    /** AES-GCM ciphertext of the NIK (see PersonalDataCipher); never exposed as is. */
    public String nikEncrypted;

    public boolean personnelBlocked;

    public String blockedReference;

    public Instant blockedAt;

    public String updatedBy;

    /** Search key of a name: lower case, single spaces. */
    public static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
