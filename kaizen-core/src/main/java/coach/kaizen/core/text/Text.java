package coach.kaizen.core.text;

/** The rules every piece of text a person types follows: trimmed, and no longer than its field allows. */
public final class Text {

    private Text() {
    }

    /** {@code value} trimmed; it must not be empty. */
    public static String required(String value, String field, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw new Refused(Message.of("problem.required", field), field + " is required");
        }
        return text;
    }

    /** {@code value} trimmed, or null when nothing was typed. */
    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            // The length as a String: a quantity we write without grouping ("1000"), as the field's limit.
            throw new Refused(Message.of("problem.tooLong", field, String.valueOf(maxLength)),
                    field + " can be at most " + maxLength + " characters");
        }
        return text;
    }
}
