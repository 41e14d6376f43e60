package coach.kaizen.app.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.Duration;

/**
 * Argon2id with OWASP's minimum settings (19 MiB, 2 passes, 1 lane): slow for an attacker, quick enough
 * for a sign-in. Two hashes at a time in the whole app, with at most 32 waiting (each at most 10 s):
 * the memory a flood of guesses can take is bounded, and other requests keep their CPU.
 */
final class Passwords {

    static final WorkGate ARGON2 = new WorkGate(2, 32, Duration.ofSeconds(10));

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /** Checked when the username is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DECOY = Password.hash("a password nobody has").addRandomSalt(16).with(ARGON2ID)
            .getResult();

    private Passwords() {
    }

    static String hash(String password) {
        return ARGON2.run(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    static boolean matches(String password, String hash) {
        return ARGON2.run(() -> hash != null
                && Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    static void spendTheSameTime(String password) {
        matches(password, DECOY);
    }
}
