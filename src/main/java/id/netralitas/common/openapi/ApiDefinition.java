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
                @Tag(name = "Employee imports", description = "Bulk upsert of the register from CSV, as background jobs"),
                @Tag(name = "Regulations", description = "Laws, government regulations, joint decrees, circulars, court "
                        + "decisions and regional instruments, with their validity and the articles the service cites"),
                @Tag(name = "Violation types", description = "Versioned catalogue of neutrality violation types (SKB annexes: "
                        + "ethics KE-01..KE-07, discipline D-01..D-13)"),
                @Tag(name = "Sanctions", description = "Versioned catalogue of moral, disciplinary and dismissal sanctions "
                        + "(PP 42/2004, PP 94/2021, legacy PP 53/2010, UU ASN)"),
                @Tag(name = "Authorities", description = "Versioned catalogue of the bodies that handled neutrality cases: "
                        + "Bawaslu (intake), KASN until 2024-08-23, BKN from 2024-08-24"),
                @Tag(name = "Sanction suggestions", description = "Sanctions and legal bases that may apply to violation "
                        + "types on an incident date; a suggestion, never a decision"),
                @Tag(name = "Elections", description = "Pemilu, Pilkada and re-votes: calendar, phases, participating "
                        + "regions, legal basis and handling time limits"),
                @Tag(name = "Calendar", description = "Working-day calendar: holidays and cuti bersama as data, and the "
                        + "date arithmetic every deadline uses"),
                @Tag(name = "Reports", description = "Violation reports from every channel: intake, reading, evidence, "
                        + "messages"),
                @Tag(name = "Identity custody", description = "Requests to see a reporter's identity, a custodian's "
                        + "decision, and the log of every disclosure"),
                @Tag(name = "Receipts", description = "The public reporter's view of a case, reached with the receipt alone"),
                @Tag(name = "Report workflow", description = "Handling a case from registration to sanction: transitions, "
                        + "per-employee follow-up, deadlines, escalation, and the hash-chained history"),
                @Tag(name = "Pakta integritas", description = "Integrity pacts per election: versioned templates, "
                        + "individual, paper and institutional signatures, receipts anyone can verify, and coverage"),
                @Tag(name = "Change feed", description = "Every domain event in commit order, read by cursor"),
                @Tag(name = "Webhooks", description = "Signed push delivery of change-feed events, with retries and a "
                        + "delivery log"),
                @Tag(name = "Statistics", description = "Reports and PPK follow-up counted per region, agency, type, "
                        + "status or month, for officers (scoped) and, suppressed below a minimum group size, for the public")
        })
public class ApiDefinition extends Application {
}
