package id.netralitas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netralitas.common.error.ApiException;
import id.netralitas.common.error.FieldViolation;
import id.netralitas.common.error.JsonErrors;
import id.netralitas.common.i18n.Messages;
import id.netralitas.common.idempotency.IdempotencyRecord;
import id.netralitas.common.idempotency.IdempotencyService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Many reports in one call (integration scripts): each item is read, validated and submitted on
 * its own, in its own transaction, so one bad item never stops the others; the answer says per
 * item whether it was created, already existed (same source and external id) or was rejected, and
 * why. Under an Idempotency-Key the whole answer is kept and replayed as it was.
 */
@RequestScoped
public class ReportBatchService {

    private static final Logger LOG = Logger.getLogger(ReportBatchService.class);

    @Inject
    ReportIntakeService intake;

    @Inject
    IdempotencyService idempotency;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    /** The answer's body, and whether it replays an earlier one. */
    public record Outcome(ReportBatchResponse body, boolean replayed) {
    }

    public Outcome submit(List<JsonNode> items, Submitter submitter, Optional<String> key,
                          String requestSha256, Locale locale) {
        String scope = "report-batch:" + submitter.name();
        if (key.isPresent()) {
            Optional<IdempotencyRecord> earlier = idempotency.replay(scope, key.get(), requestSha256);
            if (earlier.isPresent()) {
                try {
                    return new Outcome(json.readValue(earlier.get().responseBody, ReportBatchResponse.class), true);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Stored batch answer unreadable", e);
                }
            }
        }
        List<ReportBatchResponse.Item> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(one(i, items.get(i), submitter, locale));
        }
        ReportBatchResponse body = ReportBatchResponse.of(results);
        if (key.isPresent()) {
            String stored;
            try {
                stored = json.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            rememberInOwnTransaction(scope, key.get(), requestSha256, stored);
        }
        return new Outcome(body, false);
    }

    /** The answer is recorded after every item's own transaction has ended. */
    private void rememberInOwnTransaction(String scope, String key, String requestSha256, String answer) {
        QuarkusTransaction.requiringNew().run(() -> idempotency.remember(scope, key, requestSha256, null, 200, answer));
    }

    private ReportBatchResponse.Item one(int index, JsonNode node, Submitter submitter, Locale locale) {
        ReportRequest request;
        try {
            request = json.treeToValue(node, ReportRequest.class);
        } catch (JsonProcessingException e) {
            FieldViolation violation = JsonErrors.violation(e).orElse(FieldViolation.of("body", "MALFORMED_ITEM"));
            return ReportBatchResponse.Item.rejected(index, "VALIDATION_FAILED", List.of(error(violation, locale)));
        }
        if (request == null) {
            return ReportBatchResponse.Item.rejected(index, "VALIDATION_FAILED",
                    List.of(error(FieldViolation.of("body", "NOT_NULL"), locale)));
        }
        List<ReportBatchResponse.FieldError> invalid = validator.validate(request).stream()
                .map(v -> new ReportBatchResponse.FieldError(path(v), code(v), v.getMessage()))
                .sorted(Comparator.comparing(ReportBatchResponse.FieldError::field))
                .toList();
        if (!invalid.isEmpty()) {
            return ReportBatchResponse.Item.rejected(index, "VALIDATION_FAILED", invalid);
        }
        try {
            ReportIntakeService.Intake result = intake.register(request, submitter);
            return ReportBatchResponse.Item.accepted(index, result.created(), result.report());
        } catch (ApiException e) {
            return ReportBatchResponse.Item.rejected(index, e.code(),
                    e.violations().stream().map(v -> error(v, locale)).toList());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "Incident %s in report batch item %d", incident, index);
            return ReportBatchResponse.Item.rejected(index, "INTERNAL_ERROR", List.of(
                    new ReportBatchResponse.FieldError("body", "INTERNAL_ERROR",
                            Messages.get(locale, "INTERNAL_ERROR.detail", incident))));
        }
    }

    private static ReportBatchResponse.FieldError error(FieldViolation v, Locale locale) {
        return new ReportBatchResponse.FieldError(v.field(), v.code(), v.localizedMessage(locale));
    }

    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "");
    }

    private static String code(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
