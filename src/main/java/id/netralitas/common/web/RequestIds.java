package id.netralitas.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a sane token,
 * otherwise a new UUID. The id is echoed in the response header and put in the logging context
 * ({@code requestId}), so JSON log lines of one request can be found together.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9._:-]{8,64}$");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
            ctx.next();
        }, 100);
    }
}
