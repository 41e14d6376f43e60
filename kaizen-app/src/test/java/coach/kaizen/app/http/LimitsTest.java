package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.ApiTestBase;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever the size of what comes in, the answer is a 4xx in our words, never a 500. */
class LimitsTest extends ApiTestBase {

    private static final String LONG = "a".repeat(250_000);

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

    @Test
    void aBodySaidToBeOverTenMegabytesIsRefusedBeforeAByteIsRead() throws Exception {
        try (Socket socket = new Socket(URI.create(url()).getHost(), URI.create(url()).getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: here\r\nContent-Type: multipart/form-data;"
                    + " boundary=XyZ\r\nContent-Length: 20000000\r\n\r\n--XyZ\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // No more is sent: the answer cannot wait for the rest.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("10 MB at most");
        }
    }

    @Test
    void aUriOrAHeaderTooLongIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> uri = fresh().send(HttpRequest.newBuilder(
                URI.create(url() + "today?q=" + "a".repeat(20_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uri.statusCode()).isEqualTo(414);
        assertThat(uri.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
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

    private static HttpResponse<String> send(String path, String type, String body) throws IOException,
            InterruptedException {
        return fresh().send(HttpRequest.newBuilder(URI.create(url() + path.substring(1))).header("Accept", "text/html")
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
