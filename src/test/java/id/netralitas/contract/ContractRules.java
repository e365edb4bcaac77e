package id.netralitas.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The rules that hold the hand-written contract ({@code openapi/openapi.yaml}) and the code to each
 * other. Each rule returns the differences it finds, one line each, so a test can show them all at once.
 *
 * <ul>
 * <li>{@link #operations}: the same operations (method and path) on both sides, each named after its Java
 *     method, with the same path, query and header parameters, constraints, request body and media types,
 *     and a bearer requirement exactly where the code asks for a role;</li>
 * <li>{@link #problemResponses}: the error answers the shared error handling can give are declared on every
 *     operation that can give them, with the problem schema and the rate-limit headers;</li>
 * <li>{@link #schemas}: every record the operations take or return has a schema of its simple name with
 *     the same properties, enum values and request constraints.</li>
 * </ul>
 */
final class ContractRules {

    static final Set<String> RESPONSE_HEADERS = Set.of(
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin");
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String CSV = "text/csv";

    private ContractRules() {
    }

    /** One documented operation as the code declares it: the JSON method, and the CSV method on the same route if any. */
    record Endpoint(String key, Method json, Method csv) {
    }

    // ------------------------------------------------------------------------------------------- operations

    /** The code's operations by {@code "GET /api/v1/..."}, from every resource class. */
    static Map<String, Endpoint> endpoints(Collection<Class<?>> resources) {
        Map<String, Method> json = new TreeMap<>();
        Map<String, Method> csv = new TreeMap<>();
        for (Class<?> resource : resources) {
            if (Modifier.isAbstract(resource.getModifiers()) || !resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                String key = http + " " + path(resource, method);
                Map<String, Method> target = producesCsv(method) ? csv : json;
                Method earlier = target.put(key, method);
                if (earlier != null && !earlier.equals(method)) {
                    throw new IllegalStateException(key + " is declared twice: " + earlier + " and " + method);
                }
            }
        }
        Map<String, Endpoint> endpoints = new TreeMap<>();
        Set<String> keys = new TreeSet<>(json.keySet());
        keys.addAll(csv.keySet());
        keys.forEach(key -> endpoints.put(key, new Endpoint(key, json.get(key), csv.get(key))));
        return endpoints;
    }

    static List<String> operations(OpenAPI api, Map<String, Endpoint> endpoints) {
        List<String> problems = new ArrayList<>();
        Map<String, Operation> documented = documented(api);
        for (String key : endpoints.keySet()) {
            if (!documented.containsKey(key)) {
                problems.add(key + ": served but not in the contract");
            }
        }
        for (String key : documented.keySet()) {
            if (!endpoints.containsKey(key)) {
                problems.add(key + ": in the contract but not served");
            }
        }
        endpoints.forEach((key, endpoint) -> {
            Operation op = documented.get(key);
            if (op != null) {
                operation(api, key, op, endpoint, problems);
            }
        });
        return problems;
    }

    private static void operation(OpenAPI api, String key, Operation op, Endpoint endpoint, List<String> problems) {
        Method json = endpoint.json();
        if (json == null) {
            problems.add(key + ": only a CSV method; the JSON answer has no Java method");
            return;
        }
        if (!json.getName().equals(op.getOperationId())) {
            problems.add(key + ": operationId " + op.getOperationId() + " is not the Java method's name " + json.getName());
        }
        Map<String, AnnotatedElement> declared = new TreeMap<>();
        boolean body = false;
        boolean form = false;
        for (java.lang.reflect.Parameter parameter : json.getParameters()) {
            String name = paramKey(parameter);
            if (name != null) {
                declared.put(name, parameter);
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : fields(parameter.getType())) {
                    String fieldKey = paramKey(field);
                    if (fieldKey != null) {
                        declared.put(fieldKey, field);
                    } else if (field.isAnnotationPresent(RestForm.class)) {
                        form = true;
                    }
                }
            } else if (!parameter.isAnnotationPresent(Context.class)) {
                body = true;
            }
        }
        Map<String, Parameter> documentedParams = new TreeMap<>();
        List<Parameter> params = new ArrayList<>();
        String path = key.substring(key.indexOf(' ') + 1);
        if (api.getPaths().get(path).getParameters() != null) {
            params.addAll(api.getPaths().get(path).getParameters());
        }
        if (op.getParameters() != null) {
            params.addAll(op.getParameters());
        }
        for (Parameter p : params) {
            Parameter resolved = resolve(api, p);
            documentedParams.put(resolved.getIn() + ":" + normalise(resolved.getIn(), resolved.getName()), resolved);
        }
        if (!declared.keySet().equals(documentedParams.keySet())) {
            Set<String> missing = new TreeSet<>(declared.keySet());
            missing.removeAll(documentedParams.keySet());
            Set<String> extra = new TreeSet<>(documentedParams.keySet());
            extra.removeAll(declared.keySet());
            problems.add(key + ": parameters differ; read by the code but not documented " + missing
                    + ", documented but not read " + extra);
        }
        declared.forEach((name, element) -> {
            Parameter p = documentedParams.get(name);
            if (p != null) {
                constraints(key + " parameter " + name, element, resolveSchema(api, p.getSchema()), p.getRequired(),
                        name.startsWith("path:"), problems);
            }
        });
        boolean documentedBody = op.getRequestBody() != null;
        if ((body || form) != documentedBody) {
            problems.add(key + ": the code " + (body || form ? "reads" : "reads no") + " request body, the contract "
                    + (documentedBody ? "documents one" : "documents none"));
        }
        Consumes consumes = json.isAnnotationPresent(Consumes.class) ? json.getAnnotation(Consumes.class)
                : json.getDeclaringClass().getAnnotation(Consumes.class);
        if (documentedBody && consumes != null) {
            Set<String> code = Arrays.stream(consumes.value()).map(ContractRules::bareMediaType)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> doc = new TreeSet<>(op.getRequestBody().getContent().keySet());
            if (!code.equals(doc)) {
                problems.add(key + ": consumes " + code + " but the contract documents " + doc);
            }
        }
        boolean secured = secured(json);
        List<io.swagger.v3.oas.models.security.SecurityRequirement> security = op.getSecurity() != null
                ? op.getSecurity() : api.getSecurity();
        // A public operation may still take a token (an officer filing a report): {} among the requirements.
        boolean documentedSecured = security != null && !security.isEmpty()
                && security.stream().noneMatch(Map::isEmpty);
        if (secured != documentedSecured) {
            problems.add(key + ": the code " + (secured ? "asks for a role" : "is public") + ", the contract "
                    + (documentedSecured ? "asks for a bearer token" : "asks for none"));
        }
        boolean documentedCsv = ok(op) != null && ok(op).getContent() != null && ok(op).getContent().containsKey(CSV);
        if (documentedCsv != (endpoint.csv() != null)) {
            problems.add(key + ": the code " + (endpoint.csv() != null ? "exports" : "has no") + " CSV, the contract "
                    + (documentedCsv ? "documents it" : "does not"));
        }
    }

    // ---------------------------------------------------------------------------------- problem responses

    /** The error answers of the shared error handling, as {@code ProblemMappers} and the filters give them. */
    static List<String> problemResponses(OpenAPI api) {
        List<String> problems = new ArrayList<>();
        documented(api).forEach((key, op) -> {
            String path = key.substring(key.indexOf(' ') + 1);
            Map<String, ApiResponse> responses = op.getResponses() == null ? Map.of() : op.getResponses();
            Set<String> expected = new TreeSet<>(List.of("406", "429", "500", "503"));
            boolean input = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty())
                    || (api.getPaths().get(path).getParameters() != null
                    && !api.getPaths().get(path).getParameters().isEmpty());
            if (input) {
                expected.add("400");
            }
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                expected.addAll(List.of("401", "403"));
            }
            if (path.contains("{")) {
                expected.add("404");
            }
            if (op.getRequestBody() != null) {
                expected.addAll(List.of("411", "413", "415"));
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(responses.keySet());
            if (!missing.isEmpty()) {
                problems.add(key + ": declares no " + missing);
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Content content = response.getContent();
                    if (content == null || content.get("application/problem+json") == null
                            || !PROBLEM_REF.equals(content.get("application/problem+json").getSchema().get$ref())) {
                        problems.add(key + " " + status + ": not a problem document");
                    }
                }
                if (status.startsWith("2") || status.startsWith("4")) {
                    Set<String> headers = response.getHeaders() == null ? Set.of() : response.getHeaders().keySet();
                    if (!headers.containsAll(RESPONSE_HEADERS)) {
                        problems.add(key + " " + status + ": lacks the rate-limit and CORS headers");
                    }
                }
            });
            ApiResponse tooMany = responses.get("429");
            if (tooMany != null && (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After"))) {
                problems.add(key + " 429: lacks Retry-After");
            }
        });
        return problems;
    }

    // ------------------------------------------------------------------------------------------- schemas

    /**
     * Every class of the API against the schema it stands for ({@code names}: class to schema name): the same
     * properties and enum values, and for what requests carry the same constraints. A record the operations take
     * or return that {@code names} does not list, and an object schema that no listed class claims, are reported.
     */
    static List<String> schemas(OpenAPI api, Map<String, Endpoint> endpoints, Map<Class<?>, String> names) {
        List<String> problems = new ArrayList<>();
        Map<Class<?>, Boolean> reachable = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.json() == null) {
                continue;
            }
            collect(endpoint.json().getGenericReturnType(), false, reachable);
            for (java.lang.reflect.Parameter parameter : endpoint.json().getParameters()) {
                if (parameter.getAnnotations().length == 0 || onlyValidation(parameter)) {
                    collect(parameter.getParameterizedType(), true, reachable);
                }
            }
        }
        Map<Class<?>, Boolean> requests = new LinkedHashMap<>(reachable);
        names.keySet().forEach(type -> collectFields(type, isRequest(type, reachable), requests));
        for (Class<?> type : reachable.keySet()) {
            if (!names.containsKey(type)) {
                problems.add(type.getName() + ": used by an operation but not listed with its schema");
            }
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> claimed = new HashSet<>(names.values());
        components.forEach((name, schema) -> {
            boolean generic = name.startsWith("PageResponse") || name.startsWith("Versions");
            if (!generic && schema.getProperties() != null && !claimed.contains(name)) {
                problems.add(name + ": an object schema that no class stands for");
            }
        });
        names.forEach((type, name) -> {
            Schema<?> schema = components.get(name);
            if (schema == null) {
                problems.add(type.getName() + ": no schema " + name + " in the contract");
            } else if (type.isRecord()) {
                record(api, type, name, schema, Boolean.TRUE.equals(requests.get(type)), problems);
            } else if (type.isEnum()) {
                enumValues(name, type, schema, api, problems);
            }
        });
        return problems;
    }

    private static boolean isRequest(Class<?> type, Map<Class<?>, Boolean> reachable) {
        return Boolean.TRUE.equals(reachable.get(type));
    }

    private static void record(OpenAPI api, Class<?> type, String name, Schema<?> schema, boolean request,
                               List<String> problems) {
        Map<String, AnnotatedElement> properties = properties(type);
        Map<String, Type> propertyTypes = propertyTypes(type);
        Set<String> documented = schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
        if (!properties.keySet().equals(documented)) {
            Set<String> missing = new TreeSet<>(properties.keySet());
            missing.removeAll(documented);
            Set<String> extra = new TreeSet<>(documented);
            extra.removeAll(properties.keySet());
            problems.add(name + ": properties differ; in the code only " + missing + ", in the contract only " + extra);
        }
        properties.forEach((property, element) -> {
            Schema<?> documentedProperty = schema.getProperties() == null ? null : schema.getProperties().get(property);
            if (documentedProperty == null) {
                return;
            }
            Schema<?> resolved = resolveSchema(api, documentedProperty);
            enumValues(name + "." + property, propertyTypes.get(property), resolved, api, problems);
            if (request) {
                boolean required = schema.getRequired() != null && schema.getRequired().contains(property);
                constraints(name + "." + property, element, resolved, required, false, problems);
            }
        });
    }

    private static void enumValues(String where, Type type, Schema<?> schema, OpenAPI api, List<String> problems) {
        Class<?> raw = raw(type);
        Schema<?> target = schema;
        if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            raw = raw(p.getActualTypeArguments()[0]);
            target = schema.getItems() == null ? null : resolveSchema(api, schema.getItems());
        }
        if (raw == null || !raw.isEnum() || target == null) {
            return;
        }
        Set<String> code = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> doc = target.getEnum() == null ? Set.of()
                : target.getEnum().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        if (!code.equals(doc)) {
            problems.add(where + ": enum " + raw.getSimpleName() + " is " + code + ", the contract lists " + doc);
        }
    }

    private static void constraints(String where, AnnotatedElement element, Schema<?> schema, Boolean required,
                                    boolean path, List<String> problems) {
        if (schema == null) {
            return;
        }
        boolean mandatory = element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
        if (!path && mandatory != Boolean.TRUE.equals(required)) {
            problems.add(where + ": " + (mandatory ? "mandatory in the code, optional in the contract"
                    : "optional in the code, required in the contract"));
        }
        Size size = element.getAnnotation(Size.class);
        if (size != null && size.max() != Integer.MAX_VALUE) {
            Integer documented = "array".equals(schema.getType()) ? schema.getMaxItems() : schema.getMaxLength();
            if (!Objects.equals(documented, size.max())) {
                problems.add(where + ": @Size(max = " + size.max() + "), the contract says " + documented);
            }
        }
        Pattern pattern = element.getAnnotation(Pattern.class);
        if (pattern != null && !anchored(pattern.regexp()).equals(anchored(schema.getPattern()))) {
            problems.add(where + ": @Pattern " + pattern.regexp() + ", the contract says " + schema.getPattern());
        }
        Min min = element.getAnnotation(Min.class);
        if (min != null && !same(schema.getMinimum(), min.value())) {
            problems.add(where + ": @Min(" + min.value() + "), the contract says " + schema.getMinimum());
        }
        Max max = element.getAnnotation(Max.class);
        if (max != null && !same(schema.getMaximum(), max.value())) {
            problems.add(where + ": @Max(" + max.value() + "), the contract says " + schema.getMaximum());
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    static Map<String, Operation> documented(OpenAPI api) {
        Map<String, Operation> ops = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ops.put(method + " " + path, op)));
        return ops;
    }

    private static ApiResponse ok(Operation op) {
        return op.getResponses() == null ? null : op.getResponses().get("200");
    }

    private static void collect(Type type, boolean request, Map<Class<?>, Boolean> types) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, request, types);
            }
            collectFields(raw(p), request, types);
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || !raw.getName().startsWith("id.netralitas.") || raw.isEnum()) {
            return;
        }
        if (raw.getTypeParameters().length == 0 && raw.isRecord() && !types.containsKey(raw)) {
            types.put(raw, request);
            collectFields(raw, request, types);
        } else if (raw.isRecord() && types.containsKey(raw) && request && !types.get(raw)) {
            types.put(raw, true);
            collectFields(raw, true, types);
        }
    }

    private static void collectFields(Class<?> raw, boolean request, Map<Class<?>, Boolean> types) {
        if (raw != null && raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(component.getGenericType(), request, types);
            }
        }
    }

    private static Map<String, AnnotatedElement> properties(Class<?> type) {
        Map<String, AnnotatedElement> properties = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            if (component.isAnnotationPresent(JsonIgnore.class) || (field != null && field.isAnnotationPresent(JsonIgnore.class))
                    || (component.getAccessor().isAnnotationPresent(JsonIgnore.class))) {
                continue;
            }
            // Constraint annotations on a record component land on its field (they do not target components).
            AnnotatedElement element = field != null ? field : component;
            JsonProperty renamed = element.getAnnotation(JsonProperty.class);
            properties.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName(), element);
        }
        return properties;
    }

    private static Map<String, Type> propertyTypes(Class<?> type) {
        Map<String, Type> types = new TreeMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            JsonProperty renamed = field == null ? null : field.getAnnotation(JsonProperty.class);
            types.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName(),
                    component.getGenericType());
        }
        return types;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    private static boolean onlyValidation(java.lang.reflect.Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .allMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"));
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        return fields;
    }

    private static String paramKey(AnnotatedElement element) {
        if (element.isAnnotationPresent(PathParam.class)) {
            return "path:" + element.getAnnotation(PathParam.class).value();
        }
        if (element.isAnnotationPresent(QueryParam.class)) {
            return "query:" + element.getAnnotation(QueryParam.class).value();
        }
        if (element.isAnnotationPresent(HeaderParam.class)) {
            return "header:" + element.getAnnotation(HeaderParam.class).value().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static String normalise(String in, String name) {
        return "header".equals(in) ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean producesCsv(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.stream(produces.value()).allMatch(v -> bareMediaType(v).equals(CSV));
    }

    private static boolean secured(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class) || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class)
                || hasAuthenticated(method) || hasAuthenticated(method.getDeclaringClass());
    }

    private static boolean hasAuthenticated(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("io.quarkus.security.Authenticated"));
    }

    static String path(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String joined = ("/" + base + "/" + sub).replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Bean Validation matches a pattern against the whole value: {@code ^...$} says the same. */
    private static String anchored(String regexp) {
        if (regexp == null) {
            return null;
        }
        return (regexp.startsWith("^") ? "" : "^") + regexp + (regexp.endsWith("$") ? "" : "$");
    }

    private static String bareMediaType(String value) {
        return value.split(";")[0].trim();
    }

    private static boolean same(BigDecimal documented, long value) {
        return documented != null && documented.compareTo(BigDecimal.valueOf(value)) == 0;
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        if (p.get$ref() != null) {
            return api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
        }
        return p;
    }

    static Schema<?> resolveSchema(OpenAPI api, Schema<?> schema) {
        Set<String> seen = new HashSet<>();
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null && seen.add(current.get$ref())) {
            current = api.getComponents().getSchemas().get(current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1));
        }
        if (current != null && current.getAllOf() != null && current.getAllOf().size() == 1) {
            return resolveSchema(api, current.getAllOf().get(0));
        }
        return current;
    }
}
