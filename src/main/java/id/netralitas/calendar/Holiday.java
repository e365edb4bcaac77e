package id.netralitas.calendar;

import id.netralitas.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national non-working day (one row per date), seeded from {@code holidays/holidays.csv}. */
@Entity
@Table(name = "holiday")
public class Holiday extends VersionedEntity {

    @Column(name = "holiday_date", unique = true)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    public HolidayKind kind;

    public String name;

    public String legalBasis;
}
