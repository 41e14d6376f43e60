package coach.kaizen.core.progress;

import java.time.LocalDate;

/** The person took a smaller size than the coach offered for {@code day}. */
public record Choice(LocalDate day, double size) {
}
