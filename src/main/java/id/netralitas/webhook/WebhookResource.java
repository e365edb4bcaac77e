package id.netralitas.webhook;

import id.netralitas.common.paging.PageParams;
import id.netralitas.common.paging.PageResponse;
import id.netralitas.common.security.Roles;
import id.netralitas.event.FeedEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Webhook subscriptions for integration scripts; deliveries are signed (see docs/webhooks.md). */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BAWASLU})
public class WebhookResource {


    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createWebhookSubscription(@NotNull @Valid WebhookDtos.SubscriptionRequest request) {
        WebhookSubscription created = webhooks.create(request);
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + created.publicId))
                .entity(WebhookDtos.SubscriptionResponse.of(created)).build();
    }

    @GET
    public PageResponse<WebhookDtos.SubscriptionResponse> listWebhookSubscriptions(@Valid @BeanParam PageParams page) {
        return webhooks.list(page).map(WebhookDtos.SubscriptionResponse::of);
    }

    @GET
    @Path("{id}")
    public WebhookDtos.SubscriptionResponse getWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        return WebhookDtos.SubscriptionResponse.of(webhooks.get(subscription.id));
    }

    @DELETE
    @Path("{id}")
    public Response deactivateWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        webhooks.deactivate(subscription.id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/renewal")
    public WebhookDtos.SubscriptionResponse renewWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        return WebhookDtos.SubscriptionResponse.of(webhooks.renew(subscription.id));
    }

    @GET
    @Path("{id}/deliveries")
    public PageResponse<WebhookDtos.DeliveryResponse> listWebhookDeliveries(@BeanParam SubscriptionIdParam subscription,
            @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(subscription.id, page);
    }
}
