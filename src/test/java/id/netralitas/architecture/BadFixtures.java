package id.netralitas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Deliberately bad classes, one per rule of {@link ArchitectureRules}, below the root package {@link #ROOT}.
 * They are compiled while the test runs into a temporary directory, so they are never on the application's
 * class path (a stray {@code @Entity} there would reach Hibernate's schema validation).
 */
final class BadFixtures {

    static final String ROOT = "id.netralitas.architecture.fixtures";

    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("region.RegionUsesReport", """
                    package ROOT.region;
                    public class RegionUsesReport {
                        ROOT.report.ReportUsesRegion report;
                    }
                    """),
            Map.entry("report.ReportUsesRegion", """
                    package ROOT.report;
                    public class ReportUsesRegion {
                        ROOT.region.RegionUsesReport region;
                    }
                    """),
            Map.entry("common.CommonUsesFeature", """
                    package ROOT.common;
                    public class CommonUsesFeature {
                        ROOT.report.ReportUsesRegion report;
                    }
                    """),
            Map.entry("stray.StrayFeature", """
                    package ROOT.stray;
                    public class StrayFeature {
                    }
                    """),
            Map.entry("report.TransactionalResource", """
                    package ROOT.report;
                    @jakarta.transaction.Transactional
                    public class TransactionalResource {
                    }
                    """),
            Map.entry("report.MethodTransactionalResource", """
                    package ROOT.report;
                    public class MethodTransactionalResource {
                        @jakarta.transaction.Transactional
                        public String create() { return "created"; }
                    }
                    """),
            Map.entry("report.ProgrammaticTransactionResource", """
                    package ROOT.report;
                    public class ProgrammaticTransactionResource {
                        public void create() {
                            io.quarkus.narayana.jta.QuarkusTransaction.begin();
                            io.quarkus.narayana.jta.QuarkusTransaction.commit();
                        }
                    }
                    """),
            Map.entry("report.FakeEntity", """
                    package ROOT.report;
                    @jakarta.persistence.Entity
                    public class FakeEntity {
                    }
                    """),
            Map.entry("report.EntityResource", """
                    package ROOT.report;
                    import java.util.List;
                    import java.util.Optional;
                    public class EntityResource {
                        public FakeEntity read() { return null; }
                        public void update(FakeEntity entity) { }
                        public List<FakeEntity> list() { return List.of(); }
                        public Optional<? extends FakeEntity> find() { return Optional.empty(); }
                        public FakeEntity[] all() { return new FakeEntity[0]; }
                    }
                    """),
            Map.entry("report.DocumentedResource", """
                    package ROOT.report;
                    public class DocumentedResource {
                        @org.eclipse.microprofile.openapi.annotations.Operation(summary = "ignored: the contract is openapi.yaml")
                        public String read() { return ""; }
                    }
                    """),
            Map.entry("report.CleanResource", """
                    package ROOT.report;
                    import java.util.List;
                    public class CleanResource {
                        public List<String> names(List<String> ids) {
                            java.util.function.Function<FakeEntity, String> name = entity -> entity.toString();
                            return ids.stream().map(id -> name.apply(new FakeEntity())).toList();
                        }
                    }
                    """));

    private BadFixtures() {
    }

    /** Compiles the fixtures and imports them. */
    static JavaClasses importAll() throws IOException {
        Path out = Files.createTempDirectory("architecture-fixtures");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        SOURCES.forEach((name, source) -> units.add(new Source(ROOT + "." + name, source.replace("ROOT", ROOT))));
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("-d", out.toString(), "-classpath", classPath(), "-proc:none");
        if (!compiler.getTask(diagnostics, null, null, options, null, units).call()) {
            throw new IllegalStateException("fixtures do not compile:\n" + diagnostics);
        }
        return new ClassFileImporter().importPath(out);
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> type : List.of(Transactional.class, Entity.class, QuarkusTransaction.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
