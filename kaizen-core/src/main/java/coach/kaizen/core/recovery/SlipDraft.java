package coach.kaizen.core.recovery;

import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/**
 * A slip as the person tells it: when, where, what was happening, how they feel, and one thing
 * that might help next time. Every part but the day may be left out.
 */
public record SlipDraft(LocalDate day, String place, String happening, String feeling, String nextTime) {

    public static final int MAX_TEXT = 200;

    public SlipDraft {
        if (day == null) {
            // The API and the form both call it "date".
            throw new Refused("problem.required", "date");
        }
        place = Text.optional(place, "place", MAX_TEXT);
        happening = Text.optional(happening, "happening", MAX_TEXT);
        feeling = Text.optional(feeling, "feeling", MAX_TEXT);
        // It may become an obstacle, so it keeps to an obstacle's length.
        nextTime = Text.optional(nextTime, "next time", Obstacle.MAX_TEXT);
    }
}
