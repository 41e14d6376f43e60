package coach.kaizen.app.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may read the metrics: anyone who reaches them (on a port of their own, which the operator
 * keeps private), or only a scraper sending {@code Authorization: Bearer <token>}, compared in
 * constant time (digests of equal length, so not even the length shows).
 */
public final class MetricsAccess {

    private final byte[] token;

    private MetricsAccess(byte[] token) {
        this.token = token;
    }

    public static MetricsAccess open() {
        return new MetricsAccess(null);
    }

    public static MetricsAccess withToken(String token) {
        return new MetricsAccess(digest(token));
    }

    /** Whether a request with this Authorization header (null when none) may read the metrics. */
    public boolean allows(String authorization) {
        if (token == null) {
            return true;
        }
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        byte[] given = digest(bearer ? authorization.substring(7).strip() : "");
        return MessageDigest.isEqual(token, given) && bearer;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
