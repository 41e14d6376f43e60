package coach.kaizen.core.checkin;

import coach.kaizen.core.text.Refused;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;

/**
 * One check-in: a step on one of the person's own days.
 *
 * @param amount     what was actually done, if the person said (DONE only)
 * @param resistance how hard it felt to start, 0–10, if the person said
 */
public record CheckIn(LocalDate day, Outcome outcome, Double amount, Integer resistance, String note) {

    public static final int MAX_RESISTANCE = 10;
    /** The most an amount (or a step's size) may be when a person says it: more is no step anyone takes. */
    public static final double MOST_AMOUNT = 1_000_000;
    /** The finest an amount (or a step's size) may be when a person says it, other than none: finer would not show. */
    public static final double LEAST_AMOUNT = 0.001;
    public static final int MAX_NOTE = 1000;

    public CheckIn {
        note = Text.optional(note, "note", MAX_NOTE);
        if (day == null) {
            throw new Refused("steps.problem.checkIn.day");
        }
        if (outcome == null) {
            throw new Refused("steps.problem.checkIn.outcome");
        }
        if (amount != null && (!Double.isFinite(amount) || amount < 0)) {
            throw new Refused("steps.problem.checkIn.amount");
        }
        if (amount != null && outcome != Outcome.DONE) {
            throw new Refused("steps.problem.checkIn.amountDoneOnly");
        }
        if (resistance != null && (resistance < 0 || resistance > MAX_RESISTANCE)) {
            throw new Refused("steps.problem.checkIn.resistance");
        }
    }

    /**
     * A check-in as a person says it, with an amount of none or from {@link #LEAST_AMOUNT} to
     * {@link #MOST_AMOUNT} (nothing done is a day not done, not a day done at 0); one read back from
     * storage is not held to that, so nothing saved before becomes unreadable.
     */
    public static CheckIn said(LocalDate day, Outcome outcome, Double amount, Integer resistance, String note) {
        if (outcome == Outcome.DONE && amount != null && amount <= 0) {
            throw new Refused("steps.problem.checkIn.amountAboveZero");
        }
        return brought(day, outcome, amount, resistance, note);
    }

    /** A check-in brought from an export: held to the same limits, but a day done at 0, once taken, still comes. */
    public static CheckIn brought(LocalDate day, Outcome outcome, Double amount, Integer resistance, String note) {
        if (amount != null && amount > MOST_AMOUNT) {
            throw new Refused("steps.problem.checkIn.amountMost");
        }
        if (amount != null && amount > 0 && amount < LEAST_AMOUNT) {
            throw new Refused("steps.problem.checkIn.amountLeast");
        }
        return new CheckIn(day, outcome, amount, resistance, note);
    }

    /** The same day said without an amount: how a rung of a ladder is read, done or not. */
    public CheckIn withoutAmount() {
        return amount == null ? this : new CheckIn(day, outcome, null, resistance, note);
    }

    /** The same day read as excused: what the engine makes of a day that was not required. */
    public CheckIn excused() {
        return new CheckIn(day, Outcome.SKIPPED, null, resistance, note);
    }

    public static CheckIn done(LocalDate day) {
        return new CheckIn(day, Outcome.DONE, null, null, null);
    }

    public static CheckIn missed(LocalDate day) {
        return new CheckIn(day, Outcome.MISSED, null, null, null);
    }

    public static CheckIn skipped(LocalDate day) {
        return new CheckIn(day, Outcome.SKIPPED, null, null, null);
    }
}
