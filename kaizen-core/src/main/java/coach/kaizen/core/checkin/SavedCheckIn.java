package coach.kaizen.core.checkin;

import java.time.Instant;

/** A check-in as kept: when it was first given and when last corrected. */
public record SavedCheckIn(long id, long stepId, CheckIn checkIn, Instant createdAt, Instant updatedAt) {
}
