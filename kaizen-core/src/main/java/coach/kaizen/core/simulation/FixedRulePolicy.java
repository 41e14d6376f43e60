package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;

/**
 * The baselines: a level that moves by fixed amounts, every day, after a success or after a
 * miss, whatever the person says. Shown rounded to the quantum and kept within floor and ceiling.
 */
final class FixedRulePolicy implements Policy {

    private final Sizing sizing;
    private final double everyDay;
    private final double afterDone;
    private final double afterMiss;
    private double level;

    FixedRulePolicy(Sizing sizing, double size, double everyDay, double afterDone, double afterMiss) {
        this.sizing = sizing;
        this.level = sizing.levelOf(size);
        this.everyDay = everyDay;
        this.afterDone = afterDone;
        this.afterMiss = afterMiss;
    }

    @Override
    public double propose(LocalDate day, Readiness readiness) {
        return sizing.show(level);
    }

    @Override
    public void record(CheckIn checkIn, Readiness readiness) {
        double move = everyDay + (checkIn.outcome() == Outcome.DONE ? afterDone : -afterMiss);
        level = sizing.clamp(level + move);
    }

    @Override
    public double regularSize(LocalDate day) {
        return sizing.show(level);
    }
}
