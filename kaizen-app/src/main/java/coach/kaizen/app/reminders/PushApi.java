package coach.kaizen.app.reminders;

import coach.kaizen.app.http.Bodies;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** /api/v1/push-subscriptions: the key browsers subscribe with, and a person's browsers to push reminders to. */
public final class PushApi {

    private final PushService push;
    private final Bodies bodies;

    public PushApi(PushService push, Bodies bodies) {
        this.push = push;
        this.bodies = bodies;
    }

    record KeyJson(String publicKey) {
    }

    record Keys(String p256dh, String auth) {
    }

    /** A browser's PushSubscription as its toJSON() writes it. */
    record SubscriptionJson(String endpoint, Long expirationTime, Keys keys) {
    }

    record EndpointJson(String endpoint) {
    }

    /** The public key, for pushManager.subscribe's applicationServerKey; no token needed, it is public. */
    public void key(Context ctx) {
        ctx.json(new KeyJson(push.publicKey()));
    }

    /** The person's subscribed browsers, oldest first: [{endpoint}]. */
    public void list(Context ctx, Person person) {
        ctx.json(push.subscriptions(person).stream().map(kept -> new EndpointJson(kept.endpoint())).toList());
    }

    /** 201 for a new subscription, 200 when it was already kept. */
    public void subscribe(Context ctx, Person person) {
        SubscriptionJson sent = bodies.read(ctx, SubscriptionJson.class);
        Keys keys = sent.keys() == null ? new Keys(null, null) : sent.keys();
        boolean made = push.subscribe(person, sent.endpoint(), keys.p256dh(), keys.auth());
        ctx.status(made ? HttpStatus.CREATED : HttpStatus.OK).json(new EndpointJson(sent.endpoint().strip()));
    }

    /** The endpoint in the body ({"endpoint": …}) or the query (?endpoint=…); 204 whether or not it was kept. */
    public void unsubscribe(Context ctx, Person person) {
        String endpoint = ctx.queryParam("endpoint");
        if (endpoint == null) {
            endpoint = bodies.read(ctx, EndpointJson.class).endpoint();
        }
        push.unsubscribe(person, endpoint);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
