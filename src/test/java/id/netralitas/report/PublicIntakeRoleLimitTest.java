package id.netralitas.report;

import static id.netralitas.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import id.netralitas.common.security.Roles;
import id.netralitas.testsupport.TestData;
import id.netralitas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public intake limit exempts officers only: a token that holds {@code asn} beside a role that files
 * nothing (custodian, monitor) files as the public and counts like it, while an officer's does not.
 * A profile of its own gives the class a limiter no other test has used.
 */
@QuarkusTest
@TestProfile(PublicIntakeRoleLimitTest.TightIntake.class)
class PublicIntakeRoleLimitTest {

    public static class TightIntake implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("netralitas.public-intake.limit", "2", "netralitas.public-intake.window", "2H");
        }
    }

    @Test
    void anAsnTokenWithANonOfficerRoleCountsLikeThePublicAndAnOfficersDoesNot() {
        String asnAndCustodian = Tokens.asnWith(TestData.pnsNip(), Roles.CUSTODIAN);
        String asnAndMonitor = Tokens.asnWith(TestData.pnsNip(), Roles.MONITOR);
        as(asnAndCustodian).contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201).body("report.origin", equalTo("LAPORAN")).body("report.channel", equalTo("PORTAL"));
        as(asnAndMonitor).contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(201);
        as(asnAndCustodian).contentType("application/json").body(ReportFixtures.report(null)).post("/api/v1/reports")
                .then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
        // The same client's Bawaslu officer, whose token also says asn, files as Bawaslu and is not counted.
        String officer = Tokens.asnWith(TestData.pnsNip(), Roles.BAWASLU);
        as(officer).contentType("application/json").body(ReportFixtures.bawasluReport(null, "REG-" + System.nanoTime()))
                .post("/api/v1/reports").then().statusCode(201).body("report.origin", equalTo("TEMUAN"));
    }
}
