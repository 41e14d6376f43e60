package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.db.PushStore.Subscription;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.PushEndpoint;
import coach.kaizen.app.testing.PushEndpoint.Browser;
import coach.kaizen.app.testing.PushEndpoint.Push;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.BrowserContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Notifications on this device, in Chromium: the settings page's own control subscribes and gives
 * the subscription to the server, a reminder comes due and the push service on this machine receives
 * it signed and decrypts it, and the service worker shows a pushed reminder as a notification.
 *
 * <p>Chromium's own pushManager needs Google's push service, which a test cannot reach, so the page
 * gets a stand-in for pushManager.subscribe that answers with a subscription at the local push
 * service (its keys made here as a browser makes them); everything else is the page's and the
 * worker's own code. The push to the worker goes through the DevTools protocol, as a push service would.
 */
class PushBrowserIT extends BrowserJourney {

    @Override
    protected Instant start() {
        return Instant.parse("2026-11-21T09:00:00Z"); // 10:00 in Paris
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("KAIZEN_REMINDER_TICK_SECONDS", "1", "KAIZEN_LOCAL_REMINDERS", "allow");
    }

    @Test
    void aPersonTurnsOnNotificationsHereAndAReminderArrives() throws InterruptedException {
        Person ana = app.services().accounts().signUp("ana", PASSWORD, Place.in("Europe/Paris"), null);
        Aim aim = app.services().aims().create(ana, new AimDraft("Move more", AimKind.BUILD));
        Step walk = app.services().steps().create(ana, aim.id(), new StepDraft("Walk",
                new Sizing(5, "minutes", 1, 1, null), null), List.of(LocalTime.of(10, 30))).step();
        try (PushEndpoint pushService = PushEndpoint.start()) {
            Browser device = pushService.browser();
            open(true);
            context.grantPermissions(List.of("notifications"),
                    new BrowserContext.GrantPermissionsOptions().setOrigin(app.url().replaceAll("/$", "")));
            page.addInitScript(standIn(device));
            logIn("ana");

            page.navigate(app.url() + "settings/reminders");
            assertThat(page.getByText("Notifications are off for this device.")).isVisible();
            press("Turn on notifications here");
            assertThat(page.getByText("Notifications are on for this device.")).isVisible();
            assertThat(page.getByText("Turn on notifications here")).isHidden();
            assertThat(page.evaluate("window.__subscribedWith")).as("the page subscribed with the app's key")
                    .isEqualTo(app.services().push().publicKey());
            assertThat(app.services().push().subscriptions(ana)).extracting(Subscription::endpoint)
                    .containsExactly(device.endpoint());
            screenshot("push-on-phone.png");

            clock.advance(Duration.ofMinutes(31));
            for (int waited = 0; pushService.received().isEmpty() && waited < 200; waited++) {
                Thread.sleep(50);
            }
            assertThat(pushService.problems()).isEmpty();
            Push push = pushService.received().get(0);
            assertThat(push.vapidKey()).isEqualTo(app.services().push().publicKey());
            assertThat(push.claims().get("aud").asText()).isEqualTo(pushService.origin());
            assertThat(push.claims().get("sub").asText()).isEqualTo(app.url());
            assertThat(push.message().get("title").asText()).isEqualTo("A small step is waiting");
            assertThat(push.message().get("url").asText()).isEqualTo(app.url() + "today#step-" + walk.id());

            deliverToTheWorker(push.message().toString());
            Object shown = null;
            for (int waited = 0; waited < 100 && (shown == null || shown.toString().equals("[]")); waited++) {
                shown = page.evaluate("navigator.serviceWorker.ready.then((r) => r.getNotifications())"
                        + ".then((all) => all.map((n) => n.title + ' | ' + n.body + ' | ' + n.data.url))");
                page.waitForTimeout(100);
            }
            assertThat(shown).asString().contains("A small step is waiting | Walk: whenever it suits you today."
                    + " A tiny version counts. | " + app.url() + "today#step-" + walk.id());

            press("Turn off notifications here");
            assertThat(page.getByText("Notifications are off for this device.")).isVisible();
            assertThat(page.getByText("Turn off notifications here")).isHidden();
            assertThat(app.services().push().subscriptions(ana)).isEmpty();
        }
        assertNoProblems();
    }

    /**
     * A test's browser is a private window, where Chromium offers no push service: subscribing fails in the
     * browser, and the page says that trying again will not help, not "try again in a moment".
     */
    @Test
    void aBrowserWithNoPushServiceIsToldSoAndOfferedTheOtherWays() {
        app.services().accounts().signUp("bea", PASSWORD, Place.in("Europe/Paris"), null);
        open(true);
        context.grantPermissions(List.of("notifications"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(app.url().replaceAll("/$", "")));
        logIn("bea");
        page.navigate(app.url() + "settings/reminders");
        assertThat(page.getByText("Notifications are off for this device.")).isVisible();
        press("Turn on notifications here");
        assertThat(page.getByText("This browser window cannot receive notifications (a private window often cannot)."
                + " Try a normal window, or let the calendar feed or a webhook remind you.")).isVisible();
        assertThat(page.getByText("Please try again in a moment")).isHidden();
        // Chromium's own word that this is its private mode, where push is not offered: the case this is about.
        problems.removeIf(problem -> problem.contains("does not support the Push API in incognito mode"));
        assertNoProblems();
    }

    /** The push service's part: a push message handed to the page's service worker through the DevTools protocol. */
    private void deliverToTheWorker(String data) {
        CDPSession cdp = context.newCDPSession(page);
        AtomicReference<String> registration = new AtomicReference<>();
        cdp.on("ServiceWorker.workerRegistrationUpdated", event -> event.getAsJsonArray("registrations")
                .forEach(one -> registration.compareAndSet(null, one.getAsJsonObject().get("registrationId").getAsString())));
        cdp.send("ServiceWorker.enable");
        for (int waited = 0; registration.get() == null && waited < 100; waited++) {
            page.waitForTimeout(50); // Playwright hands over the protocol's events while it waits
        }
        JsonObject push = new JsonObject();
        push.addProperty("origin", app.url().replaceAll("/$", ""));
        push.addProperty("registrationId", registration.get());
        push.addProperty("data", data);
        cdp.send("ServiceWorker.deliverPushMessage", push);
    }

    /** pushManager as the browser's would be, with a subscription at the local push service. */
    private static String standIn(Browser device) {
        return """
                (() => {
                    let subscription = null;
                    const made = {
                        endpoint: "%s",
                        toJSON: () => ({ endpoint: "%s", expirationTime: null, keys: { p256dh: "%s", auth: "%s" } }),
                        unsubscribe: async () => { subscription = null; return true; },
                    };
                    PushManager.prototype.getSubscription = async function () { return subscription; };
                    PushManager.prototype.subscribe = async function (options) {
                        const key = String.fromCharCode(...new Uint8Array(options.applicationServerKey));
                        window.__subscribedWith = btoa(key).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
                        subscription = made;
                        return made;
                    };
                })();
                """.formatted(device.endpoint(), device.endpoint(), device.p256dh(), device.auth());
    }
}
