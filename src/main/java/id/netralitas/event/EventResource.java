package id.netralitas.event;

import id.netralitas.common.error.ApiException;
import id.netralitas.common.security.Caller;
import id.netralitas.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed for integration scripts and dashboards. */
@Path("/api/v1/events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    public static final int MAX_LIMIT = 1000;

    @Inject
    FeedService feed;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    @Operation(operationId = "listEvents", summary = "Read the change feed after a cursor",
            description = "Every domain event, in commit order, each exactly once: store `nextCursor` and pass it as "
                    + "`after` next time to miss nothing and see nothing twice. Scope: admin and verifier see every "
                    + "event; bawaslu the events of reports and catalogue changes; a ppk those of its agency (reports "
                    + "naming one of its employees, its employees, its signatures) and catalogue changes.")
    @APIResponse(responseCode = "200", description = "Events after the cursor, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed cursor, limit or event type")
    public FeedPage listEvents(
            @Parameter(description = "The last position already processed (0 or absent: from the start)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16, pattern = "^[0-9]{1,16}$"), example = "1042")
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,16}") String after,
            @Parameter(description = "Largest number of events in the answer",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000",
                            defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Only these event types, comma-separated", example = "REPORT_CREATED,TRACK_TRANSITION",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 500))
            @QueryParam("types") @Size(max = 500) String types) {
        return feed.read(Long.parseLong(after), limit, parseTypes(types), FeedScope.of(caller));
    }

    static Set<DomainEventType> parseTypes(String types) {
        Set<DomainEventType> parsed = EnumSet.noneOf(DomainEventType.class);
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String name : types.split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                parsed.add(DomainEventType.valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("types", "EVENT_TYPE_UNKNOWN", name.trim(),
                        String.join(", ", Arrays.stream(DomainEventType.values()).map(Enum::name).toList()));
            }
        }
        return parsed;
    }
}
