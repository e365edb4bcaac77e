package id.netralitas.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps answers that may carry personal data out of every cache: every response to a request with an
 * {@code Authorization} header, and every response under {@code /api/v1/receipts} (a reporter's view
 * of their case), problem documents included, carries {@code Cache-Control: no-store}. Public
 * reference data asked for without a token is left as it is.
 */
@ApplicationScoped
public class NoStoreFilter {

    static final String RECEIPTS = "/api/v1/receipts";

    void register(@Observes Filters filters) {
        filters.register(this::filter, 99);
    }

    void filter(RoutingContext ctx) {
        if (personal(ctx.request().getHeader("Authorization") != null, ctx.request().path())) {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", "no-store"));
        }
        ctx.next();
    }

    static boolean personal(boolean authorization, String path) {
        return authorization || (path != null && (path.equals(RECEIPTS) || path.startsWith(RECEIPTS + "/")));
    }
}
