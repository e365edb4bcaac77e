package id.netralitas.common.web;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
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
        if (Arrays.stream(binding.exempt()).anyMatch(caller::hasRole)) {
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

    private static RateLimited binding(InvocationContext context) {
        RateLimited onMethod = context.getMethod().getAnnotation(RateLimited.class);
        return onMethod != null ? onMethod : context.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
    }
}
