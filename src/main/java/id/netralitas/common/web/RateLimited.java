package id.netralitas.common.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a resource method per client ({@link ClientLimits}) under the {@link ClientLimit} named
 * {@link #value()}: over the limit is 429 {@code RATE_LIMITED} with {@code Retry-After}. Checked after
 * the request is validated, so a malformed request never counts.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The policy: the name of a {@link ClientLimit} bean. */
    @Nonbinding
    String value();

    /** Which calls count against the limit. */
    @Nonbinding
    Counting counting() default Counting.EVERY_CALL;

    /**
     * Callers not counted: those holding any of these roles (officers acting as such). Everybody else
     * counts, whatever other roles the token carries; empty exempts nobody.
     */
    @Nonbinding
    String[] exempt() default {};

    /** Which calls count. */
    enum Counting {
        /** Every call counts; the call over the limit is refused. */
        EVERY_CALL,
        /**
         * Only calls answered 404 count (look-ups of codes that do not exist); once the limit is used up,
         * every call is refused until the window ends.
         */
        NOT_FOUND
    }
}
