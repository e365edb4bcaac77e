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

/** The change feed for integration scripts and dashboards. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    public static final int MAX_LIMIT = 1000;

    @Inject
    FeedService feed;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VERIFIER, Roles.BAWASLU, Roles.PPK})
    public FeedPage listEvents(
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,16}") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit,
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
