package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/**
 * Wrong username or password, said the same way for both so that usernames cannot be discovered;
 * or, for a signed-in person confirming a change, a password that is not theirs.
 */
public final class SignInRefused extends Explained {

    public SignInRefused() {
        super(Message.of("problem.signInRefused"));
    }

    /** A password given to confirm a change (a new password, deleting the account) that is not the person's. */
    public static SignInRefused notYourPassword() {
        return new SignInRefused(Message.of("problem.passwordNotYours"));
    }

    private SignInRefused(Message said) {
        super(said);
    }
}
