package id.netralitas.common.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The {@code sort} of an export, which has no pages: the same rule as {@link PageParams#sort}. */
public class SortParam {

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = PageParams.SORT_PATTERN)
    public String sort;
}
