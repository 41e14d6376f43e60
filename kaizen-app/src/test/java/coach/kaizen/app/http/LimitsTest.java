package coach.kaizen.app.http;

import static coach.kaizen.app.testing.ApiClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiClient.Person;
import coach.kaizen.app.testing.ApiClient.Reply;
import coach.kaizen.app.testing.ApiTestBase;
import coach.kaizen.app.testing.Browser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever the size of what comes in, the answer is a 4xx in our words, never a 500. */
class LimitsTest extends ApiTestBase {

    private static final String LONG = "a".repeat(250_000);
    private static final byte[] MEGABYTE = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);

    @Test
    void aFormFieldTooLongIsA413PageOnEveryFormBeforeSignIn() throws Exception {
        for (String path : new String[] {"/login", "/signup", "/settings"}) {
            HttpResponse<String> multipart = send(path, "multipart/form-data; boundary=XyZ",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n" + LONG + "\r\n--XyZ--\r\n");
            assertThat(multipart.statusCode()).as(path + " " + multipart.body()).isEqualTo(413);
            assertThat(multipart.body()).contains("longer than we take (200,000 characters at most)");
            HttpResponse<String> form = send(path, "application/x-www-form-urlencoded",
                    "csrf=a-token&username=" + LONG);
            assertThat(form.statusCode()).as(path + " " + form.body()).isEqualTo(413);
            assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(form.body()).contains("longer than we take (200,000 characters at most)");
        }
    }

    @Test
    void aFormFieldJustShortEnoughIsReadAsAnyOther() throws Exception {
        HttpResponse<String> form = send("/login", "application/x-www-form-urlencoded",
                "username=" + "a".repeat(200_000));
        // Read whole, so the form's missing token is what it is told of.
        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
    }

    @Test
    void aFormFieldTooLongToTheApiIsA413Problem() throws Exception {
        HttpResponse<String> form = send("/api/v1/signup", "application/x-www-form-urlencoded", "username=" + LONG);
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(form.body()).contains("longer than we take (200,000 characters at most)");
    }

    @Test
    void aFormThatIsNoWholeMultipartFormIsA400NotAStackTrace() throws Exception {
        HttpResponse<String> page = send("/login", "multipart/form-data; boundary=XyZ", "no parts at all");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This form could not be read as it was sent");
        HttpResponse<String> api = send("/api/v1/signup", "multipart/form-data; boundary=XyZ", "--XyZ\r\ncut short");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** Read to its end, so a sender still writing is not cut off mid-send (a browser would show a network error). */
    @Test
    void aBodyALittleTooLargeIsReadToItsEndAndItsSenderToldWhy() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(headers("/api/v1/signup", "application/json", "Content-Length: " + 11 * MEGABYTE.length));
            for (int i = 0; i < 11; i++) {
                out.write(MEGABYTE);
            }
            assertThat(answer(socket)).startsWith("HTTP/1.1 413 ").contains("application/problem+json",
                    "That is more than we can take in one go: 10 MB at most.");
        }
    }

    @Test
    void aFileALittleTooLargeSentFromAPageIsAnsweredWithAReadablePage() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(headers("/settings/loop", "text/html", "Transfer-Encoding: chunked"));
            byte[] size = (Integer.toHexString(MEGABYTE.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 11; i++) {
                out.write(size);
                out.write(MEGABYTE);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(answer(socket)).startsWith("HTTP/1.1 413 ").contains("text/html",
                    "That is more than we can take in one go: 10 MB at most.", "href=\"/help\"");
        }
    }

    @Test
    void aFileTooLargeIsRefusedInTheLanguageOfThePersonSignedIn() {
        Person ana = api.person("ana");
        ok(api.patch("/api/v1/me", ana.token(), "{\"language\":\"es\"}"), 200);
        Browser browser = signedIn(ana);
        Reply refused = browser.post("/settings/loop", Map.of("csrf", Browser.csrf(browser.get("/settings/loop")),
                "file", "a".repeat(11 * 1024 * 1024)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("Es más de lo que podemos recibir de una vez: 10 MB como máximo.");
    }

    @Test
    void aBodySaidToBeFarTooLargeIsRefusedBeforeAByteIsRead() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(headers("/login", "text/html",
                    "Content-Length: " + (BodiesFirst.MAX_READ_TO_REFUSE + 1) + "\r\n\r\n--XyZ"));
            // No more is sent: the answer cannot wait for the rest.
            assertThat(answer(socket)).startsWith("HTTP/1.1 413 ").contains("10 MB at most", "Connection: close");
        }
    }

    @Test
    void aUriOrAHeaderTooLongIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> uri = fresh().send(HttpRequest.newBuilder(
                URI.create(url() + "today?q=" + "a".repeat(20_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uri.statusCode()).isEqualTo(414);
        assertThat(uri.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(uri.body()).as("the path is not echoed, nor a null in its place").doesNotContain("instance")
                .contains("\"status\":414");
        HttpResponse<String> header = fresh().send(HttpRequest.newBuilder(URI.create(url() + "today"))
                .header("X-Long", "a".repeat(20_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(header.statusCode()).isEqualTo(431);
    }

    /**
     * A client of its own for each request: the server closes the connection after some refusals (414,
     * 431, a broken multipart form), and a POST is never sent again on a connection closed under it.
     */
    private static HttpClient fresh() {
        return HttpClient.newHttpClient();
    }

    private static Socket connect() throws IOException {
        URI app = URI.create(url());
        Socket socket = new Socket(app.getHost(), app.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] headers(String path, String accept, String framing) {
        return ("POST " + path + " HTTP/1.1\r\nHost: " + URI.create(url()).getAuthority() + "\r\nAccept: " + accept
                + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** All the server said before it closed the connection. */
    private static String answer(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String path, String type, String body) throws IOException,
            InterruptedException {
        return fresh().send(HttpRequest.newBuilder(URI.create(url() + path.substring(1))).header("Accept", "text/html")
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
