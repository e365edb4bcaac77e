package id.netralitas.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedPage", description = "A page of the change feed", requiredProperties = {"items", "nextCursor", "hasMore"})
public record FeedPage(
        @Schema(maxItems = 1000) List<FeedEvent> items,
        @Schema(description = "Pass as `after` for the next page: the last position this page covered (events your "
                + "scope or `types` filter leaves out are covered too)", maxLength = 20, pattern = "^[0-9]{1,16}$",
                example = "1042") String nextCursor,
        @Schema(description = "Whether more events past `nextCursor` were already there when this page was read")
        boolean hasMore) {
}
