package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineState;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;

/** Kaizen Coach's own engine, driven one day at a time as the app drives it. */
final class EnginePolicy implements Policy {

    private final Engine engine;
    private final Sizing sizing;
    private EngineState state;

    EnginePolicy(Engine engine, Sizing sizing) {
        this.engine = engine;
        this.sizing = sizing;
        this.state = engine.start(sizing);
    }

    @Override
    public double propose(LocalDate day, Readiness readiness) {
        return engine.propose(sizing, state, day, readiness).size();
    }

    @Override
    public void record(CheckIn checkIn, Readiness readiness) {
        state = engine.record(sizing, state, checkIn, readiness).state();
    }

    @Override
    public double regularSize(LocalDate day) {
        return engine.propose(sizing, state, day, Readiness.UNKNOWN).size();
    }
}
