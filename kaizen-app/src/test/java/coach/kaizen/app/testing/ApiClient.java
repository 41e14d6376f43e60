package coach.kaizen.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small client for /api/v1 over java.net.http, with the checks every request and answer of the API must
 * pass (see {@link ApiDocument}); {@link #sendingBadInput()} for the requests a test gets wrong on purpose.
 */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final String PASSWORD = "a long secret";

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Addresses for the clients behind the proxy the shared test apps trust (IPv6's documentation range). */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final URI base;
    private final HttpClient http;
    private final boolean manyClients;
    private final Duration patience;
    /** Whether each request's body is checked against the API document before its answer is. */
    private final boolean checkRequests;

    public ApiClient(String baseUrl) {
        this(URI.create(baseUrl), HttpClient.newHttpClient(), false, null, true);
    }

    private ApiClient(URI base, HttpClient http, boolean manyClients, Duration patience, boolean checkRequests) {
        this.base = base;
        this.http = http;
        this.manyClients = manyClients;
        this.patience = patience;
        this.checkRequests = checkRequests;
    }

    /** The same client, whose requests give up (an {@link UncheckedIOException}) when no answer comes {@code within}. */
    public ApiClient within(Duration within) {
        return new ApiClient(base, http, manyClients, within, checkRequests);
    }

    /**
     * This client, for requests a test sends against the API document on purpose (a wrong type, a value
     * out of range, a field missing, another content type), to see them refused: their bodies are not
     * checked against the document; their answers still are.
     */
    public ApiClient sendingBadInput() {
        return new ApiClient(base, http, manyClients, patience, false);
    }

    /**
     * A client that stands for the many people of a whole test run behind one proxy (which the app
     * must trust): each request comes forwarded from an address of its own, so the app's limits per
     * address, shared by the run's hundreds of sign-ups and wrong passwords, are not reached. The
     * limits per username still count; the tests of the limits themselves start apps of their own.
     */
    public static ApiClient behindProxy(String baseUrl) {
        return new ApiClient(URI.create(baseUrl), HttpClient.newHttpClient(), true, null, true);
    }

    /** The request as forwarded by a trusted proxy from a client address of its own, unless it names one itself. */
    static HttpRequest fromAnotherClient(HttpRequest request) {
        if (request.headers().firstValue("X-Forwarded-For").isPresent()) {
            return request;
        }
        int client = CLIENTS.incrementAndGet();
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("X-Forwarded-For", "2001:db8:" + Integer.toHexString(client >>> 16) + ":"
                        + Integer.toHexString(client & 0xffff) + "::1")
                .build();
    }

    /** Sends {@code request}, whose body ({@code body}, of {@code contentType}) the document must take, unless this client sends bad input. */
    private Reply exchange(String method, String path, HttpRequest request, String contentType, String body) {
        if (checkRequests && path.startsWith("/api/v1/")) {
            ApiDocument.shipped().checkRequest(method, path, contentType, body);
        }
        return exchange(http, method, path, patient(manyClients ? fromAnotherClient(request) : request, patience));
    }

    /** The request, given up when no answer comes within {@code patience} (null: waited for as long as it takes). */
    static HttpRequest patient(HttpRequest request, Duration patience) {
        return patience == null ? request : HttpRequest.newBuilder(request, (name, value) -> true).timeout(patience).build();
    }

    /** One answer: what was asked, and what came back. */
    public record Reply(String method, String path, int status, HttpHeaders headers, String body) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(this + " did not answer JSON", e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + contentType() + " " + body;
        }
    }

    /** A person with a token: what most tests start from. */
    public record Person(long id, String username, String token, long tokenId) {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(method, path, request.build(), body == null ? null : "application/json", body);
    }

    public Reply sendWithHeader(String method, String path, String header, String value, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header(header, value);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return exchange(method, path, request.build(), body == null ? null : "application/json", body);
    }

    /** A JSON POST, without a token, forwarded by a proxy from {@code address}. */
    public Reply postFrom(String address, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return exchange("POST", path, request, "application/json", body);
    }

    /** A POST carrying an {@code Idempotency-Key} header (sent exactly as given, quotes and all). */
    public Reply postOnce(String path, String token, String idempotencyKey, String body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return exchange("POST", path, request, "application/json", body);
    }

    /** Sends {@code request} on {@code http}, for this client and for a {@link Browser}, which keeps cookies. */
    static Reply exchange(HttpClient http, String method, String path, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(method, path, response.statusCode(), response.headers(), response.body());
            described(reply.method(), reply.path(), reply.status(), reply.contentType(), reply.body());
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer under /api/v1/ is one the API document describes (see {@link ApiDocument#check}). */
    private static void described(String method, String path, int status, String contentType, String body) {
        if (path.startsWith("/api/v1/")) {
            ApiDocument.shipped().check(method, path, status, contentType, body);
        }
    }

    /** A file as the raw body, of {@code contentType}. */
    public Reply upload(String path, String token, String contentType, byte[] file) {
        return sendBytes("POST", path, token, contentType, file);
    }

    /** Any bytes as the body, of {@code contentType}, with any method. */
    public Reply sendBytes(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return exchange(method, path, request, contentType,
                body.length == 0 ? null : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A GET whose answer is a file. */
    public HttpResponse<byte[]> download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .build();
        try {
            HttpResponse<byte[]> file = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = file.headers().firstValue("Content-Type").orElse("");
            // A file's bytes are not JSON; a problem (or our JSON export) is checked as text.
            described("GET", path, file.statusCode(), type,
                    type.contains("json") ? new String(file.body(), java.nio.charset.StandardCharsets.UTF_8) : null);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Reply post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    public Reply put(String path, String token, String body) {
        return send("PUT", path, token, body);
    }

    public Reply patch(String path, String token, String body) {
        return send("PATCH", path, token, body);
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    // ---- making things, each checked to have worked ----

    public Person person(String prefix) {
        String username = uniqueName(prefix);
        Reply signUp = post("/api/v1/signup", null,
                json(java.util.Map.of("username", username, "password", PASSWORD, "timeZone", "Europe/Paris")));
        ok(signUp, 201);
        Reply token = post("/api/v1/tokens", null,
                json(java.util.Map.of("username", username, "password", PASSWORD, "name", "tests")));
        JsonNode created = ok(token, 201);
        return new Person(signUp.json().get("id").asLong(), username, created.get("token").asText(),
                created.get("id").asLong());
    }

    public long aim(Person who, String title) {
        return aimOfKind(who, title, "BUILD");
    }

    /** An aim to recover, without a counter. */
    public long recoveryAim(Person who, String title) {
        return aimOfKind(who, title, "RECOVER");
    }

    private long aimOfKind(Person who, String title, String kind) {
        return ok(post("/api/v1/aims", who.token(), "{\"title\":" + json(title) + ",\"kind\":\"" + kind + "\"}"), 201)
                .get("id").asLong();
    }

    public long step(Person who, long aimId, String body) {
        return ok(post("/api/v1/aims/" + aimId + "/steps", who.token(), body), 201).get("id").asLong();
    }

    public long step(Person who, long aimId) {
        return step(who, aimId, "{\"action\":\"Walk\",\"amount\":5,\"unit\":\"minutes\"}");
    }

    // ---- checks ----

    /** A successful JSON answer with this status; its body. */
    public static JsonNode ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/json");
        return reply.json();
    }

    /**
     * An RFC 9457 problem with this status, whose detail says something useful (and contains each
     * of {@code detailParts}) without leaking the server's insides; its body.
     */
    public static JsonNode problem(Reply reply, int status, String... detailParts) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).as(reply.toString()).isEqualTo(status);
        assertThat(problem.path("title").asText()).as(reply.toString()).isNotBlank();
        String detail = problem.path("detail").asText();
        assertThat(detail).as(reply.toString()).isNotBlank()
                .doesNotContain("Exception", "com.fasterxml", "at [Source", "SQL");
        for (String part : detailParts) {
            assertThat(detail).as(reply.toString()).contains(part);
        }
        String path = reply.path().contains("?") ? reply.path().substring(0, reply.path().indexOf('?')) : reply.path();
        assertThat(problem.path("instance").asText()).as(reply.toString()).isEqualTo(path);
        return problem;
    }

    public static String detail(Reply reply) {
        return reply.json().path("detail").asText();
    }
}
