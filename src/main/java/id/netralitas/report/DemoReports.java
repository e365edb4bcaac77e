package id.netralitas.report;

import id.netralitas.employee.Employee;
import id.netralitas.employee.EmployeeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev-profile demo cases modelled on what the news reported in 2023-2024 (a teacher liking a
 * legislative candidate's post in Sultra, officials at a declaration, a service car at a campaign
 * event, support letters with KTP copies for an independent candidate, partisan photos, a party
 * card), spread over several provinces and submitted through the ordinary intake rules with the
 * receipt time they would have had. Loaded once, when {@code netralitas.demo-data.reports} is on
 * and there is no report yet (after the demo register, whose observer runs first); never in
 * production (off by default).
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    ReportIntakeService intake;

    @Inject
    ReportRepository reports;

    @Inject
    EmployeeRepository employees;

    @ConfigProperty(name = "netralitas.demo-data.reports", defaultValue = "false")
    boolean enabled;

    private record Scenario(String election, String incident, String known, String[] types, String origin,
                            String description, String place) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("PEMILU-2024", "2023-12-15", "2023-12-16", new String[] {"D-06"}, "LAPORAN",
                    "Seorang guru PNS menyukai dan membagikan unggahan kampanye calon anggota DPRD provinsi di Facebook, "
                            + "disertai komentar ajakan memilih.", "Akun Facebook terlapor"),
            new Scenario("PILKADA-2024", "2024-08-20", "2024-08-21", new String[] {"KE-03"}, "TEMUAN",
                    "Beberapa pejabat struktural hadir dalam deklarasi bakal pasangan calon bupati dan ikut naik ke panggung.",
                    "Gedung serbaguna kecamatan"),
            new Scenario("PILKADA-2024", "2024-10-12", "2024-10-12", new String[] {"D-04"}, "TEMUAN",
                    "Kepala bidang membawa mobil dinas ke kampanye terbuka pasangan calon dan membagikan atribut kampanye.",
                    "Lapangan kecamatan"),
            new Scenario("PILKADA-2024", "2024-07-03", "2024-07-05", new String[] {"D-11"}, "LAPORAN",
                    "Lurah mengumpulkan fotokopi KTP warga dan surat dukungan untuk bakal calon perseorangan wali kota.",
                    "Kantor kelurahan"),
            new Scenario("PEMILU-2024", "2024-01-20", "2024-01-22", new String[] {"D-07"}, "LAPORAN",
                    "ASN mengunggah foto bersama calon anggota DPR dengan pose jari membentuk nomor urut partai.",
                    "Instagram terlapor"),
            new Scenario("PEMILU-2024", "2023-11-30", "2023-12-04", new String[] {"D-05"}, "PENERUSAN",
                    "Nama PNS tercantum sebagai pengurus partai politik tingkat kabupaten dalam dokumen Sipol.",
                    "Dokumen keanggotaan partai"),
            new Scenario("PEMILU-2024", "2024-01-05", "2024-01-06", new String[] {"D-01"}, "TEMUAN",
                    "Camat memasang baliho calon anggota DPD di halaman kantor kecamatan.", "Halaman kantor kecamatan"),
            new Scenario("PILKADA-2024", "2024-11-02", "2024-11-04", new String[] {"D-06", "D-08"}, "LAPORAN",
                    "Kepala sekolah membuat grup WhatsApp guru untuk mengajak memilih pasangan calon gubernur.",
                    "Grup WhatsApp guru"),
            new Scenario("PILKADA-2024", "2024-09-10", "2024-09-11", new String[] {"KE-02"}, "LAPORAN",
                    "Pegawai dinas mempromosikan bakal calon bupati melalui akun TikTok pribadi.", "Akun TikTok terlapor"),
            new Scenario("PEMILU-2024", "2024-02-08", "2024-02-09", new String[] {"D-12"}, "INTERNAL",
                    "Pejabat pembuat komitmen mempercepat pencairan bantuan sosial di desa basis calon legislatif.",
                    "Kantor dinas sosial"));

    /** Provinces the cases are spread over: Sultra first, as in the news, then the other top provinces. */
    private static final List<String[]> REGIONS = List.of(new String[] {"74", "74.13"}, new String[] {"73", "73.71"},
            new String[] {"33", "33.74"}, new String[] {"76", "76.01"}, new String[] {"72", "72.71"},
            new String[] {"36", "36.01"});

    void load(@Observes @Priority(3000) StartupEvent event) {
        if (!enabled || QuarkusTransaction.requiringNew().call(reports::count) > 0) {
            return;
        }
        loadNow();
    }

    /**
     * Submits the demo cases now, whatever the database holds: the start-up loader, and tests that need the
     * demo data. Returns how many were accepted (a case naming no registered employee of its province is
     * still accepted, naming the employee by name).
     */
    public int loadNow() {
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int s = 0; s < SCENARIOS.size(); s++) {
                Scenario scenario = SCENARIOS.get(s);
                String[] region = REGIONS.get((s + round) % REGIONS.size());
                try {
                    intake.registerReceivedAt(request(scenario, region, round, n), submitter(scenario),
                            LocalDate.parse(scenario.known()).plusDays(1 + round).atTime(9 + round, 15).atZone(WIB).toInstant());
                    n++;
                } catch (RuntimeException e) {
                    LOG.warnf("Demo report skipped (%s in %s): %s", scenario.types()[0], region[1], e.getMessage());
                }
            }
        }
        LOG.infof("Demo reports loaded: %d", n);
        return n;
    }

    private ReportRequest request(Scenario scenario, String[] region, int round, int n) {
        Employee named = QuarkusTransaction.requiringNew().call(() -> employees
                .find("regionCode like ?1 order by nip", region[0] + "%").page(round, 1).firstResult());
        ReportRequest.ReportedEmployee employee = named != null && round != 2
                ? new ReportRequest.ReportedEmployee(named.nip, null, null, named.jabatanName)
                : new ReportRequest.ReportedEmployee(null, "La Ode Demo " + (n + 1), "Pemerintah daerah setempat", "Guru");
        boolean bawaslu = !"LAPORAN".equals(scenario.origin()) && !"INTERNAL".equals(scenario.origin());
        boolean forwarded = "PENERUSAN".equals(scenario.origin());
        return new ReportRequest(ReportOrigin.valueOf(scenario.origin()),
                bawaslu ? ReportChannel.BAWASLU : "INTERNAL".equals(scenario.origin()) ? ReportChannel.SBT : ReportChannel.PORTAL,
                scenario.election(), null, null, null, LocalDate.parse(scenario.incident()), LocalDate.parse(scenario.known()),
                region[1], scenario.place(), scenario.description(), List.of(scenario.types()), List.of(employee),
                "LAPORAN".equals(scenario.origin()), false, null,
                bawaslu ? "BAWASLU-DEMO" : null, bawaslu ? "DEMO/" + region[1] + "/" + (n + 1) : null,
                forwarded ? "DEMO/PENERUSAN/" + (n + 1) : null, forwarded ? LocalDate.parse(scenario.known()).plusDays(7) : null, null, null);
    }

    private static Submitter submitter(Scenario scenario) {
        return switch (scenario.origin()) {
            case "TEMUAN", "PENERUSAN" -> new Submitter("demo-bawaslu", "bawaslu", null);
            case "INTERNAL" -> new Submitter("demo-verifier", "verifier", null);
            default -> new Submitter("demo-public", "public", null);
        };
    }
}
