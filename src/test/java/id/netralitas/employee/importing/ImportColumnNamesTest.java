package id.netralitas.employee.importing;

import id.netralitas.common.error.ViolationNames;
import id.netralitas.employee.EmployeeCsvFormat;
import id.netralitas.employee.EmployeeRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import names faults by CSV column with {@link ViolationNames}; these are the names its error
 * rows have always had (the former rule split words after a lower-case letter only).
 */
class ImportColumnNamesTest {

    private static String formerColumn(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String formerCode(String constraint) {
        return constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    @Test
    void everyRequestFieldKeepsItsColumnName() {
        for (RecordComponent component : EmployeeRequest.class.getRecordComponents()) {
            String field = component.getName();
            assertEquals(formerColumn(field), ViolationNames.column(field), field);
        }
    }

    @Test
    void everyCsvColumnIsTheSnakeCaseOfARequestField() {
        for (String column : EmployeeCsvFormat.HEADER) {
            boolean named = false;
            for (RecordComponent component : EmployeeRequest.class.getRecordComponents()) {
                named |= ViolationNames.column(component.getName()).equals(column);
            }
            assertTrue(named, column);
        }
    }

    @Test
    void everyConstraintOfTheRequestKeepsItsCode() {
        for (RecordComponent component : EmployeeRequest.class.getRecordComponents()) {
            for (Annotation annotation : field(component.getName()).getAnnotations()) {
                String name = annotation.annotationType().getSimpleName();
                assertEquals(formerCode(name), ViolationNames.column(name).toUpperCase(Locale.ROOT), name);
            }
        }
    }

    @Test
    void columnNamesSplitBeforeEveryCapital() {
        assertEquals("agency_code", ViolationNames.column("agencyCode"));
        assertEquals("nip", ViolationNames.column("nip"));
        assertEquals("items[2].nip", ViolationNames.column("items[2].nip"));
    }

    private static Field field(String name) {
        try {
            return EmployeeRequest.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(name, e);
        }
    }
}
