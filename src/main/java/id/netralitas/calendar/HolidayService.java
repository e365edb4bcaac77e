package id.netralitas.calendar;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.paging.SortSpec;
import id.netralitas.common.persistence.SqlFailures;
import id.netralitas.common.persistence.Where;
import id.netralitas.common.web.EntityTags;
import id.netralitas.common.web.QueryDates;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Reads and maintains the holiday table that {@link CalendarService} counts with. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HolidayService {

    static final SortSpec SORT = SortSpec.of("date", "date", "date", "kind", "name");

    @Inject
    HolidayRepository holidays;

    /** Filters of the holiday list; each is optional. */
    public record Filter(Integer year, LocalDate from, LocalDate to, HolidayKind kind) {
    }

    /** What an admin sets on a holiday. */
    public record Input(HolidayKind kind, String name, String legalBasis) {
    }

    public PageResponse<Holiday> list(Filter filter, PageParams page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ApiException.invalidField("to", "DATE_ORDER", "to", "from");
        }
        Where where = new Where()
                .andIfPresent("date >= :from", "from", filter.from())
                .andIfPresent("date <= :to", "to", filter.to())
                .andIfPresent("kind = :kind", "kind", filter.kind());
        if (filter.year() != null) {
            where.and("date >= :yearStart", "yearStart", LocalDate.of(filter.year(), 1, 1))
                    .and("date <= :yearEnd", "yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        PanacheQuery<Holiday> query = holidays.find(where.query(), SORT.parse(page.sort), where.params())
                .page(page.page, page.size);
        return PageResponse.of(query.list(), page, query.count());
    }

    public Holiday get(LocalDate date) {
        return holidays.findByDate(date).orElseThrow(() -> ApiException.notFound("HOLIDAY_NOT_FOUND", date.toString()));
    }

    @Transactional
    public Holiday create(LocalDate date, Input input) {
        if (date.getYear() < QueryDates.MIN_YEAR || date.getYear() > QueryDates.MAX_YEAR) {
            throw ApiException.invalidField("date", "DATE_INVALID", date.toString());
        }
        if (holidays.findByDate(date).isPresent()) {
            throw ApiException.conflict("HOLIDAY_EXISTS", date.toString());
        }
        Holiday holiday = new Holiday();
        holiday.date = date;
        apply(holiday, input);
        SqlFailures.persistUnique(holidays, holiday, () -> ApiException.conflict("HOLIDAY_EXISTS", date.toString()));
        return holiday;
    }

    @Transactional
    public Holiday update(LocalDate date, String ifMatch, Input input) {
        Holiday holiday = get(date);
        EntityTags.requireMatch(ifMatch, holiday.version);
        apply(holiday, input);
        holidays.flush();
        return holiday;
    }

    /**
     * Removes a date that an amending SKB turned back into a working day. The row goes; the
     * amendment itself is the legal record (name it in the remaining rows' legal basis).
     */
    @Transactional
    public void delete(LocalDate date, String ifMatch) {
        Holiday holiday = get(date);
        EntityTags.requireMatch(ifMatch, holiday.version);
        holidays.delete(holiday);
        holidays.flush();
    }

    private static void apply(Holiday holiday, Input input) {
        holiday.kind = input.kind();
        holiday.name = input.name().trim();
        holiday.legalBasis = input.legalBasis().trim();
    }
}
