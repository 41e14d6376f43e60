package coach.kaizen.core.loop;

import java.time.LocalDate;

/**
 * One day of a Loop habit as Loop stores it. A yes-no habit's value is one of the constants
 * below; a numerical habit's is the amount ×1000 (2.5 km is 2500), with {@link #SKIP} and
 * {@link #UNKNOWN} as for yes-no.
 */
public record LoopEntry(LocalDate day, int value, String notes) {

    public static final int YES_MANUAL = 2;
    /** Filled in by Loop on the days a non-daily schedule did not ask for: never something done. */
    public static final int YES_AUTO = 1;
    public static final int NO = 0;
    public static final int SKIP = 3;
    public static final int UNKNOWN = -1;

    public LoopEntry {
        notes = notes == null ? "" : notes;
    }
}
