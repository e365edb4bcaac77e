package id.netralitas.pact.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PactSignatureBatchResult", description = "One item per NIP, in the order sent")
public record BatchResponse(
        @Schema(maxLength = 40) String electionCode,
        @Schema(format = "int32", minimum = "1", maximum = "100000") int templateVersion,
        @Schema(maxLength = 40) String agencyCode,
        @Schema(format = "uuid", maxLength = 36) String ceremonyId,
        @Schema(format = "int32", minimum = "0", maximum = "10000") int signed,
        @Schema(format = "int32", minimum = "0", maximum = "10000") int alreadySigned,
        @Schema(format = "int32", minimum = "0", maximum = "10000") int unknownNip,
        @Schema(format = "int32", minimum = "0", maximum = "10000") int notEligible,
        @Schema(format = "int32", minimum = "0", maximum = "10000") int otherAgency,
        @Schema(maxItems = PactFormats.MAX_BATCH) List<BatchItem> items) {
}
