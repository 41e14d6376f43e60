package coach.kaizen.core.picture;

import java.time.LocalDate;

/** One day's value on a line the shell draws. */
public record Point(LocalDate day, double value) {
}
