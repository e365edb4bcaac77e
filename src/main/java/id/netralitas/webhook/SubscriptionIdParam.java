package id.netralitas.webhook;

import id.netralitas.common.web.Ids;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The subscription named in the path by its public id. */
public class SubscriptionIdParam {

    @PathParam("id")
    @Parameter(description = "Subscription id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36, pattern = Ids.UUID_PATTERN))
    public String id;
}
