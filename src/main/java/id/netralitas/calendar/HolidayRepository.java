package id.netralitas.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class HolidayRepository implements PanacheRepository<Holiday> {

    public Optional<Holiday> findByDate(LocalDate date) {
        return find("date", date).firstResultOptional();
    }

    /** Holidays from {@code from} to {@code to}, both inclusive, in date order. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return list("date >= ?1 and date <= ?2 order by date", from, to);
    }

    /** The years from {@code fromYear} to {@code toYear} that have at least one holiday row. */
    public Set<Integer> yearsWithData(int fromYear, int toYear) {
        List<Integer> years = getEntityManager().createQuery(
                        "select distinct extract(year from h.date) from Holiday h "
                                + "where h.date >= :from and h.date <= :to", Integer.class)
                .setParameter("from", LocalDate.of(fromYear, 1, 1))
                .setParameter("to", LocalDate.of(toYear, 12, 31))
                .getResultList();
        return new HashSet<>(years);
    }
}
