package coach.kaizen.core.simulation;

import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.UpDownController;
import coach.kaizen.core.step.Sizing;

/** The policies docs/engine.md §5 compares, by the names the results use. */
public enum PolicyKind {
    ENGINE("engine"),
    FIXED_FLOOR("fixed-floor"),
    FIXED_START("fixed-start"),
    DAILY_1PCT("daily-1pct"),
    EQUAL_STAIRCASE("equal-staircase"),
    GO_BIG("go-big"),
    /** The best coach the model allows (docs/engine.md §5.4), planned for each person by {@link Oracle}. */
    ORACLE("oracle");

    private static final double ONE_PERCENT = UpDownController.ONE_PERCENT;

    private final String label;

    PolicyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    Policy create(Population.Start start, Engine engine) {
        Sizing sizing = start.sizing();
        return switch (this) {
            case ENGINE -> new EnginePolicy(engine, sizing);
            case FIXED_FLOOR -> new FixedRulePolicy(sizing, sizing.floor(), 0, 0, 0);
            case FIXED_START -> new FixedRulePolicy(sizing, sizing.start(), 0, 0, 0);
            case DAILY_1PCT -> new FixedRulePolicy(sizing, sizing.start(), ONE_PERCENT, 0, 0);
            case EQUAL_STAIRCASE -> new FixedRulePolicy(sizing, sizing.start(), 0, ONE_PERCENT, ONE_PERCENT);
            case GO_BIG -> new FixedRulePolicy(sizing, start.goal(), 0, 0, 0);
            case ORACLE -> throw new IllegalStateException("the oracle is planned for each person");
        };
    }
}
