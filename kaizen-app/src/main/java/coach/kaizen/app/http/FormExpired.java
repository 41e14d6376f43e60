package coach.kaizen.app.http;

/** A form came back without the token its page gave it: from another site, or from a page left open too long. */
final class FormExpired extends RuntimeException {
}
