package coach.kaizen.core.loop;

import coach.kaizen.core.step.Measure;

/**
 * A habit as Loop Habit Tracker keeps it, in its backup's {@code Habits} table or its
 * {@code Habits.csv}: n times in d days, yes-no or numerical (then with a unit and a target to
 * reach or stay under, for each run of d days).
 *
 * @param position   the habit's place in Loop's list, from 1 (the CSV folder's number)
 * @param uuid       Loop's own id for the habit, in backups from schema version 24 on; else null
 * @param target     in the habit's unit (Loop keeps targets as they are; only entries are ×1000)
 */
public record LoopHabit(int position, String name, String question, String description, boolean numerical,
        int times, int days, String unit, Measure.Kind targetKind, double target, boolean archived, String uuid) {

    public LoopHabit {
        name = name == null ? "" : name;
        question = question == null ? "" : question;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        targetKind = targetKind == null ? Measure.Kind.AT_LEAST : targetKind;
    }
}
