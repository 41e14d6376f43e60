package coach.kaizen.app.coach;

/** Wrong username or password, said the same way for both so that usernames cannot be discovered. */
public final class SignInRefused extends RuntimeException {

    public SignInRefused() {
        super("that username and password do not match an account");
    }
}
