package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.PushEndpoint;
import coach.kaizen.app.testing.PushEndpoint.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/push-subscriptions: the public key, a browser's subscription kept once, refused when malformed, each person's own. */
class PushApiTest extends ApiTestBase {

    private static PushEndpoint pushService;

    @BeforeAll
    static void startPushService() {
        pushService = PushEndpoint.start();
    }

    @AfterAll
    static void stopPushService() {
        pushService.close();
    }

    @Test
    void theKeyIsAnUncompressedP256PointInBase64urlTheSameEachTime() {
        String key = ok(api.get("/api/v1/push-subscriptions/key", null), 200).get("publicKey").asText();
        assertThat(key).matches("[A-Za-z0-9_-]{87}");
        byte[] point = Base64.getUrlDecoder().decode(key);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        assertThat(ok(api.get("/api/v1/push-subscriptions/key", null), 200).get("publicKey").asText()).isEqualTo(key);
    }

    @Test
    void aSubscriptionIsKeptOnceAndForgottenOnRequest() {
        Person ana = api.person("ana");
        Browser phone = pushService.browser();
        Browser laptop = pushService.browser();
        assertThat(ok(api.post("/api/v1/push-subscriptions", ana.token(), phone.subscriptionJson()), 201)
                .get("endpoint").asText()).isEqualTo(phone.endpoint());
        ok(api.post("/api/v1/push-subscriptions", ana.token(), phone.subscriptionJson()), 200);
        ok(api.post("/api/v1/push-subscriptions", ana.token(), laptop.subscriptionJson()), 201);
        assertThat(endpoints(ana)).containsExactlyInAnyOrder(phone.endpoint(), laptop.endpoint());

        assertThat(api.send("DELETE", "/api/v1/push-subscriptions", ana.token(),
                "{\"endpoint\":\"" + phone.endpoint() + "\"}").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/push-subscriptions?endpoint="
                + URLEncoder.encode(laptop.endpoint(), StandardCharsets.UTF_8), ana.token()).status()).isEqualTo(204);
        assertThat(endpoints(ana)).isEmpty();
        assertThat(api.delete("/api/v1/push-subscriptions?endpoint="
                + URLEncoder.encode(laptop.endpoint(), StandardCharsets.UTF_8), ana.token()).status())
                .as("again: nothing to forget, and no harm").isEqualTo(204);
    }

    @Test
    void aMalformedSubscriptionIsRefusedAndNothingIsKept() {
        Person ben = api.person("ben");
        Browser phone = pushService.browser();
        String p256dh = phone.p256dh();
        String auth = phone.auth();
        problem(post(ben, "http://push.example/send/abc", p256dh, auth), 400, "https");
        problem(post(ben, "ftp://127.0.0.1/send", p256dh, auth), 400, "https");
        problem(post(ben, "https://push.example/" + "x".repeat(2000), p256dh, auth), 400, "2000");
        problem(post(ben, "not a url at all", p256dh, auth), 400, "endpoint");
        problem(post(ben, phone.endpoint(), p256dh, auth.substring(0, 10)), 400, "auth");
        problem(post(ben, phone.endpoint(), p256dh.substring(0, 40), auth), 400, "p256dh");
        byte[] offTheCurve = new byte[65];
        offTheCurve[0] = 4;
        offTheCurve[64] = 7;
        problem(post(ben, phone.endpoint(), Base64.getUrlEncoder().withoutPadding().encodeToString(offTheCurve), auth),
                400, "P-256");
        problem(api.sendingBadInput().post("/api/v1/push-subscriptions", ben.token(), "{\"endpoint\":\"" + phone.endpoint() + "\"}"),
                400, "p256dh");
        problem(api.sendingBadInput().post("/api/v1/push-subscriptions", ben.token(), "{\"endpoint\":"), 400);
        problem(api.post("/api/v1/push-subscriptions", null, phone.subscriptionJson()), 401);
        problem(api.sendingBadInput().send("DELETE", "/api/v1/push-subscriptions", ben.token(), "{}"), 400, "endpoint");
        assertThat(endpoints(ben)).isEmpty();
    }

    @Test
    void eachPersonHasTheirOwnAndABrowserRemindsWhoeverTurnedItOnLast() {
        Person cy = api.person("cy");
        Person dee = api.person("dee");
        Browser shared = pushService.browser();
        Browser cys = pushService.browser();
        ok(api.post("/api/v1/push-subscriptions", cy.token(), shared.subscriptionJson()), 201);
        ok(api.post("/api/v1/push-subscriptions", cy.token(), cys.subscriptionJson()), 201);
        assertThat(api.delete("/api/v1/push-subscriptions?endpoint="
                + URLEncoder.encode(cys.endpoint(), StandardCharsets.UTF_8), dee.token()).status()).isEqualTo(204);
        assertThat(endpoints(cy)).as("dee cannot forget cy's").containsExactlyInAnyOrder(shared.endpoint(), cys.endpoint());
        assertThat(endpoints(dee)).isEmpty();

        ok(api.post("/api/v1/push-subscriptions", dee.token(), shared.subscriptionJson()), 201);
        assertThat(endpoints(dee)).containsExactly(shared.endpoint());
        assertThat(endpoints(cy)).as("the shared browser now reminds dee alone").containsExactly(cys.endpoint());
    }

    private static coach.kaizen.app.testing.ApiClient.Reply post(Person who, String endpoint, String p256dh, String auth) {
        return api.sendingBadInput().post("/api/v1/push-subscriptions", who.token(), "{\"endpoint\":\"" + endpoint
                + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh + "\",\"auth\":\"" + auth + "\"}}");
    }

    private static java.util.List<String> endpoints(Person who) {
        JsonNode list = ok(api.get("/api/v1/push-subscriptions", who.token()), 200);
        java.util.List<String> endpoints = new java.util.ArrayList<>();
        list.forEach(item -> endpoints.add(item.get("endpoint").asText()));
        return endpoints;
    }
}
