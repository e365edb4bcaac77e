package id.netralitas.common.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP methods each path of the API accepts, read once from the JAX-RS resource classes, for
 * the {@code Allow} header of 405 answers (Quarkus REST does not fill it in).
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]+}");

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes;

    /** Methods allowed on a request path such as "/api/v1/regions/74"; HEAD accompanies GET. */
    public Set<String> forPath(String requestPath) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(requestPath).matches()) {
                methods.add(route.method());
                if (HttpMethod.GET.equals(route.method())) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> current = routes;
        if (current == null) {
            current = scan();
            routes = current;
        }
        return current;
    }

    private static List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                found.add(new Route(toRegex(template), httpMethod));
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = "/" + base.replaceAll("^/+|/+$", "");
        String rest = sub.replaceAll("^/+|/+$", "");
        return rest.isEmpty() ? path : path + "/" + rest;
    }

    private static Pattern toRegex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variables = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (variables.find()) {
            regex.append(Pattern.quote(template.substring(last, variables.start()))).append("[^/]+");
            last = variables.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
