package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;
import java.time.Duration;

/**
 * The key a client made for one request (a check-in tapped offline, perhaps sent twice), with a
 * fingerprint of what that request asked: a repeat of the key gets the first answer, and the same
 * key with another request is refused rather than answered with the first one's answer.
 *
 * @param key         as the client made it: 1 to 255 visible ASCII characters (a UUID, say)
 * @param fingerprint a hash of the request's method, path and content
 */
public record IdempotencyKey(String key, String fingerprint) {

    public static final int MAX_LENGTH = 255;

    /** How long a key is kept; a check-in queued longer than this is too late to save anyway. */
    public static final Duration KEPT = Duration.ofDays(7);

    public IdempotencyKey {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new Invalid(Message.of("problem.idempotencyKey", MAX_LENGTH));
        }
    }

    /** The key for {@code request}, written out whole (method, path, content) in one canonical form. */
    public static IdempotencyKey of(String key, String request) {
        return new IdempotencyKey(key, Secrets.hash(request));
    }
}
