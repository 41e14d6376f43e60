package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Fuzzed;
import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whatever a client sends to a route that writes — JSON bodies, our export to import, Loop's
 * files — goes through the real app (its mapper, the services' checks, the database) and is
 * answered with success or a refusal in problem JSON: never a 500.
 *
 * <p>An input is the request line, "PUT /api/v1/steps/{step}/check-ins/2026-11-21", then a newline
 * and the body's bytes. {aim}, {recovery} and {step} stand for a build aim, a recovery aim and a
 * step of the one person the inputs write as.
 */
class ApiBodiesFuzzTest extends ApiTestBase {

    /** Routes left out: ones that make accounts or tokens (slow on purpose), end the account, or reach outside. */
    private static final List<String> LEFT_OUT = List.of("/api/v1/signup", "/api/v1/tokens", "/api/v1/me/password",
            "/api/v1/me/webhook");
    private static final List<String> WRITING = List.of("POST", "PUT", "PATCH");

    static {
        // Fuzzing for longer turns on Jazzer's check for requests to other servers: the app here is ours to call.
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.equals("127.0.0.1"));
    }

    private static Person person;
    private static String aim;
    private static String recovery;
    private static String step;

    @FuzzTest
    void answersWithSuccessOrARefusal(byte[] input) {
        String text = Fuzzed.text(input);
        int newline = text.indexOf('\n');
        String[] line = (newline < 0 ? text : text.substring(0, newline)).strip().split(" +", 2);
        if (line.length < 2 || !WRITING.contains(line[0].toUpperCase(Locale.ROOT))
                || LEFT_OUT.stream().anyMatch(line[1]::startsWith)) {
            return;
        }
        String path = path(line[1]);
        if (!path.matches("/api/v1/[\\w/.=&?-]*")) {
            return;
        }
        byte[] body = newline < 0 ? new byte[0]
                : Arrays.copyOfRange(input, text.substring(0, newline + 1).getBytes(StandardCharsets.UTF_8).length,
                        input.length);
        // Any bytes at all, most of them what the API document does not take: sent as bad input on purpose.
        Reply reply = api.sendingBadInput().sendBytes(line[0].toUpperCase(Locale.ROOT), path, person.token(),
                path.startsWith("/api/v1/import/loop") ? "application/octet-stream" : "application/json", body);
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asText()).as(reply.toString()).isNotBlank();
        }
    }

    private static String path(String written) {
        if (person == null) {
            person = api.person("fuzz");
            aim = Long.toString(api.aim(person, "Move more"));
            recovery = ok(api.post("/api/v1/aims", person.token(), "{\"title\":\"Less sugar\",\"kind\":\"RECOVER\"}"), 201)
                    .get("id").asText();
            step = Long.toString(api.step(person, Long.parseLong(aim)));
        }
        return written.replace("{aim}", aim).replace("{recovery}", recovery).replace("{step}", step);
    }
}
