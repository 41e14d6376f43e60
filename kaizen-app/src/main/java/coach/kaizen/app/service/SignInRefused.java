package coach.kaizen.app.service;

import coach.kaizen.core.text.Message;

/** Wrong username or password, said the same way for both so that usernames cannot be discovered. */
public final class SignInRefused extends Explained {

    public SignInRefused() {
        super(Message.of("problem.signInRefused"));
    }
}
