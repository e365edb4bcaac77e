package id.netralitas.common.web;

import java.time.Duration;

/**
 * A per-client limit on one public action, named by its policy: at most {@code limit} counted calls
 * per {@code window}. Features declare theirs as CDI beans; {@link RateLimited} names one.
 */
public record ClientLimit(String policy, int limit, Duration window) {
}
