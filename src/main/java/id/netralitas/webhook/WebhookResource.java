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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions for integration scripts; deliveries are signed (see docs/webhooks.md). */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BAWASLU})
public class WebhookResource {


    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Register a webhook",
            description = "Each event of the chosen types is POSTed to the URL as a FeedEvent (JSON) with the headers "
                    + "`Webhook-Id` (the delivery's id, the same on every attempt: use it to discard repeats), "
                    + "`Webhook-Timestamp` (Unix seconds) and `Webhook-Signature` (`v1=` + hex HMAC-SHA256 with the "
                    + "secret over the timestamp, a full stop and the body). Any 2xx answer is success; anything else, "
                    + "or no answer within the timeout, is retried with exponential backoff up to the configured "
                    + "number of attempts. The subscription expires after the configured lifetime (90 days by "
                    + "default, `expiresAt`); its owner renews it with `POST .../renewal`.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDtos.SubscriptionResponse.class)))
    @APIResponse(responseCode = "403", description = "An event type outside the caller's scope")
    @APIResponse(responseCode = "422", description = "A URL that is not http(s), has credentials or a fragment, or "
            + "whose host does not resolve, or not only to public addresses (`WEBHOOK_TARGET_REFUSED`)")
    @Callback(name = "delivery", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "A change-feed event, signed",
                    description = "Verify `Webhook-Signature` before trusting the body (docs/webhooks.md); answer any 2xx "
                            + "once the event is stored. Repeats carry the same `Webhook-Id`.",
                    parameters = {
                            @Parameter(name = WebhookSignature.ID_HEADER, in = ParameterIn.HEADER, required = true,
                                    description = "The delivery's id, the same on every attempt",
                                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)),
                            @Parameter(name = WebhookSignature.TIMESTAMP_HEADER, in = ParameterIn.HEADER, required = true,
                                    description = "Unix time in seconds when this attempt was signed",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 20, pattern = "^[0-9]{1,20}$")),
                            @Parameter(name = WebhookSignature.SIGNATURE_HEADER, in = ParameterIn.HEADER, required = true,
                                    description = "`v1=` and the hex HMAC-SHA256, keyed with the subscription's secret, of "
                                            + "the timestamp, a full stop and the raw body",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = 67,
                                            pattern = "^v1=[0-9a-f]{64}$"))},
                    requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedEvent.class))),
                    responses = {
                            @APIResponse(responseCode = "204", description = "Received; any 2xx ends the delivery"),
                            @APIResponse(responseCode = "500", description = "Any other answer, or none within the "
                                    + "timeout, is retried with exponential backoff")}))
    public Response createWebhookSubscription(@NotNull @Valid WebhookDtos.SubscriptionRequest request) {
        WebhookSubscription created = webhooks.create(request);
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + created.publicId))
                .entity(WebhookDtos.SubscriptionResponse.of(created)).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List webhooks",
            description = "An admin sees every subscription; a bawaslu caller its own.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public PageResponse<WebhookDtos.SubscriptionResponse> listWebhookSubscriptions(@Valid @BeanParam PageParams page) {
        return webhooks.list(page).map(WebhookDtos.SubscriptionResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Get a webhook")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "No subscription of the caller has this id")
    public WebhookDtos.SubscriptionResponse getWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        return WebhookDtos.SubscriptionResponse.of(webhooks.get(subscription.id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deactivateWebhookSubscription", summary = "End a webhook",
            description = "Nothing more is queued for it and its pending deliveries are cancelled; the subscription and "
                    + "its delivery log stay readable.")
    @APIResponse(responseCode = "204", description = "Ended (also when it already was)")
    @APIResponse(responseCode = "404", description = "No subscription of the caller has this id")
    public Response deactivateWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        webhooks.deactivate(subscription.id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/renewal")
    @Operation(operationId = "renewWebhookSubscription", summary = "Renew a webhook",
            description = "Only the subscription's owner, with a current token: their role is read again and the "
                    + "event types are checked against it, the URL is checked again, and the subscription lasts the "
                    + "configured lifetime (90 days by default) from now. An expired subscription can be renewed; "
                    + "events sequenced while it was expired are not delivered.")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDtos.SubscriptionResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the caller's own subscription "
            + "(`WEBHOOK_SUBSCRIPTION_NOT_OWNER`), or an event type outside the caller's current scope "
            + "(`WEBHOOK_EVENT_TYPE_NOT_ALLOWED`)")
    @APIResponse(responseCode = "404", description = "No subscription of the caller has this id")
    @APIResponse(responseCode = "409", description = "The subscription was ended (`WEBHOOK_SUBSCRIPTION_ENDED`)")
    @APIResponse(responseCode = "422", description = "The URL is no longer accepted (`WEBHOOK_TARGET_REFUSED`)")
    public WebhookDtos.SubscriptionResponse renewWebhookSubscription(@BeanParam SubscriptionIdParam subscription) {
        return WebhookDtos.SubscriptionResponse.of(webhooks.renew(subscription.id));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a webhook",
            description = "Newest first, each with every attempt: when it started and its outcome (`DELIVERED` or "
                    + "`HTTP_ERROR` with the receiver's status code, `UNREACHABLE`, `TARGET_REFUSED`). Why a target "
                    + "could not be reached and how long attempts took are not shown.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No subscription of the caller has this id")
    public PageResponse<WebhookDtos.DeliveryResponse> listWebhookDeliveries(@BeanParam SubscriptionIdParam subscription,
            @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(subscription.id, page);
    }
}
