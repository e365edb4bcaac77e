package id.netralitas.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: {@code {"items":[...],"page":0,"size":20,"totalItems":1234,"totalPages":62}}. */
@Schema(requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record PageResponse<T>(
        @Schema(maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(format = "int32", minimum = "0", maximum = "10000", example = "0") int page,
        @Schema(format = "int32", minimum = "1", maximum = "100", example = "20") int size,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "552") long totalItems,
        @Schema(format = "int64", minimum = "0", maximum = "9007199254740991", example = "28") long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + params.size - 1) / params.size;
        return new PageResponse<>(items, params.page, params.size, totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
