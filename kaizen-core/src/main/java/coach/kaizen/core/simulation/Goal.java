package coach.kaizen.core.simulation;

import java.util.List;

/**
 * The goal of docs/engine.md §5.4 on one population: the engine moves at least 90% of the volume
 * the frontier allows at the retention it reaches, and keeps no more than 11 points fewer people
 * than {@code fixed-floor}.
 *
 * @param efficiency      the engine's volume ÷ the frontier's volume at its retention
 * @param belowFixedFloor fixed-floor's retention less the engine's (negative when the engine keeps more)
 */
public record Goal(double efficiency, double belowFixedFloor) {

    public static final double EFFICIENCY = 0.90;
    public static final double BELOW_FIXED_FLOOR = 0.11;

    static Goal of(List<PolicyResult> policies) {
        PolicyResult engine = find(policies, PolicyKind.ENGINE);
        PolicyResult fixedFloor = find(policies, PolicyKind.FIXED_FLOOR);
        return new Goal(engine.efficiency(), fixedFloor.retention() - engine.retention());
    }

    public boolean efficientEnough() {
        return efficiency >= EFFICIENCY;
    }

    public boolean nearFixedFloor() {
        return belowFixedFloor <= BELOW_FIXED_FLOOR;
    }

    public boolean met() {
        return efficientEnough() && nearFixedFloor();
    }

    private static PolicyResult find(List<PolicyResult> policies, PolicyKind kind) {
        return policies.stream().filter(p -> p.policy().equals(kind.label())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind.label() + " row"));
    }
}
