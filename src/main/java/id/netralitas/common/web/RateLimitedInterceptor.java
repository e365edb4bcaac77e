package id.netralitas.common.web;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import io.quarkus.arc.All;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Applies {@link RateLimited}: after request validation (4800), before the method runs. */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class RateLimitedInterceptor {

    private final Map<String, ClientLimit> policies;

    @Inject
    ClientLimits limits;

    @Inject
    Caller caller;

    @Inject
    RateLimitedInterceptor(@All List<ClientLimit> policies) {
        this.policies = policies.stream().collect(Collectors.toMap(ClientLimit::policy, Function.identity()));
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RateLimited binding = binding(context);
        if (binding.roles().length > 0 && !Arrays.asList(binding.roles()).contains(role())) {
            return context.proceed();
        }
        ClientLimit policy = policies.get(binding.value());
        if (policy == null) {
            throw new IllegalStateException("No client limit named " + binding.value());
        }
        if (binding.counting() == RateLimited.Counting.EVERY_CALL) {
            limits.acquire(policy);
            return context.proceed();
        }
        limits.requireBelow(policy);
        try {
            return context.proceed();
        } catch (ApiException e) {
            if (e.status() == 404) {
                limits.acquire(policy);
            }
            throw e;
        }
    }

    /** The caller's primary role; {@link RateLimited#ANONYMOUS} without a token. */
    private String role() {
        if (caller.isAnonymous()) {
            return RateLimited.ANONYMOUS;
        }
        String role = caller.primaryRole();
        return Roles.ALL.contains(role) ? role : "";
    }

    private static RateLimited binding(InvocationContext context) {
        RateLimited onMethod = context.getMethod().getAnnotation(RateLimited.class);
        return onMethod != null ? onMethod : context.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
    }
}
