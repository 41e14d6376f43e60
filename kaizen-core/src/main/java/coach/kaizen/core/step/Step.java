package coach.kaizen.core.step;

import java.time.LocalDate;

/**
 * The concrete tiny action for an aim, with its sizing, its anchor ("after I …") and its first day.
 *
 * @param measure how a step brought over from a numeric Loop habit is scored, as Loop scores it;
 *                null for every other step (done or not, each day in its schedule)
 */
public record Step(long id, long aimId, String action, Sizing sizing, String anchor, Schedule schedule, LocalDate startDay,
        Measure measure) {

    /** A step scored by whether it was done. */
    public Step(long id, long aimId, String action, Sizing sizing, String anchor, Schedule schedule,
            LocalDate startDay) {
        this(id, aimId, action, sizing, anchor, schedule, startDay, null);
    }
}
