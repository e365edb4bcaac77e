package id.netralitas.common.paging;

import java.util.List;
import java.util.function.Function;

/** The list envelope: {@code {"items":[...],"page":0,"size":20,"totalItems":1234,"totalPages":62}}. */
public record PageResponse<T>(
        List<T> items,
        int page,
        int size,
        long totalItems,
        long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + params.size - 1) / params.size;
        return new PageResponse<>(items, params.page, params.size, totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
