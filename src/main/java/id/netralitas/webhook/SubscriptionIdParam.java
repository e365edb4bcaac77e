package id.netralitas.webhook;

import id.netralitas.common.web.Ids;
import jakarta.ws.rs.PathParam;

/** The subscription named in the path by its public id. */
public class SubscriptionIdParam {

    @PathParam("id")
    public String id;
}
