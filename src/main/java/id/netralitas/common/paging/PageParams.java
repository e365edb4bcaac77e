package id.netralitas.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging and sorting query parameters shared by every list: {@code ?page=0&size=20&sort=name,-code}.
 * A size above {@value #MAX_SIZE} or a negative page is a 400 problem, never silently clamped.
 * Pages beyond {@value #MAX_PAGE} are refused too: deep offsets cost the database a full scan, and
 * bulk reads have their own paths (exports, the change feed).
 */
public class PageParams {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;
    /** {@code name,-code}: fields in order, {@code -} for descending. */
    public static final String SORT_PATTERN = "^-?[A-Za-z]+(,-?[A-Za-z]+)*$";

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = SORT_PATTERN)
    public String sort;

    public PageParams() {
    }

    public PageParams(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public long offset() {
        return (long) page * size;
    }
}
