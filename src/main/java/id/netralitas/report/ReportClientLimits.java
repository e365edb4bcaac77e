package id.netralitas.report;

import id.netralitas.common.web.ClientLimit;
import id.netralitas.common.web.ReceiptLimitConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The per-client limits of the report feature's public actions ({@code @RateLimited}). */
@Singleton
class ReportClientLimits {

    /** Public report submissions. */
    static final String PUBLIC_REPORT = "public-report";

    /** Look-ups of receipts that no case has. */
    static final String RECEIPT_FAILURE = "receipt-failure";

    @Produces
    @Singleton
    static ClientLimit publicReport(PublicIntakeConfig config) {
        return new ClientLimit(PUBLIC_REPORT, config.limit(), config.window());
    }

    @Produces
    @Singleton
    static ClientLimit receiptFailure(ReceiptLimitConfig config) {
        return new ClientLimit(RECEIPT_FAILURE, config.failureLimit(), config.failureWindow());
    }
}
