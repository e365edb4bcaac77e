package id.netralitas.employee;

import id.netralitas.common.security.PersonalDataCipher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Renders employees for the current caller, masking the NIK where {@link EmployeeAccess} says so. */
@RequestScoped
public class EmployeeViews {

    @Inject
    EmployeeAccess access;

    @Inject
    PersonalDataCipher cipher;

    public EmployeeResponse of(Employee e) {
        Nip nip = Nip.parse(e.nip);
        String nik = e.nikEncrypted == null ? null : cipher.decrypt(e.nikEncrypted);
        return new EmployeeResponse(e.nip, e.name, e.employeeType, e.golongan, e.pangkat, e.jabatanCategory,
                e.jabatanName, e.unitKerja, e.agency.code, e.agency.name, e.regionCode, e.status, nip.birthDate(),
                nip.sex(), nip.appointmentYear(),
                nip.appointmentMonth() == null ? null : nip.appointmentMonth().toString(),
                nik == null || access.canReadFully(e) ? nik : Nik.mask(nik),
                e.personnelBlocked, e.blockedReference, e.updatedAt);
    }
}
