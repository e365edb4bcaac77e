package id.netralitas.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of the code base, defined once for a root package. {@link ArchitectureTest} applies
 * them to {@code id.netralitas}; {@link ArchitectureRulesSelfTest} applies the same rules to deliberately bad
 * classes to prove that each one can fail. docs/architecture.md explains them.
 */
final class ArchitectureRules {

    /** The package every feature may use and that itself uses no feature. */
    static final String COMMON = "common";

    /**
     * The allowed dependencies between feature packages (a feature may always use itself and {@link #COMMON}).
     * Listed bottom-up; the graph is acyclic and docs/architecture.md draws exactly these edges.
     */
    static final Map<String, Set<String>> ALLOWED = allowed(
            "region", "",
            "calendar", "",
            "event", "",
            "agency", "region",
            "employee", "agency event region",
            "regulation", "calendar employee event region",
            "election", "calendar region regulation",
            "report", "agency calendar election employee event region regulation",
            "pact", "agency calendar election employee event region",
            "stats", "calendar election report",
            "webhook", "event");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** Every class of a feature depends only on its own feature, on common and on the features it is allowed. */
    ArchRule featureDependencies() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("depend only on allowed feature packages") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        checkFeatureDependencies(item, events);
                    }
                })
                .as("feature packages depend only on themselves, on common and on the features they are allowed");
    }

    /** The feature packages (and common) form no dependency cycle. */
    ArchRule featureCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Common code knows no feature. */
    ArchRule commonIndependence() {
        return noClasses().that().resideInAPackage(root + "." + COMMON + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "reside in a feature package", this::inFeature))
                .as("common depends on no feature package");
    }

    /** Resources never declare or run a transaction: the service method called by the resource does. */
    ArchRule resourceTransactions() {
        ArchRule classLevel = noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().dependOnClassesThat().belongToAnyOf(QuarkusTransaction.class);
        ArchRule methodLevel = noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class);
        return CompositeArchRule.of(classLevel).and(methodLevel)
                .as("no *Resource is @Transactional (class or method) or uses QuarkusTransaction");
    }

    /**
     * The API is contract-first (docs/api-contract.md): annotation scanning is off, so an OpenAPI annotation in
     * the code would document nothing and only mislead its reader.
     */
    ArchRule noOpenApiAnnotations() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.openapi.annotations..")
                .as("no class uses MicroProfile OpenAPI annotations; the contract is openapi/openapi.yaml");
    }

    /**
     * Resource operations (the public methods) take and return DTOs (or Response), never JPA entities,
     * not even as type arguments. Private helpers of a resource may handle the entity a service lent it.
     */
    ArchRule resourceEntities() {
        return methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().doNotHaveModifier(JavaModifier.BRIDGE)
                .should(new ArchCondition<JavaMethod>("not have a JPA @Entity in its parameter or return types") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        checkNoEntities(method, events);
                    }
                })
                .as("no public method of a *Resource has a JPA @Entity as parameter type or return type");
    }

    List<ArchRule> all() {
        return List.of(featureDependencies(), featureCycles(), commonIndependence(), resourceTransactions(),
                resourceEntities());
    }

    /** The top-level package below the root a class lives in, if any. */
    Optional<String> featureOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private boolean inFeature(JavaClass javaClass) {
        return featureOf(javaClass).filter(f -> !f.equals(COMMON)).isPresent();
    }

    private void checkFeatureDependencies(JavaClass item, ConditionEvents events) {
        Optional<String> from = featureOf(item);
        if (from.isEmpty() || from.get().equals(COMMON)) {
            return;
        }
        Set<String> allowed = ALLOWED.get(from.get());
        if (allowed == null) {
            events.add(SimpleConditionEvent.violated(item, item.getName() + " lives in package " + root + "."
                    + from.get() + ", which is not a declared feature"));
            return;
        }
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            Optional<String> to = featureOf(dependency.getTargetClass());
            if (to.isPresent() && !to.get().equals(from.get()) && !to.get().equals(COMMON)
                    && !allowed.contains(to.get())) {
                events.add(SimpleConditionEvent.violated(dependency, from.get() + " -> " + to.get() + ": "
                        + dependency.getDescription()));
            }
        }
    }

    private static void checkNoEntities(JavaMethod method, ConditionEvents events) {
        Set<String> entities = new TreeSet<>();
        for (JavaType type : method.getParameterTypes()) {
            collectEntities(type, entities, new LinkedHashSet<>());
        }
        collectEntities(method.getReturnType(), entities, new LinkedHashSet<>());
        if (!entities.isEmpty()) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has entity type(s) "
                    + String.join(", ", entities) + " in its signature"));
        }
    }

    private static void collectEntities(JavaType type, Set<String> entities, Set<JavaType> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(t -> collectEntities(t, entities, seen));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(t -> collectEntities(t, entities, seen));
            wildcard.getLowerBounds().forEach(t -> collectEntities(t, entities, seen));
        } else if (type instanceof JavaGenericArrayType array) {
            collectEntities(array.getComponentType(), entities, seen);
        } else if (type instanceof JavaTypeVariable<?> variable) {
            variable.getUpperBounds().forEach(t -> collectEntities(t, entities, seen));
        }
        JavaClass raw = type.toErasure();
        while (raw.isArray()) {
            raw = raw.getComponentType();
        }
        if (raw.isAnnotatedWith(Entity.class)) {
            entities.add(raw.getSimpleName());
        }
    }

    /** Features in topological order: each one after every feature it may use; fails on a cycle in the map. */
    static List<String> layering(Map<String, Set<String>> allowed) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String feature : allowed.keySet()) {
            visit(feature, allowed, order, visiting);
        }
        return order;
    }

    private static void visit(String feature, Map<String, Set<String>> allowed, List<String> order,
            Set<String> visiting) {
        if (order.contains(feature)) {
            return;
        }
        if (!visiting.add(feature)) {
            throw new IllegalStateException("allowed map has a cycle through " + visiting);
        }
        for (String target : allowed.getOrDefault(feature, Set.of())) {
            if (!allowed.containsKey(target)) {
                throw new IllegalStateException(feature + " may use undeclared feature " + target);
            }
            visit(target, allowed, order, visiting);
        }
        visiting.remove(feature);
        order.add(feature);
    }

    private static Map<String, Set<String>> allowed(String... featureAndTargets) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < featureAndTargets.length; i += 2) {
            Set<String> targets = new TreeSet<>();
            for (String target : featureAndTargets[i + 1].split(" ")) {
                if (!target.isEmpty()) {
                    targets.add(target);
                }
            }
            map.put(featureAndTargets[i], Collections.unmodifiableSet(targets));
        }
        return Collections.unmodifiableMap(map);
    }
}
