package coach.kaizen.core.step;

import java.time.LocalDate;

/** The concrete tiny action for an aim, with its sizing, its anchor ("after I …") and its first day. */
public record Step(long id, long aimId, String action, Sizing sizing, String anchor, Schedule schedule, LocalDate startDay) {
}
