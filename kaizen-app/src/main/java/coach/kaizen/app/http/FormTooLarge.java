package coach.kaizen.app.http;

/** A form field longer than {@link TypedText#MAX_FORM_FIELD} characters: refused whole (413), nothing saved. */
final class FormTooLarge extends RuntimeException {
}
