package coach.kaizen.app.web;

/** No valid session or token came with a request that needs one. */
final class SignInRequired extends RuntimeException {

    SignInRequired(String message) {
        super(message);
    }
}
