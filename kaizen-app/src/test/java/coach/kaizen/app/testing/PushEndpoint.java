package coach.kaizen.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service on this machine (the JDK's own HTTP server), for browsers made here as a browser
 * makes them: a P-256 key pair and a 16-byte auth secret each. Every push it is sent, it checks as a
 * push service and the browser would, written from the RFCs with nothing but the JDK: the VAPID
 * {@code Authorization: vapid t=…, k=…} (RFC 8292; an ES256 JWT verified with k), and the body,
 * decrypted as RFC 8291 says (ECDH, HKDF, AES-128-GCM, the aes128gcm header of RFC 8188). What
 * could not be checked goes to {@link #problems()}; what could, to {@link #received()}.
 */
public final class PushEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_BASE64URL = Base64.getUrlDecoder();
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_\\-.]+), ?k=([A-Za-z0-9_\\-]+)");

    /**
     * A push as it arrived, checked.
     *
     * @param path     the subscription's path (which browser)
     * @param headers  TTL, Urgency, Topic, Content-Encoding, as sent
     * @param vapidKey the k= of the Authorization header, which verified the JWT
     * @param claims   the JWT's claims (aud, exp, sub)
     * @param message  the decrypted payload, as JSON
     */
    public record Push(String path, Map<String, String> headers, String vapidKey, JsonNode claims, JsonNode message) {
    }

    /** A browser's side of a subscription: its keys, and the endpoint its push service gave it here. */
    public final class Browser {

        private final KeyPair keys;
        private final byte[] auth;
        private final String path;

        private Browser(String path) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                this.keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            this.auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            this.path = path;
        }

        public String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        /** keys.p256dh: the public key as an uncompressed point, base64url. */
        public String p256dh() {
            return BASE64URL.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
        }

        /** keys.auth, base64url. */
        public String auth() {
            return BASE64URL.encodeToString(auth);
        }

        /** The subscription as a browser's PushSubscription.toJSON() writes it. */
        public String subscriptionJson() {
            return "{\"endpoint\":\"" + endpoint() + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh()
                    + "\",\"auth\":\"" + auth() + "\"}}";
        }

        /** RFC 8291 §3.4 and RFC 8188 §2, as the browser decrypts: one record, padding delimited by 0x02. */
        byte[] decrypt(byte[] body) throws GeneralSecurityException {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] serverKey = new byte[in.get() & 0xff];
            in.get(serverKey);
            byte[] cipherText = new byte[in.remaining()];
            in.get(cipherText);
            if (serverKey.length != 65 || cipherText.length > recordSize) {
                throw new GeneralSecurityException("keyid is no P-256 point, or more than one record");
            }
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(publicKey(serverKey, ((ECPublicKey) keys.getPublic()).getParams()), true);
            byte[] ecdhSecret = agreement.generateSecret();
            byte[] uaPublic = uncompressed((ECPublicKey) keys.getPublic());
            byte[] keyInfo = concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, uaPublic,
                    serverKey);
            byte[] ikm = hkdf(auth, ecdhSecret, keyInfo, 32);
            byte[] cek = hkdf(salt, ikm, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {0}), 16);
            byte[] nonce = hkdf(salt, ikm, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {0}), 12);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = gcm.doFinal(cipherText);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new GeneralSecurityException("the last record's padding delimiter is not 0x02");
            }
            return Arrays.copyOf(padded, end);
        }
    }

    private final HttpServer server;
    private final Map<String, Browser> browsers = new ConcurrentHashMap<>();
    private final List<Push> received = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(201);
    private final AtomicInteger tries = new AtomicInteger();

    private PushEndpoint(HttpServer server) {
        this.server = server;
    }

    public static PushEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            PushEndpoint endpoint = new PushEndpoint(server);
            server.createContext("/", endpoint::take);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new browser, with keys of its own and an endpoint here that stands for a secret. */
    public Browser browser() {
        Browser browser = new Browser("/push/" + BASE64URL.encodeToString(new SecureRandom().generateSeed(12)));
        browsers.put(browser.path, browser);
        return browser;
    }

    /** The status every push is answered with from now on (201 at first). */
    public void answer(int status) {
        answer.set(status);
    }

    public List<Push> received() {
        return List.copyOf(received);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every request that reached it, checked or not. */
    public int tries() {
        return tries.get();
    }

    /** Where pushes come from, as the JWT's aud must say: this endpoint's origin. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void take(HttpExchange exchange) throws IOException {
        tries.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        try {
            Browser browser = browsers.get(path);
            if (browser == null || !"POST".equals(exchange.getRequestMethod())) {
                throw new GeneralSecurityException("no subscription at " + path);
            }
            Matcher vapid = VAPID.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (!vapid.matches()) {
                throw new GeneralSecurityException("Authorization is not vapid t=…, k=…");
            }
            JsonNode claims = verified(vapid.group(1), vapid.group(2), ((ECPublicKey) browser.keys.getPublic()).getParams());
            Map<String, String> headers = new ConcurrentHashMap<>();
            for (String name : List.of("TTL", "Urgency", "Topic", "Content-Encoding")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            JsonNode message = JSON.readTree(new String(browser.decrypt(body), StandardCharsets.UTF_8));
            received.add(new Push(path, headers, vapid.group(2), claims, message));
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add(e.toString());
        }
        exchange.sendResponseHeaders(answer.get(), -1);
        exchange.close();
    }

    /** The JWT's claims, once its ES256 signature (R and S, 32 bytes each) is verified with {@code key}. */
    private static JsonNode verified(String jwt, String key, ECParameterSpec curve) throws GeneralSecurityException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new GeneralSecurityException("a JWT has three parts");
        }
        JsonNode header = json(FROM_BASE64URL.decode(parts[0]));
        if (!"ES256".equals(header.path("alg").asText())) {
            throw new GeneralSecurityException("the JWT is not ES256: " + header);
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(FROM_BASE64URL.decode(key), curve));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(FROM_BASE64URL.decode(parts[2]))) {
            throw new GeneralSecurityException("the JWT's signature does not verify with k");
        }
        return json(FROM_BASE64URL.decode(parts[1]));
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HKDF (RFC 5869) with SHA-256, for at most one block of output. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        byte[] prk = hmac(salt, ikm);
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }

    private static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] {4}, unsigned32(key.getW().getAffineX()), unsigned32(key.getW().getAffineY()));
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int from = Math.max(0, bytes.length - 32);
        System.arraycopy(bytes, from, fixed, 32 - (bytes.length - from), bytes.length - from);
        return fixed;
    }

    private static ECPublicKey publicKey(byte[] point, ECParameterSpec curve) throws GeneralSecurityException {
        if (point.length != 65 || point[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, curve));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
