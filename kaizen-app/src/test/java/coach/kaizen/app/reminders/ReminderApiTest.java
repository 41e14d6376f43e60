package coach.kaizen.app.reminders;

import static coach.kaizen.app.testing.ApiClient.ok;
import static coach.kaizen.app.testing.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReminderApiTest extends ApiTestBase {

    @Test
    void aStepsRemindersAreSetOnCreateAndPatchAndShownInItsJson() {
        Person ana = api.person("ana");
        long aimId = api.aim(ana, "Move more");
        JsonNode made = ok(api.post("/api/v1/aims/" + aimId + "/steps", ana.token(),
                "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\",\"reminders\":[\"18:30\",\"07:05\"]}"), 201);
        assertThat(texts(made.get("reminders"))).containsExactly("07:05", "18:30");
        String step = "/api/v1/steps/" + made.get("id").asLong();
        assertThat(texts(ok(api.get(step, ana.token()), 200).get("reminders"))).containsExactly("07:05", "18:30");
        assertThat(texts(ok(api.patch(step, ana.token(), "{\"amount\":6}"), 200).get("reminders")))
                .as("a patch without reminders keeps them").containsExactly("07:05", "18:30");
        assertThat(ok(api.patch(step, ana.token(), "{\"reminders\":[]}"), 200).get("reminders")).isEmpty();
        problem(api.sendingBadInput().patch(step, ana.token(), "{\"reminders\":[\"7pm\"]}"), 400, "07:30", "7pm");
        problem(api.sendingBadInput().patch(step, ana.token(),
                "{\"reminders\":[\"01:00\",\"02:00\",\"03:00\",\"04:00\",\"05:00\",\"06:00\",\"07:00\"]}"), 400, "6");
        JsonNode listed = ok(api.get("/api/v1/aims/" + aimId + "/steps", ana.token()), 200);
        assertThat(listed.get(0).get("reminders")).isEmpty();
    }

    @Test
    void quietHoursAndTheSessionReminderAreTheirsToSet() {
        Person ben = api.person("ben");
        JsonNode none = ok(api.get("/api/v1/me/reminders", ben.token()), 200);
        assertThat(none.get("quietHours").isNull()).isTrue();
        assertThat(none.get("calendarFeed").asBoolean()).isFalse();
        JsonNode set = ok(api.patch("/api/v1/me/reminders", ben.token(),
                "{\"quietHours\":{\"from\":\"22:00\",\"to\":\"07:00\"},\"sessionReminder\":\"20:00\"}"), 200);
        assertThat(set.get("quietHours").get("from").asText()).isEqualTo("22:00");
        assertThat(set.get("quietHours").get("to").asText()).isEqualTo("07:00");
        assertThat(set.get("sessionReminder").asText()).isEqualTo("20:00");
        JsonNode later = ok(api.patch("/api/v1/me/reminders", ben.token(), "{\"sessionReminder\":null}"), 200);
        assertThat(later.get("sessionReminder").isNull()).isTrue();
        assertThat(later.get("quietHours").get("from").asText()).as("kept").isEqualTo("22:00");
        problem(api.patch("/api/v1/me/reminders", ben.token(), "{\"quietHours\":{\"from\":\"22:00\",\"to\":\"22:00\"}}"),
                400, "quiet hours");
        problem(api.sendingBadInput().patch("/api/v1/me/reminders", ben.token(), "{\"sessionReminder\":\"25:00\"}"), 400, "25:00");
        problem(api.sendingBadInput().patch("/api/v1/me/reminders", ben.token(), "{\"quietHours\":{\"from\":\"23:00\"}}"),
                400, "quiet hours need both a start and an end, or neither");
        assertThat(ok(api.get("/api/v1/me/reminders", ben.token()), 200).get("quietHours").get("from").asText())
                .as("kept").isEqualTo("22:00");
    }

    @Test
    void quietHoursAreAlsoOnThePersonsOwnJson() {
        Person eve = api.person("eve");
        assertThat(ok(api.get("/api/v1/me", eve.token()), 200).get("quietHours").isNull()).isTrue();
        JsonNode set = ok(api.patch("/api/v1/me", eve.token(),
                "{\"quietHours\":{\"from\":\"21:30\",\"to\":\"06:45\"},\"dayStartHour\":4}"), 200);
        assertThat(set.get("quietHours").get("from").asText()).isEqualTo("21:30");
        assertThat(set.get("dayStartHour").asInt()).isEqualTo(4);
        JsonNode reminders = ok(api.get("/api/v1/me/reminders", eve.token()), 200);
        assertThat(reminders.get("quietHours").get("to").asText()).as("one setting, two places").isEqualTo("06:45");

        JsonNode moved = ok(api.patch("/api/v1/me", eve.token(), "{\"timeZone\":\"Asia/Tokyo\"}"), 200);
        assertThat(moved.get("quietHours").get("from").asText()).as("a patch without them keeps them").isEqualTo("21:30");
        problem(api.sendingBadInput().patch("/api/v1/me", eve.token(), "{\"quietHours\":{\"from\":\"9pm\",\"to\":\"06:45\"},"
                + "\"timeZone\":\"Europe/Lisbon\"}"), 400, "9pm");
        JsonNode kept = ok(api.get("/api/v1/me", eve.token()), 200);
        assertThat(kept.get("timeZone").asText()).as("a refused patch changes nothing").isEqualTo("Asia/Tokyo");
        assertThat(ok(api.patch("/api/v1/me", eve.token(), "{\"quietHours\":null}"), 200).get("quietHours").isNull())
                .isTrue();
        assertThat(ok(api.get("/api/v1/me/reminders", eve.token()), 200).get("quietHours").isNull()).isTrue();
    }

    @Test
    void aWebhookIsHttpOrHttpsAndNothingElse() {
        Person cy = api.person("cy");
        problem(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":\"ftp://files.example/drop\"}"), 400,
                "http://", "https://");
        problem(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":\"javascript:alert(1)\"}"), 400, "https://");
        problem(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":\"https://\"}"), 400);
        problem(api.post("/api/v1/me/webhook/test", cy.token(), ""), 422, "webhook");
        JsonNode set = ok(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":\"https://ntfy.example/cy-topic\"}"), 200);
        assertThat(set.get("webhook").asText()).isEqualTo("https://ntfy.example/cy-topic");
        assertThat(ok(api.put("/api/v1/me/webhook", cy.token(), "{\"url\":null}"), 200).get("webhook").isNull()).isTrue();
    }

    @Test
    void theCalendarFeedIsASecretAddressThatANewOneOrARevokeEnds() {
        Person dee = api.person("dee");
        long aimId = api.aim(dee, "Read more");
        ok(api.post("/api/v1/aims/" + aimId + "/steps", dee.token(),
                "{\"action\":\"Read\",\"amount\":5,\"unit\":\"pages\",\"schedule\":\"mon,thu\",\"reminders\":[\"21:00\"]}"),
                201);
        String first = ok(api.post("/api/v1/calendar-feed", dee.token(), ""), 201).get("url").asText();
        assertThat(first).endsWith(".ics");
        Reply feed = api.get(path(first), null);
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TH")
                .contains("SUMMARY:Read").contains("TZID:Europe/Paris");
        assertThat(ok(api.get("/api/v1/me/reminders", dee.token()), 200).get("calendarFeed").asBoolean()).isTrue();

        String second = ok(api.post("/api/v1/calendar-feed", dee.token(), ""), 201).get("url").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get(path(first), null).status()).as("the old address stops working").isEqualTo(404);
        assertThat(api.get(path(second), null).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/calendar-feed", dee.token()).status()).isEqualTo(204);
        assertThat(api.get(path(second), null).status()).isEqualTo(404);
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }
}
