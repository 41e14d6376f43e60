package coach.kaizen.core.recovery;

/**
 * A slip on a recovery aim: part of the path, never a verdict.
 *
 * @param confidence how sure the person is, 0–10, that they can do today's step; null until asked
 */
public record Slip(long id, long aimId, SlipDraft said, Integer confidence) {

    /** At or below this, the page offers the smallest version of each step as a fine place to stand. */
    public static final int LOW_CONFIDENCE = 5;

    public Slip {
        checkConfidence(confidence);
    }

    public static void checkConfidence(Integer confidence) {
        if (confidence != null && (confidence < 0 || confidence > 10)) {
            throw new IllegalArgumentException("confidence must be from 0 to 10");
        }
    }

    public boolean lowConfidence() {
        return confidence != null && confidence <= LOW_CONFIDENCE;
    }
}
