package id.netralitas.event;

import java.util.List;

public record FeedPage(
        List<FeedEvent> items,
        String nextCursor,
        boolean hasMore) {
}
