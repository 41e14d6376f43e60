package coach.kaizen.app.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Random secrets (session ids, tokens) and the hashes we store in their place. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, URL-safe. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A random password of {@code length} URL-safe characters (at most 43) without {@code username} in
     * it, whatever the case, as every new password must be.
     */
    public static String password(int length, String username) {
        String name = username.toLowerCase(Locale.ROOT);
        String password = random().substring(0, length);
        while (password.toLowerCase(Locale.ROOT).contains(name)) {
            password = random().substring(0, length);
        }
        return password;
    }

    /** SHA-256 is enough here: the secrets are random, so there is nothing to guess from a hash. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
