package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Refused;

/**
 * A slip on a recovery aim: part of the path, never a verdict.
 *
 * @param confidence how sure the person is, 0–10, that they can do today's step; null until asked
 */
public record Slip(long id, long aimId, SlipDraft said, Integer confidence) {

    /** At or below this, the page offers the smallest version of each step as a fine place to stand. */
    public static final int LOW_CONFIDENCE = 5;

    public Slip {
        if (confidence != null) {
            confidence(confidence);
        }
    }

    /** A confidence answer, which must be given and be 0–10. */
    public static int confidence(Integer said) {
        if (said == null) {
            throw new Refused("recovery.problem.confidenceRequired");
        }
        if (said < 0 || said > 10) {
            throw new Refused("recovery.problem.confidence");
        }
        return said;
    }

    public boolean lowConfidence() {
        return confidence != null && confidence <= LOW_CONFIDENCE;
    }
}
