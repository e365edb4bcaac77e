package id.netralitas.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Document-level OpenAPI declarations: the server (a placeholder for the deployment's own URL,
 * which generated clients take as their base URL setting) and the tags with their descriptions.
 * Title, version, description and contact come from {@code quarkus.smallrye-openapi.info-*}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Netralitas ASN API", version = "1.0.0"),
        servers = @Server(url = "https://api.netralitas.example",
                description = "Production (replace with your deployment's base URL)",
                extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        tags = {
                @Tag(name = "Regions", description = "Kemendagri administrative regions: provinces, kabupaten/kota, "
                        + "and (once imported) kecamatan and desa/kelurahan"),
                @Tag(name = "Agencies", description = "Agencies (instansi): central bodies and the regional government "
                        + "of every province and kabupaten/kota, each with its PPK"),
                @Tag(name = "Employees", description = "The ASN register, keyed by NIP, with status history"),
                @Tag(name = "Employee imports", description = "Bulk upsert of the register from CSV, as background jobs")
        })
public class ApiDefinition extends Application {
}
