package id.netralitas.employee;

import id.netralitas.employee.importing.EmployeeImportJob;
import id.netralitas.employee.importing.EmployeeImportService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty register with a synthetic one at start, through the ordinary import path, when
 * {@code netralitas.demo-data.employees} is above zero (the dev profile sets 2,000). Never in
 * production: the default is zero.
 */
@ApplicationScoped
public class DemoRegister {

    private static final Logger LOG = Logger.getLogger(DemoRegister.class);
    static final long SEED = 20240214;

    @Inject
    EmployeeRepository employees;

    @Inject
    EmployeeImportService imports;

    /** Default (zero) in application.properties. */
    @ConfigProperty(name = "netralitas.demo-data.employees")
    int count;

    void load(@Observes StartupEvent event) throws IOException {
        if (count <= 0 || QuarkusTransaction.requiringNew().call(employees::count) > 0) {
            return;
        }
        loadNow(count);
    }

    /**
     * Imports the synthetic register of {@code count} employees now, whatever the register holds (rows with
     * the same NIP are updated): the start-up loader, and tests that need the demo data.
     */
    public EmployeeImportJob loadNow(int count) throws IOException {
        StringWriter csv = new StringWriter();
        SyntheticEmployees.write(csv, count, SEED, 0);
        EmployeeImportJob job = imports.importNow(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "demo-data");
        LOG.infof("Demo register loaded: import %s", job.publicId);
        return job;
    }
}
