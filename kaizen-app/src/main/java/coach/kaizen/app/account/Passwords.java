package coach.kaizen.app.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id with OWASP's minimum settings (19 MiB, 2 passes, 1 lane): slow for an attacker, quick enough for a sign-in. */
final class Passwords {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /** Checked when the username is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DECOY = hash("a password nobody has");

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    static boolean matches(String password, String hash) {
        return hash != null && Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    static void spendTheSameTime(String password) {
        matches(password, DECOY);
    }
}
