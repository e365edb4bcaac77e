package id.netralitas.security;

import static id.netralitas.testsupport.Api.anonymous;
import static id.netralitas.testsupport.Api.as;
import static id.netralitas.testsupport.Api.multipart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.security.Roles;
import id.netralitas.employee.Nik;
import id.netralitas.report.ReportFixtures;
import id.netralitas.testsupport.Api;
import id.netralitas.testsupport.FeedCursor;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import id.netralitas.testsupport.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The reporter's identity is the intake unit's alone. Identity is the reporter's name, NIK, phone,
 * e-mail and address, and the submitting principal (the token's {@code upn}/{@code sub} of whoever
 * filed the report). Only {@code bawaslu} and {@code verifier} officers whose scope covers the case
 * see it (national, or a {@code region} claim the case's region lies in); a confidential report
 * narrows it to those {@code bawaslu} officers; an anonymous report shows no identity to anyone.
 *
 * <p>Seven Pemilu 2024 reports about one employee of {@value #AGENCY}, incident in {@value #REGION},
 * each with a unique marker in every identity field and in the filing token's {@code upn} and
 * {@code sub}: ANON_PUBLIC (no token, anonymous), IDENT_PUBLIC (no token, identified, under an
 * Idempotency-Key; driven to a recommendation, with a track, evidence and messages), ASN_IDENT and
 * ASN_ANON (an {@code asn} token filing as a citizen), BAWASLU_REPORT (a bawaslu officer with
 * {@code source} + {@code externalId}, with a PDF), BATCH (a bawaslu integration's
 * {@code /report-batches}) and CONFIDENTIAL. A receipt is a marker too: nobody but its holder sees it.
 *
 * <p>Then every operation of {@code openapi/openapi.yaml} is called as every caller ({@link #TABLE}: an
 * entry per operation, either the requests that reach report data or the reason it has none; an
 * operation without an entry fails {@link #everyOperationOfTheDocumentHasAnEntry()}), every caller that
 * may subscribe a webhook receives the events on the loopback, and every response body and header
 * value, and every delivery, is searched for every marker the caller may not see. A marker the
 * request itself carried (an idempotent replay re-sends the reporter it names, a receipt is in its
 * own path) is not a finding: echoing a request reveals nothing.
 */
@QuarkusTest
class IdentityPropertyTest {

    static final String ELECTION = "PEMILU-2024";
    static final String INCIDENT_DATE = "2024-01-10";
    static final String AGENCY = "KOTA-74.71";
    static final String REGION = "74.71";
    static final String OTHER_AGENCY = "KAB-16.04";
    static final String SOURCE = "BAWASLU-UJI-IDENTITAS";
    static final List<String> REPORT_EVENTS = List.of("REPORT_CREATED", "REPORT_TRANSITION", "TRACK_TRANSITION",
            "REPORT_EMPLOYEE_LINKED", "REPORT_CORRECTED", "EVIDENCE_ADDED");
    static final String WEBHOOK_SECRET = "identity-sweep-webhook-secret-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;

    private static World world;

    // ------------------------------------------------------------------------------------------ callers

    /** The callers of the sweep: first those who never see an identity, then the intake unit covering 74.71. */
    enum Who {
        ANONYMOUS, ADMIN, CUSTODIAN, MONITOR, MONITOR_74, PPK_OWN, PPK_OTHER, ASN_REPORTED, ASN_OTHER, BAWASLU_11,
        VERIFIER_11,
        BAWASLU, BAWASLU_74, VERIFIER;

        /** A bawaslu or verifier officer whose scope covers the fixtures' cases (region 74.71). */
        boolean intakeInScope() {
            return this == BAWASLU || this == BAWASLU_74 || this == VERIFIER;
        }

        boolean bawaslu() {
            return this == BAWASLU || this == BAWASLU_74;
        }

        /** May read the fixtures' cases at all (without identity): those in region 74.71 naming a KOTA-74.71 employee. */
        boolean readsTheCases() {
            return switch (this) {
                case ADMIN, MONITOR, MONITOR_74, PPK_OWN, BAWASLU, BAWASLU_74, VERIFIER -> true;
                default -> false;
            };
        }

        /** Submits through the public portal: no token, or an asn filing as a citizen. */
        boolean publicSubmitter() {
            return this == ANONYMOUS || this == ASN_REPORTED || this == ASN_OTHER;
        }
    }

    enum Field { NAME, NIK, PHONE, EMAIL, ADDRESS, PRINCIPAL, RECEIPT }

    /** A planted value ({@code sent}) and the forms it is searched in. */
    record Marker(Field field, String sent, List<String> variants) {
    }

    /** A fixture report and its markers. */
    static final class Case {
        final String key;
        final boolean anonymous;
        final boolean confidential;
        final List<Marker> markers = new ArrayList<>();
        String id;
        String caseNumber;
        String receipt;

        Case(String key, boolean anonymous, boolean confidential) {
            this.key = key;
            this.anonymous = anonymous;
            this.confidential = confidential;
        }

        Marker marker(Field field) {
            return markers.stream().filter(m -> m.field() == field).findFirst().orElseThrow();
        }

        Map<String, Object> reporter() {
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("name", marker(Field.NAME).sent());
            reporter.put("nik", marker(Field.NIK).sent());
            reporter.put("phone", marker(Field.PHONE).sent());
            reporter.put("email", marker(Field.EMAIL).sent());
            reporter.put("address", marker(Field.ADDRESS).sent());
            return reporter;
        }
    }

    /** The promise: who may see a marker of a case. */
    static boolean mayRead(Who who, Case c, Field field) {
        if (field == Field.RECEIPT || c.anonymous || !who.intakeInScope()) {
            return false;
        }
        return !c.confidential || who.bawaslu();
    }

    // ------------------------------------------------------------------------------------------ requests

    record Part(String name, String value, String fileName, byte[] content, String mimeType) {
        static Part text(String name, String value) {
            return new Part(name, value, null, null, null);
        }
    }

    /**
     * One request. {@code replayOf} names the fixture whose Idempotency-Key or external reference it replays;
     * {@code ownCase} the fixture its answer may legitimately be about (a receipt's own case, or the identified
     * public report replayed by another anonymous client, who is the same caller as far as the service can tell).
     */
    record Req(String method, String path, Map<String, String> headers, String body, List<Part> parts, String ownCase,
               String replayOf) {

        static Req get(String path) {
            return new Req("GET", path, Map.of(), null, List.of(), null, null);
        }

        static Req post(String path, String json) {
            return new Req("POST", path, Map.of(), json, List.of(), null, null);
        }

        static Req patch(String path, String json) {
            return new Req("PATCH", path, Map.of(), json, List.of(), null, null);
        }

        static Req delete(String path) {
            return new Req("DELETE", path, Map.of(), null, List.of(), null, null);
        }

        static Req multipart(String path, Part... parts) {
            return new Req("POST", path, Map.of(), null, List.of(parts), null, null);
        }

        Req header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Req(method, path, more, body, parts, ownCase, replayOf);
        }

        Req csv() {
            return header("Accept", "text/csv");
        }

        Req own(String caseKey) {
            return new Req(method, path, headers, body, parts, caseKey, replayOf);
        }

        Req replaying(String caseKey) {
            return new Req(method, path, headers, body, parts, ownCase, caseKey);
        }

        String label() {
            return method + " " + path + (headers.containsKey("Accept") ? " (Accept: " + headers.get("Accept") + ")" : "")
                    + (replayOf == null ? "" : headers.containsKey("Idempotency-Key") ? " (Idempotency-Key of " + replayOf + ")"
                    : " (external reference of " + replayOf + ")");
        }

        /** Everything the request carried, for telling an echo from a leak. */
        String text() {
            StringBuilder all = new StringBuilder(path).append('\n');
            headers.values().forEach(v -> all.append(v).append('\n'));
            if (body != null) {
                all.append(body).append('\n');
            }
            parts.forEach(p -> all.append(p.value()).append('\n').append(p.fileName()).append('\n'));
            return all.toString();
        }
    }

    /** A request and its answer (or a webhook delivery, with {@code req} null). */
    record Exchange(String operationId, Who who, String caller, Req req, int status,
                    List<Map.Entry<String, String>> headers, String body) {

        String label() {
            return req == null ? "delivery to the caller's webhook" : req.label() + " -> " + status;
        }
    }

    static Exchange send(String operationId, Who who, String caller, String token, Req req) {
        RequestSpecification spec = RestAssured.given().redirects().follow(false);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        req.headers().forEach(spec::header);
        if (req.body() != null) {
            spec.contentType("application/json").body(req.body());
        }
        for (Part p : req.parts()) {
            if (p.content() != null) {
                spec.multiPart(p.name(), p.fileName(), p.content(), p.mimeType());
            } else {
                spec.multiPart(p.name(), p.value());
            }
        }
        Response r = spec.request(req.method(), req.path());
        List<Map.Entry<String, String>> headers = r.getHeaders().asList().stream()
                .map(h -> Map.entry(h.getName(), h.getValue())).toList();
        // ISO-8859-1 maps every byte to one char, so ASCII markers are found in any content, binary included.
        return new Exchange(operationId, who, caller, req, r.statusCode(), headers,
                new String(r.asByteArray(), StandardCharsets.ISO_8859_1));
    }

    // ------------------------------------------------------------------------------------------ the table

    enum Phase { BEFORE_FIXTURES, SWEEP, AFTER_DELIVERIES }

    /**
     * One operation of the document: the requests each caller sends ({@code requests}), in which phase,
     * and whether the national bawaslu must get 2xx for them (they read report data it may read); or,
     * with {@code requests} null, why the operation has no report data.
     */
    record Entry(String operationId, Phase phase, boolean intakeReads, BiFunction<World, Who, List<Req>> requests,
                 String noReportData) {
    }

    private static Entry reads(String operationId, BiFunction<World, Who, List<Req>> requests) {
        return new Entry(operationId, Phase.SWEEP, true, requests, null);
    }

    private static Entry sends(String operationId, BiFunction<World, Who, List<Req>> requests) {
        return new Entry(operationId, Phase.SWEEP, false, requests, null);
    }

    private static Entry sends(String operationId, Phase phase, BiFunction<World, Who, List<Req>> requests) {
        return new Entry(operationId, phase, false, requests, null);
    }

    private static Entry none(String operationId, String reason) {
        return new Entry(operationId, null, false, null, reason);
    }

    private static final String REFERENCE = "reference data: no report, no reporter, no principal";

    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    static final List<Entry> TABLE = List.of(
            // ---- intake: fresh submissions, Idempotency-Key and external-reference replays as every caller
            sends("submitReport", (w, who) -> w.submissions(who)),
            sends("submitReportBatch", (w, who) -> List.of(
                    Req.post("/api/v1/report-batches", w.batchBody).header("Idempotency-Key", w.batchKey).replaying("BATCH"),
                    Req.post("/api/v1/report-batches", w.json(Map.of("reports",
                            List.of(w.externalReplay(w.externalIds.get("BAWASLU_REPORT")))))).replaying("BAWASLU_REPORT"))),
            // ---- reading cases
            reads("listReports", (w, who) -> List.of(
                    Req.get("/api/v1/reports?size=100"),
                    Req.get("/api/v1/reports?size=100&nip=" + w.nip),
                    Req.get("/api/v1/reports?size=100&possibleDuplicate=true&nip=" + w.nip),
                    Req.get("/api/v1/reports?nip=" + w.nip).csv(),
                    Req.get("/api/v1/reports?agencyCode=" + AGENCY + "&regionCode=" + REGION).csv())),
            reads("getReport", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id))),
            reads("listReportHistory", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id + "/history?size=100"))),
            reads("listReportEvidence", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id + "/evidence"))),
            reads("getReportEvidenceContent", (w, who) -> w.evidenceContent.stream().map(Req::get).toList()),
            reads("listReportMessages", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id + "/messages"))),
            reads("getReportTrack", (w, who) -> List.of(
                    Req.get("/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip))),
            reads("listReportTracks", (w, who) -> List.of(
                    Req.get("/api/v1/report-tracks?size=100"),
                    Req.get("/api/v1/report-tracks?nip=" + w.nip))),
            // ---- identity custody: asking, deciding and auditing never show the identity itself; only an
            // approved request's own requester reads it (no request is approved here)
            sends("requestReporterIdentity", (w, who) -> w.perCase(c -> Req.post("/api/v1/reports/" + c.id
                    + "/identity-access-requests", w.json(Map.of("reason", "Pemeriksaan silang identitas pelapor oleh "
                    + who.name()))))),
            reads("listReporterIdentityRequests", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id
                    + "/identity-access-requests"))),
            sends("listIdentityAccessQueue", (w, who) -> List.of(Req.get("/api/v1/identity-access-requests?size=100"))),
            sends("decideReporterIdentityRequest", (w, who) -> w.perCase(c -> Req.post("/api/v1/reports/" + c.id
                    + "/identity-access-requests/" + UNKNOWN_ID + "/decision", w.json(Map.of("approve", true))))),
            sends("getReporterIdentity", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id
                    + "/identity-access-requests/" + UNKNOWN_ID + "/identity"))),
            sends("listReporterIdentityDisclosures", (w, who) -> w.perCase(c -> Req.get("/api/v1/reports/" + c.id
                    + "/identity-access-log?size=100"))),
            // ---- writing to cases: refused or not, the answer must not carry an identity
            sends("addReportEvidence", (w, who) -> List.of(Req.multipart(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/evidence", Part.text("kind", "TAUTAN"),
                    Part.text("url", "https://www.facebook.com/posts/sapuan-" + who.name().toLowerCase(Locale.ROOT))))),
            sends("addReportMessage", (w, who) -> List.of(Req.post(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/messages",
                    w.json(Map.of("kind", "INTERNAL_NOTE", "body", "Catatan pemeriksaan berkas oleh " + who.name()))))),
            // REGISTER with the current ETag: a bawaslu officer it is allowed to gets the case back in the answer.
            sends("transitionReport", (w, who) -> List.of(Req.post(
                    "/api/v1/reports/" + w.get("ASN_IDENT").id + "/transitions",
                    w.json(Map.of("action", "REGISTER", "registrationNumber", "017/Reg/LP/PL/Kota/28.00/I/2024")))
                    .header("If-Match", w.etag(w.get("ASN_IDENT").id)))),
            // A correction with the current ETag: the bawaslu officer holding the received case gets it back.
            sends("correctReport", (w, who) -> List.of(Req.patch("/api/v1/reports/" + w.get("ASN_IDENT").id,
                    w.json(Map.of("reason", "Tempat kejadian dikoreksi oleh " + who.name(),
                            "incidentPlace", "Kantor kelurahan " + who.name())))
                    .header("If-Match", w.etag(w.get("ASN_IDENT").id)))),
            // ---- the reported employee's own cases: never the reporter, whoever asks
            sends("listMyCases", (w, who) -> List.of(Req.get("/api/v1/me/cases?size=100"))),
            sends("getMyCase", (w, who) -> w.perCase(c -> Req.get("/api/v1/me/cases/" + c.id))),
            sends("respondToMyCase", (w, who) -> w.perCase(c -> Req.post("/api/v1/me/cases/" + c.id + "/responses",
                    w.json(Map.of("text", "Klarifikasi terlapor dikirim oleh " + who.name()))))),
            sends("addMyCaseEvidence", (w, who) -> w.perCase(c -> Req.multipart("/api/v1/me/cases/" + c.id + "/evidence",
                    Part.text("kind", "TAUTAN"), Part.text("url", "https://www.facebook.com/posts/klarifikasi-"
                            + who.name().toLowerCase(Locale.ROOT))))),
            sends("objectToMySanction", (w, who) -> w.perCase(c -> Req.post("/api/v1/me/cases/" + c.id + "/objections",
                    w.json(Map.of("reason", "Keberatan terlapor dikirim oleh " + who.name()))))),
            sends("listReportTrackDocuments", (w, who) -> List.of(Req.get(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip + "/documents"))),
            sends("addReportTrackDocument", (w, who) -> List.of(Req.post(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip + "/documents",
                    w.json(Map.of("kind", "DECREE", "number", "800/" + who.ordinal() + "/2024", "date", "2024-06-10",
                            "sha256", String.format("%064x", who.ordinal() + 1)))))),
            sends("listReportTrackMessages", (w, who) -> List.of(Req.get(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip + "/messages"))),
            sends("addReportTrackMessage", (w, who) -> List.of(Req.post(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip + "/messages",
                    w.json(Map.of("body", "Tindak lanjut dibahas oleh " + who.name()))))),
            sends("transitionReportTrack", (w, who) -> List.of(Req.post(
                    "/api/v1/reports/" + w.get("IDENT_PUBLIC").id + "/employees/" + w.nip + "/transitions",
                    w.json(Map.of("action", "IMPOSE_SANCTION", "decree", Map.of("number", "800/77/BKPSDM/2024",
                            "date", "2024-06-10", "sanctionCode", "TURUN_JABATAN_12", "durationMonths", 12,
                            "effectiveDate", "2024-07-01")))))),
            // ---- statistics, JSON and CSV
            reads("getReportStatistics", (w, who) -> both(Stream.of("region", "status", "month", "agency",
                    "jabatanCategory", "violationType").map(g -> "/api/v1/stats/reports?electionCode=" + ELECTION
                    + "&groupBy=" + g))),
            reads("getFollowUpStatistics", (w, who) -> both(Stream.of("agency", "region")
                    .map(g -> "/api/v1/stats/follow-up?electionCode=" + ELECTION + "&groupBy=" + g))),
            reads("getPublicReportStatistics", (w, who) -> both(Stream.of("region", "violationType", "month")
                    .map(g -> "/api/v1/public-stats/reports?electionCode=" + ELECTION + "&groupBy=" + g))),
            sends("verifyAuditChain", (w, who) -> List.of(Req.get("/api/v1/audit/verify"))),
            // ---- the reporter's receipt: each receipt as every caller (for most of them, another reporter's receipt)
            reads("getReceiptView", (w, who) -> w.receipted().stream()
                    .map(c -> Req.get("/api/v1/receipts/" + c.receipt).own(c.key)).toList()),
            sends("addReceiptMessage", (w, who) -> Stream.of(w.get("ANON_PUBLIC"), w.get("IDENT_PUBLIC"))
                    .map(c -> Req.post("/api/v1/receipts/" + c.receipt + "/messages",
                            w.json(Map.of("body", "Unggahan tersebut masih dapat dilihat hari ini."))).own(c.key)).toList()),
            sends("addReceiptEvidence", (w, who) -> List.of(Req.multipart(
                    "/api/v1/receipts/" + w.get("ANON_PUBLIC").receipt + "/evidence", Part.text("kind", "TAUTAN"),
                    Part.text("url", "https://www.instagram.com/p/sapuan-" + who.name().toLowerCase(Locale.ROOT)))
                    .own("ANON_PUBLIC"))),
            // ---- integration: the change feed from before the fixtures, and webhooks (deliveries are searched too)
            reads("listEvents", (w, who) -> List.of(
                    Req.get("/api/v1/events?limit=1000&after=" + w.cursor),
                    Req.get("/api/v1/events?limit=1000&types=REPORT_CREATED&after=" + w.cursor))),
            sends("createWebhookSubscription", Phase.BEFORE_FIXTURES, (w, who) -> List.of(Req.post(
                    "/api/v1/webhook-subscriptions", w.json(Map.of("url", w.receiver.url(who.name()),
                            "eventTypes", REPORT_EVENTS, "secret", WEBHOOK_SECRET, "description", "identity sweep"))))),
            sends("listWebhookSubscriptions", (w, who) -> List.of(Req.get("/api/v1/webhook-subscriptions"))),
            sends("getWebhookSubscription", (w, who) -> List.of(
                    Req.get("/api/v1/webhook-subscriptions/" + w.subscriptionFor(who)))),
            sends("listWebhookDeliveries", Phase.AFTER_DELIVERIES, (w, who) -> List.of(
                    Req.get("/api/v1/webhook-subscriptions/" + w.subscriptionFor(who) + "/deliveries?size=100"))),
            sends("deactivateWebhookSubscription", Phase.AFTER_DELIVERIES, (w, who) -> List.of(
                    Req.delete("/api/v1/webhook-subscriptions/" + w.subscriptionFor(who)))),
            // ---- operations without report data
            none("renewWebhookSubscription", "a subscription's own settings and expiry, never case data"),
            none("listAgencies", REFERENCE),
            none("getAgency", REFERENCE),
            none("createAgency", "admin write of reference data; answers the agency"),
            none("updateAgency", "admin write of reference data; answers the agency"),
            none("listAgencyUnits", REFERENCE),
            none("getAgencyUnit", REFERENCE),
            none("createAgencyUnit", "write of an agency's organisation; answers the unit"),
            none("updateAgencyUnit", "write of an agency's organisation; answers the unit"),
            none("listRegions", REFERENCE),
            none("getRegion", REFERENCE),
            none("listRegionChildren", REFERENCE),
            none("importRegions", "admin import of region rows; answers counts"),
            none("importRegionDataset", "admin import of a bundled region list; answers counts"),
            none("listAuthorities", REFERENCE),
            none("getAuthority", REFERENCE),
            none("listAuthorityVersions", REFERENCE),
            none("createAuthority", "admin write of reference data; answers the authority"),
            none("updateAuthority", "admin write of reference data; answers the authority"),
            none("listRegulations", REFERENCE),
            none("getRegulation", REFERENCE),
            none("createRegulation", "admin write of reference data; answers the regulation"),
            none("updateRegulation", "admin write of reference data; answers the regulation"),
            none("listRegulationArticles", REFERENCE),
            none("getRegulationArticle", REFERENCE),
            none("createRegulationArticle", "admin write of reference data; answers the article"),
            none("updateRegulationArticle", "admin write of reference data; answers the article"),
            none("listViolationTypes", REFERENCE),
            none("getViolationType", REFERENCE),
            none("listViolationTypeVersions", REFERENCE),
            none("createViolationType", "admin write of a catalogue entry; answers the entry"),
            none("updateViolationType", "admin write of a catalogue entry; answers the entry"),
            none("listSanctions", REFERENCE),
            none("getSanction", REFERENCE),
            none("listSanctionVersions", REFERENCE),
            none("createSanction", "admin write of a catalogue entry; answers the entry"),
            none("updateSanction", "admin write of a catalogue entry; answers the entry"),
            none("suggestSanctions", "a catalogue lookup from violation types and a date; reads no report"),
            none("addToDate", "calendar arithmetic on the holiday table"),
            none("getCalendarDay", "calendar arithmetic on the holiday table"),
            none("listHolidays", REFERENCE),
            none("getHoliday", REFERENCE),
            none("createHoliday", "admin write of a holiday"),
            none("updateHoliday", "admin write of a holiday"),
            none("deleteHoliday", "admin delete of a holiday; no body"),
            none("listElections", REFERENCE),
            none("getElection", REFERENCE),
            none("createElection", "admin write of an election"),
            none("updateElection", "admin write of an election"),
            none("getElectionPhase", "the election calendar on a date"),
            none("listElectionDeadlines", "the election's time limits applied to a date"),
            none("listElectionRegions", REFERENCE),
            none("replaceElectionRegions", "admin write of an election's regions"),
            none("getPactCoverage", "counts of active employees and pact signatures per region or agency"),
            none("listPactTemplates", "pact texts of an election"),
            none("getPactTemplate", "pact texts of an election"),
            none("createPactTemplate", "admin write of a pact text"),
            none("updatePactTemplate", "admin write of a pact text"),
            none("listEmployees", "the ASN register: employees, never linked to the reports that name them"),
            none("getEmployee", "the ASN register: one employee, no report reference"),
            none("createEmployee", "the ASN register: answers the employee written"),
            none("updateEmployee", "the ASN register: answers the employee written"),
            none("listEmployeeStatusHistory", "register status changes (who changed the record, not who reported)"),
            none("createEmployeeImport", "register import job: answers the job's counts"),
            none("getEmployeeImport", "register import job: counts and state"),
            none("listEmployeeImportErrors", "register import job: rejected CSV rows of the register"),
            none("signPact", "integrity pacts: the signer's own signature"),
            none("registerPactSignatureBatch", "integrity pacts: per-NIP signing outcomes"),
            none("listPactSignatures", "integrity pacts: signatures, unrelated to reports"),
            none("getPactSignature", "integrity pacts: one signature and its history"),
            none("revokePactSignature", "integrity pacts: admin revocation"),
            none("verifyPactReceipt", "integrity pacts: a pact receipt's check (masked signer name)"));

    private static List<Req> both(Stream<String> paths) {
        return paths.flatMap(p -> Stream.of(Req.get(p), Req.get(p).csv())).toList();
    }

    // ------------------------------------------------------------------------------------------ the world

    /** The fixtures, the sweep's exchanges and the webhook deliveries, built once for the class. */
    static final class World {
        final Map<Who, String> tokens = new EnumMap<>(Who.class);
        final Map<Who, String> subscriptions = new EnumMap<>(Who.class);
        final Map<String, Case> cases = new LinkedHashMap<>();
        final WebhookReceiver receiver = WebhookReceiver.start();
        /** The answers to the fixtures' own public submissions (their reporters see these). */
        final List<Exchange> publicIntake = new ArrayList<>();
        final List<Exchange> exchanges = new ArrayList<>();
        final List<Exchange> deliveries = new ArrayList<>();
        final List<String> evidenceContent = new ArrayList<>();
        /** Each bawaslu-filed fixture's {@code externalId} (under {@link #SOURCE}). */
        final Map<String, String> externalIds = new HashMap<>();
        /** The named employee, of {@link #AGENCY}; the register's name for them is a marker of its own. */
        String nip;
        String registerName;
        String agencyName;
        /** The "asn other" caller, and the NIP claim of the asn tokens that file ASN_IDENT and ASN_ANON. */
        String otherNip;
        String filerNip;
        /** The feed position before the fixtures. */
        long cursor;
        /** Idempotency-Keys and the exact bodies sent under them, for the replays. */
        String identKey;
        String identBody;
        String asnKey;
        String asnBody;
        String batchKey;
        String batchBody;

        Case get(String key) {
            return cases.get(key);
        }

        String token(Who who) {
            return tokens.get(who);
        }

        List<Req> perCase(Function<Case, Req> request) {
            return cases.values().stream().map(request).toList();
        }

        List<Case> receipted() {
            return cases.values().stream().filter(c -> c.receipt != null).toList();
        }

        String subscriptionFor(Who who) {
            return subscriptions.getOrDefault(who, subscriptions.getOrDefault(Who.BAWASLU,
                    "00000000-0000-4000-8000-000000000000"));
        }

        String json(Object body) {
            try {
                return JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        String etag(String reportId) {
            return as(Tokens.bawaslu()).get("/api/v1/reports/" + reportId).then().statusCode(200).extract().header("ETag");
        }

        /** A report about the named employee in Kendari, in Pemilu 2024, as the public sends it. */
        Map<String, Object> report(boolean anonymous) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("electionCode", ELECTION);
            body.put("incidentDate", INCIDENT_DATE);
            body.put("knownDate", "2024-01-11");
            body.put("incidentRegionCode", REGION);
            body.put("incidentPlace", "Halaman kantor kelurahan");
            body.put("description", "ASN menghadiri deklarasi bakal calon dan berfoto dengan simbol jari pasangan calon.");
            body.put("violationTypeCodes", List.of("D-06"));
            body.put("reportedEmployees", List.of(Map.of("nip", nip)));
            if (anonymous) {
                body.put("anonymous", true);
            }
            return body;
        }

        /** A body carrying only a fixture's external reference (source + externalId), no reporter. */
        Map<String, Object> externalReplay(String externalId) {
            Map<String, Object> body = report(false);
            body.put("source", SOURCE);
            body.put("externalId", externalId);
            return body;
        }

        /** What a caller of this kind would file, then the replays of the fixtures' keys and external references. */
        List<Req> submissions(Who who) {
            Map<String, Object> fresh = report(false);
            switch (who) {
                case ADMIN, BAWASLU, BAWASLU_74, BAWASLU_11 -> {
                    fresh.put("origin", "TEMUAN");
                    fresh.put("channel", "BAWASLU");
                    fresh.put("source", "BAWASLU-SULTRA");
                    fresh.put("externalId", "SAPUAN-" + who + "-" + System.nanoTime());
                }
                case VERIFIER, VERIFIER_11 -> {
                    fresh.put("origin", "INTERNAL");
                    fresh.put("channel", "SBT");
                }
                case PPK_OWN, PPK_OTHER -> {
                    fresh.put("origin", "INTERNAL");
                    fresh.put("channel", "INSTANSI");
                }
                default -> fresh.put("anonymous", true);
            }
            List<Req> out = new ArrayList<>();
            out.add(Req.post("/api/v1/reports", json(fresh)));
            // The same key and body as the identified public report: for another anonymous client that is "the
            // same caller" as far as the service can tell, so its answer may be about that case (never more).
            out.add(Req.post("/api/v1/reports", identBody).header("Idempotency-Key", identKey).replaying("IDENT_PUBLIC")
                    .own(who == Who.ANONYMOUS ? "IDENT_PUBLIC" : null));
            out.add(Req.post("/api/v1/reports", asnBody).header("Idempotency-Key", asnKey).replaying("ASN_IDENT"));
            for (String key : List.of("BAWASLU_REPORT", "BATCH", "CONFIDENTIAL")) {
                out.add(Req.post("/api/v1/reports", json(externalReplay(externalIds.get(key)))).replaying(key));
            }
            return out;
        }

        Exchange submit(Case c, String caller, String token, Req req, int expected) {
            Exchange answer = send("submitReport", null, caller, token, req);
            assertEquals(expected, answer.status(), caller + " could not file " + c.key + ": " + answer.body());
            JsonPath json = JsonPath.from(answer.body());
            c.id = json.getString("report.id");
            c.caseNumber = json.getString("report.caseNumber");
            c.receipt = json.getString("receipt");
            if (c.receipt != null) {
                c.markers.add(new Marker(Field.RECEIPT, c.receipt, List.of(c.receipt, c.receipt.replace("-", ""))));
            }
            cases.put(c.key, c);
            return answer;
        }

        void build(AgroalDataSource dataSource) {
            registerName = "Rahmat " + tag("MKRG");
            nip = TestData.pnsNip();
            Map<String, Object> employee = TestData.employee(nip, AGENCY, REGION);
            employee.put("name", registerName);
            as(Tokens.admin()).contentType("application/json").body(employee).post("/api/v1/employees").then()
                    .statusCode(201);
            otherNip = ReportFixtures.employee(OTHER_AGENCY, "16.04");
            filerNip = ReportFixtures.employee(OTHER_AGENCY, "16.04");
            agencyName = as(Tokens.admin()).get("/api/v1/agencies/" + AGENCY).then().statusCode(200).extract().path("name");

            tokens.put(Who.ANONYMOUS, null);
            tokens.put(Who.ADMIN, Tokens.admin());
            tokens.put(Who.CUSTODIAN, Tokens.custodian());
            tokens.put(Who.MONITOR, Tokens.monitor());
            tokens.put(Who.MONITOR_74, Tokens.monitor("74"));
            tokens.put(Who.PPK_OWN, Tokens.ppk(AGENCY));
            tokens.put(Who.PPK_OTHER, Tokens.ppk(OTHER_AGENCY));
            tokens.put(Who.ASN_REPORTED, Tokens.asn(nip));
            tokens.put(Who.ASN_OTHER, Tokens.asn(otherNip));
            tokens.put(Who.BAWASLU_11, Tokens.bawaslu("11"));
            tokens.put(Who.VERIFIER_11, Tokens.verifier("11"));
            tokens.put(Who.BAWASLU, Tokens.bawaslu());
            tokens.put(Who.BAWASLU_74, Tokens.bawaslu("74"));
            tokens.put(Who.VERIFIER, Tokens.verifier());

            cursor = FeedCursor.head(dataSource);
            run(Phase.BEFORE_FIXTURES);
            for (Exchange x : exchanges) {
                if (x.operationId().equals("createWebhookSubscription") && x.status() == 201) {
                    subscriptions.put(x.who(), JsonPath.from(x.body()).getString("id"));
                }
            }
            fileReports();
            addContent();
            run(Phase.SWEEP);
            awaitDeliveries();
            run(Phase.AFTER_DELIVERIES);
        }

        private void fileReports() {
            // 1. Anonymous, through the public portal without a token.
            Case anonPublic = new Case("ANON_PUBLIC", true, false);
            publicIntake.add(submit(anonPublic, "no token", null,
                    Req.post("/api/v1/reports", json(report(true))).own(anonPublic.key), 201));

            // 2. Identified, through the public portal without a token, under an Idempotency-Key.
            Case identPublic = withReporter(new Case("IDENT_PUBLIC", false, false));
            Map<String, Object> ident = report(false);
            ident.put("reporter", identPublic.reporter());
            identBody = json(ident);
            identKey = "identitas-" + System.nanoTime();
            publicIntake.add(submit(identPublic, "no token", null, Req.post("/api/v1/reports", identBody)
                    .header("Idempotency-Key", identKey).own(identPublic.key), 201));

            // 3. Identified, by an ASN filing as a citizen, under an Idempotency-Key: the token is identity too.
            Case asnIdent = withPrincipal(withReporter(new Case("ASN_IDENT", false, false)));
            Map<String, Object> asnReport = report(false);
            asnReport.put("reporter", asnIdent.reporter());
            asnBody = json(asnReport);
            asnKey = "identitas-asn-" + System.nanoTime();
            publicIntake.add(submit(asnIdent, "asn filer", asnToken(asnIdent), Req.post("/api/v1/reports", asnBody)
                    .header("Idempotency-Key", asnKey).own(asnIdent.key), 201));

            // 4. Anonymous, by an ASN token: the principal must not show either.
            Case asnAnon = withPrincipal(new Case("ASN_ANON", true, false));
            publicIntake.add(submit(asnAnon, "asn filer", asnToken(asnAnon),
                    Req.post("/api/v1/reports", json(report(true))).own(asnAnon.key), 201));

            // 5. A Bawaslu officer registering a citizen's report under its register number.
            Case bawasluReport = withPrincipal(withReporter(new Case("BAWASLU_REPORT", false, false)));
            submit(bawasluReport, "bawaslu filer", bawasluToken(bawasluReport),
                    Req.post("/api/v1/reports", json(bawasluBody(bawasluReport, false))), 201);

            // 6. A Bawaslu integration's batch of one, under an Idempotency-Key.
            Case batch = withPrincipal(withReporter(new Case("BATCH", false, false)));
            batchBody = json(Map.of("reports", List.of(bawasluBody(batch, false))));
            batchKey = "identitas-batch-" + System.nanoTime();
            Exchange answer = send("submitReportBatch", null, "bawaslu client", bawasluToken(batch),
                    Req.post("/api/v1/report-batches", batchBody).header("Idempotency-Key", batchKey));
            assertEquals(200, answer.status(), answer.body());
            JsonPath items = JsonPath.from(answer.body());
            assertEquals("CREATED", items.getString("items[0].outcome"), answer.body());
            batch.id = items.getString("items[0].id");
            batch.caseNumber = items.getString("items[0].caseNumber");
            cases.put(batch.key, batch);

            // 7. A confidential report: bawaslu covering the incident region only.
            Case confidential = withPrincipal(withReporter(new Case("CONFIDENTIAL", false, true)));
            submit(confidential, "bawaslu filer", bawasluToken(confidential),
                    Req.post("/api/v1/reports", json(bawasluBody(confidential, true))), 201);
        }

        private Map<String, Object> bawasluBody(Case c, boolean confidential) {
            Map<String, Object> body = report(false);
            body.put("origin", "LAPORAN");
            body.put("channel", "BAWASLU");
            body.put("source", SOURCE);
            String externalId = "IDT/" + c.key + "/" + System.nanoTime();
            externalIds.put(c.key, externalId);
            body.put("externalId", externalId);
            body.put("reporter", c.reporter());
            if (confidential) {
                body.put("confidential", true);
            }
            return body;
        }

        /** History, tracks, evidence and messages with content: the identified public case is recommended. */
        private void addContent() {
            Case ident = get("IDENT_PUBLIC");
            move(Tokens.bawaslu(), ident.id, Map.of("action", "REGISTER", "registrationNumber", "021/Reg/LP/PL/Kota/28.00/I/2024"));
            move(Tokens.bawaslu(), ident.id, Map.of("action", "START_STUDY"));
            move(Tokens.bawaslu(), ident.id, Map.of("action", "FORWARD", "forwardLetterNumber", "0421/PP.00.01/K.SG/01/2024"));
            move(Tokens.verifier(), ident.id, Map.of("action", "START_VERIFICATION"));
            move(Tokens.verifier(), ident.id, Map.of("action", "RECOMMEND", "recommendation", Map.of(
                    "letterNumber", "B-4242/KASN/R/04/2024", "letterDate", "2024-04-05", "employees",
                    List.of(Map.of("nip", nip, "proven", true, "sanctionCode", "TURUN_JABATAN_12")))));
            as(Tokens.bawaslu()).contentType("application/json")
                    .body(Map.of("kind", "TO_REPORTER", "body", "Mohon kirimkan tangkapan layar unggahan tersebut."))
                    .post("/api/v1/reports/" + ident.id + "/messages").then().statusCode(201);
            anonymous().contentType("application/json").body(Map.of("body", "Tangkapan layar menyusul hari ini."))
                    .post("/api/v1/receipts/" + ident.receipt + "/messages").then().statusCode(201);
            as(Tokens.bawaslu()).contentType("application/json")
                    .body(Map.of("kind", "INTERNAL_NOTE", "body", "Berkas dirahasiakan atas permintaan pelapor."))
                    .post("/api/v1/reports/" + get("CONFIDENTIAL").id + "/messages").then().statusCode(201);

            byte[] png = new byte[256];
            byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            System.arraycopy(magic, 0, png, 0, magic.length);
            String photo = multipart(null).multiPart("kind", "FOTO").multiPart("file", "foto-lokasi.png", png, "image/png")
                    .post("/api/v1/receipts/" + ident.receipt + "/evidence").then().statusCode(201).extract().path("id");
            evidenceContent.add("/api/v1/reports/" + ident.id + "/evidence/" + photo + "/content");
            byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
            Case bawasluReport = get("BAWASLU_REPORT");
            String letter = multipart(Tokens.bawaslu()).multiPart("kind", "DOKUMEN")
                    .multiPart("file", "berita-acara.pdf", pdf, "application/pdf")
                    .post("/api/v1/reports/" + bawasluReport.id + "/evidence").then().statusCode(201).extract().path("id");
            evidenceContent.add("/api/v1/reports/" + bawasluReport.id + "/evidence/" + letter + "/content");
        }

        private void move(String token, String id, Map<String, Object> body) {
            String etag = as(token).get("/api/v1/reports/" + id).then().statusCode(200).extract().header("ETag");
            as(token).header("If-Match", etag).contentType("application/json").body(body)
                    .post("/api/v1/reports/" + id + "/transitions").then().statusCode(200);
        }

        void run(Phase phase) {
            for (Entry entry : TABLE) {
                if (entry.requests() == null || entry.phase() != phase) {
                    continue;
                }
                for (Who who : Who.values()) {
                    for (Req req : entry.requests().apply(this, who)) {
                        exchanges.add(send(entry.operationId(), who, who.name(), token(who), req));
                    }
                }
            }
        }

        /**
         * Waits until the national bawaslu's webhook has every fixture's REPORT_CREATED (the channel works), then
         * a little longer for the other subscribers' deliveries, and keeps every delivery as an exchange.
         */
        private void awaitDeliveries() {
            if (subscriptions.containsKey(Who.BAWASLU)) {
                for (Case c : cases.values()) {
                    receiver.await(Who.BAWASLU.name(), d -> c.caseNumber.equals(d.json().getString("subject"))
                            && "REPORT_CREATED".equals(d.json().getString("type")), Duration.ofSeconds(60));
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (WebhookReceiver.Delivery d : receiver.all()) {
                Who who = Who.valueOf(d.path());
                List<Map.Entry<String, String>> headers = new ArrayList<>();
                d.headers().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
                deliveries.add(new Exchange("webhook delivery", who, who.name(), null, 0, headers,
                        new String(d.body(), StandardCharsets.ISO_8859_1)));
            }
        }

        private Case withReporter(Case c) {
            String name = tag("MKNM");
            c.markers.add(new Marker(Field.NAME, "Siti " + name + " Rahmawati", List.of(name)));
            String nik = nik();
            c.markers.add(new Marker(Field.NIK, nik, List.of(nik)));
            String phone = "+62 8" + (10 + RANDOM.nextInt(90)) + " " + digits(4) + " " + digits(4);
            c.markers.add(new Marker(Field.PHONE, phone, List.of(phone, phone.replaceAll("[^0-9]", ""))));
            String email = tag("mkem").toLowerCase(Locale.ROOT) + "@example.org";
            c.markers.add(new Marker(Field.EMAIL, email, List.of(email)));
            String street = tag("MKAD");
            c.markers.add(new Marker(Field.ADDRESS, "Jl. " + street + " No. 7, Kambu", List.of(street)));
            return c;
        }

        private Case withPrincipal(Case c) {
            String principal = tag("MKPR");
            c.markers.add(new Marker(Field.PRINCIPAL, principal, List.of(principal)));
            return c;
        }

        private String asnToken(Case c) {
            String principal = c.marker(Field.PRINCIPAL).sent();
            return Jwt.upn(principal + "@test").subject(principal + "-sub").groups(Set.of(Roles.ASN))
                    .claim(Roles.CLAIM_NIP, filerNip).expiresIn(3600).sign();
        }

        private String bawasluToken(Case c) {
            String principal = c.marker(Field.PRINCIPAL).sent();
            return Jwt.upn(principal + "@test").subject(principal + "-sub").groups(Set.of(Roles.BAWASLU))
                    .claim(Roles.CLAIM_SOURCES, List.of(SOURCE)).expiresIn(3600).sign();
        }

        private static String tag(String prefix) {
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            StringBuilder tag = new StringBuilder(prefix);
            for (int i = 0; i < 8; i++) {
                tag.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            return tag.toString();
        }

        private static String digits(int n) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append(RANDOM.nextInt(10));
            }
            return out.toString();
        }

        /** A 16-digit NIK that {@link Nik#parse} accepts: Kendari prefix, a real birth date, a serial from 1000. */
        private static String nik() {
            String nik = "7471" + (10 + RANDOM.nextInt(90)) + String.format("%02d%02d%02d", 1 + RANDOM.nextInt(28),
                    1 + RANDOM.nextInt(12), RANDOM.nextInt(100)) + (1000 + RANDOM.nextInt(9000));
            return Nik.parse(nik, "nik").value();
        }
    }

    private World world() {
        synchronized (IdentityPropertyTest.class) {
            if (world == null) {
                World built = new World();
                built.build(dataSource);
                world = built;
            }
            return world;
        }
    }

    @AfterAll
    static void stopReceiver() {
        if (world != null) {
            world.receiver.close();
            world = null;
        }
    }

    // ------------------------------------------------------------------------------------------ the tests

    @Test
    void everyOperationOfTheDocumentHasAnEntry() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
        TreeSet<String> documented = new TreeSet<>();
        for (PathItem item : api.getPaths().values()) {
            item.readOperations().forEach(op -> documented.add(op.getOperationId()));
        }
        TreeSet<String> tabled = new TreeSet<>();
        for (Entry entry : TABLE) {
            assertTrue(tabled.add(entry.operationId()), "two entries for " + entry.operationId());
            assertTrue(entry.requests() != null ^ entry.noReportData() != null,
                    entry.operationId() + ": either requests or the reason there is no report data");
        }
        TreeSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        TreeSet<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(documented);
        assertEquals(new TreeSet<>(), missing, "operations of openapi/openapi.yaml without an entry in the identity sweep");
        assertEquals(new TreeSet<>(), unknown, "entries for operations the document does not have");
    }

    @Test
    void noResponseHeaderOrDeliveryShowsAnIdentityOutsideTheIntakeUnitInScope() {
        World w = world();
        Set<String> findings = new LinkedHashSet<>();
        Stream.concat(w.exchanges.stream(), w.deliveries.stream()).forEach(x -> findings.addAll(leaks(w, x)));
        printSummary(w);
        if (!findings.isEmpty()) {
            fail(findings.size() + " answers or deliveries carry an identity their caller may not see "
                    + "(operationId / caller / case.fields [request -> status, where]):\n" + String.join("\n", findings));
        }
    }

    @Test
    void publicSubmittersAndReceiptHoldersGetOnlyTheirOwnCase() {
        World w = world();
        List<Exchange> checked = new ArrayList<>(w.publicIntake);
        for (Exchange x : w.exchanges) {
            boolean publicIntake = x.operationId().equals("submitReport") && x.who().publicSubmitter();
            boolean receipt = x.req().path().startsWith("/api/v1/receipts/");
            if (publicIntake || receipt) {
                checked.add(x);
            }
        }
        Set<String> findings = new LinkedHashSet<>();
        for (Exchange x : checked) {
            String request = x.req().text().toLowerCase(Locale.ROOT);
            String body = x.body().toLowerCase(Locale.ROOT);
            Map<String, String> forbidden = new LinkedHashMap<>();
            for (Case c : w.cases.values()) {
                if (!c.key.equals(x.req().ownCase())) {
                    forbidden.put(c.key + ".id (another report)", c.id);
                    forbidden.put(c.key + ".caseNumber (another report)", c.caseNumber);
                }
            }
            forbidden.put("register name of the named NIP", w.registerName.split(" ")[1]);
            forbidden.put("register agency code of the named NIP", AGENCY);
            forbidden.put("register agency name of the named NIP", w.agencyName);
            forbidden.forEach((what, text) -> {
                String needle = text.toLowerCase(Locale.ROOT);
                if (!request.contains(needle) && body.contains(needle)) {
                    findings.add(x.operationId() + " / " + x.caller() + " / " + what + "  [" + x.label() + "]");
                }
            });
        }
        assertTrue(checked.size() > 20, "public answers and receipt views were collected");
        if (!findings.isEmpty()) {
            fail(findings.size() + " public or receipt answers reveal other reports or register data "
                    + "(operationId / caller / what [request -> status]):\n" + String.join("\n", findings));
        }
    }

    @Test
    void theIntakeUnitInScopeSeesTheIdentity() {
        World w = world();
        Case ident = w.get("IDENT_PUBLIC");
        Case confidential = w.get("CONFIDENTIAL");
        String name = ident.marker(Field.NAME).variants().get(0);
        List<String> wrong = new ArrayList<>();
        for (Who who : List.of(Who.BAWASLU, Who.BAWASLU_74, Who.VERIFIER)) {
            Response r = read(w.token(who), "/api/v1/reports/" + ident.id);
            if (r.statusCode() != 200 || !r.asString().contains(name)) {
                wrong.add(who + " does not see the reporter of " + ident.key + ": " + r.statusCode() + " " + r.asString());
            }
        }
        Response bawaslu = read(w.token(Who.BAWASLU), "/api/v1/reports/" + confidential.id);
        if (bawaslu.statusCode() != 200 || !bawaslu.asString().contains(confidential.marker(Field.NAME).variants().get(0))) {
            wrong.add("BAWASLU does not see the reporter of " + confidential.key + ": " + bawaslu.statusCode());
        }
        Response verifier = read(w.token(Who.VERIFIER), "/api/v1/reports/" + confidential.id);
        if (verifier.statusCode() != 200) {
            wrong.add("VERIFIER cannot read " + confidential.key + " at all: " + verifier.statusCode());
        }
        String seen = verifier.asString().toLowerCase(Locale.ROOT);
        for (Marker m : confidential.markers) {
            if (m.variants().stream().anyMatch(v -> seen.contains(v.toLowerCase(Locale.ROOT)))) {
                wrong.add("VERIFIER sees " + confidential.key + "." + m.field() + " of a confidential report");
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    /**
     * An Idempotency-Key or external-reference replay by a caller who may not read the case (another agency's
     * ppk, an officer of another province, the custodian) must not hand it the case's id or number. Public
     * callers are held to the stricter rule above.
     */
    @Test
    void replaysAnswerOnlyWhatTheCallerMayRead() {
        World w = world();
        Set<String> findings = new LinkedHashSet<>();
        int replays = 0;
        for (Exchange x : w.exchanges) {
            if (x.req().replayOf() == null || x.who().readsTheCases() || x.who().publicSubmitter()) {
                continue;
            }
            replays++;
            Case c = w.get(x.req().replayOf());
            String request = x.req().text().toLowerCase(Locale.ROOT);
            String body = x.body().toLowerCase(Locale.ROOT);
            for (String ref : List.of(c.id, c.caseNumber)) {
                String needle = ref.toLowerCase(Locale.ROOT);
                if (!request.contains(needle) && body.contains(needle)) {
                    findings.add(x.operationId() + " / " + x.who() + " / " + c.key + " [" + x.label() + "]");
                }
            }
        }
        assertTrue(replays > 0, "replays were sent");
        if (!findings.isEmpty()) {
            fail(findings.size() + " replays answered a case the caller may not read (operationId / caller / case "
                    + "[request -> status]):\n" + String.join("\n", findings));
        }
    }

    /**
     * Guards against a sweep that proves nothing: the national bawaslu officer reads every report-data
     * request of the sweep with a 2xx, and its webhook received every fixture's creation.
     */
    @Test
    void theSweepReachesRealData() {
        World w = world();
        List<String> wrong = new ArrayList<>();
        Set<String> intakeReads = new TreeSet<>();
        TABLE.stream().filter(Entry::intakeReads).forEach(e -> intakeReads.add(e.operationId()));
        for (Exchange x : w.exchanges) {
            if (x.who() == Who.BAWASLU && intakeReads.contains(x.operationId()) && x.status() / 100 != 2) {
                wrong.add(x.operationId() + ": " + x.label() + " " + truncate(x.body()));
            }
        }
        if (!w.subscriptions.containsKey(Who.BAWASLU)) {
            wrong.add("the national bawaslu could not subscribe a webhook");
        }
        Set<String> delivered = new TreeSet<>();
        w.deliveries.stream().filter(d -> d.who() == Who.BAWASLU)
                .forEach(d -> delivered.add(JsonPath.from(d.body()).getString("subject")));
        for (Case c : w.cases.values()) {
            if (!delivered.contains(c.caseNumber)) {
                wrong.add("no webhook delivery to the national bawaslu for " + c.key + " " + c.caseNumber);
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    // ------------------------------------------------------------------------------------------ scanning

    /**
     * The markers in an answer (body and headers) or a delivery that its caller may not see, one line per
     * case: {@code operationId / caller / CASE.FIELD+FIELD [request -> status, where]}.
     */
    static List<String> leaks(World w, Exchange x) {
        String request = x.req() == null ? "" : x.req().text().toLowerCase(Locale.ROOT);
        String body = x.body().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Case c : w.cases.values()) {
            Set<String> fields = new LinkedHashSet<>();
            Set<String> where = new TreeSet<>();
            for (Marker m : c.markers) {
                List<String> variants = m.variants().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
                if (mayRead(x.who(), c, m.field()) || variants.stream().anyMatch(request::contains)) {
                    continue;
                }
                if (variants.stream().anyMatch(body::contains)) {
                    fields.add(m.field().name());
                    where.add("body");
                }
                for (Map.Entry<String, String> h : x.headers()) {
                    String value = h.getValue() == null ? "" : h.getValue().toLowerCase(Locale.ROOT);
                    if (variants.stream().anyMatch(value::contains)) {
                        fields.add(m.field().name());
                        where.add("header " + h.getKey());
                    }
                }
            }
            if (!fields.isEmpty()) {
                found.add(x.operationId() + " / " + x.who() + " / " + c.key + "." + String.join("+", fields) + "  ["
                        + x.label() + ", in " + String.join(", ", where) + "]");
            }
        }
        return found;
    }

    /** One line per operation: each caller's statuses, and LEAK where an identity reached it. */
    private static void printSummary(World w) {
        Map<String, Map<Who, Set<String>>> table = new TreeMap<>();
        Stream.concat(w.exchanges.stream(), w.deliveries.stream()).forEach(x -> {
            Set<String> cell = table.computeIfAbsent(x.operationId(), k -> new EnumMap<>(Who.class))
                    .computeIfAbsent(x.who(), k -> new TreeSet<>());
            cell.add(x.req() == null ? "received" : Integer.toString(x.status()));
            if (!leaks(w, x).isEmpty()) {
                cell.add("LEAK");
            }
        });
        StringBuilder out = new StringBuilder("IdentityPropertyTest sweep (operation: caller=statuses):\n");
        table.forEach((op, row) -> {
            out.append(op).append(':');
            row.forEach((who, cell) -> out.append(' ').append(who).append('=').append(String.join("/", cell)));
            out.append('\n');
        });
        System.out.println(out);
    }

    /** A GET as this caller, not checked against the document: the test reads what comes back, whatever it is. */
    private static Response read(String token, String path) {
        return RestAssured.given().header("Authorization", "Bearer " + token).get(path);
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
