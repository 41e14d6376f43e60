package coach.kaizen.core.recovery;

import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;

/**
 * An urge as the person tells it, checked before it is saved.
 *
 * @param intensity how strong, 0–10
 * @param passed    it passed without use
 */
public record UrgeDraft(Integer intensity, String trigger, String place, String helped, Boolean passed) {

    public static final int MAX_TEXT = 200;

    public UrgeDraft {
        if (intensity == null || intensity < 0 || intensity > 10) {
            throw new Refused("recovery.problem.intensity");
        }
        if (passed == null) {
            throw new Refused("recovery.problem.passed");
        }
        trigger = Text.optional(trigger, "trigger", MAX_TEXT);
        place = Text.optional(place, "place", MAX_TEXT);
        helped = Text.optional(helped, "helped", MAX_TEXT);
    }
}
