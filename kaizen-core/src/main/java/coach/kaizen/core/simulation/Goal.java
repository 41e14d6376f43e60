package coach.kaizen.core.simulation;

import java.util.List;

/**
 * The goal {@code kaizen simulate} checks on one population: the engine has the highest total
 * volume of all policies, keeps at least as many people as every baseline but {@code fixed-floor},
 * and stays within 8 points of {@code fixed-floor}'s retention. This is the earlier, simpler
 * goal; the one docs/engine.md §5 now sets (efficiency against an oracle, in expectation) needs
 * the oracle, which is not built yet (docs/engine.md §5.5).
 */
public record Goal(boolean highestVolume, boolean retentionAtLeastBaselines, boolean nearFixedFloor) {

    static final double FIXED_FLOOR_MARGIN = 0.08;

    static Goal of(List<PolicyResult> policies) {
        PolicyResult engine = find(policies, PolicyKind.ENGINE);
        PolicyResult fixedFloor = find(policies, PolicyKind.FIXED_FLOOR);
        List<PolicyResult> others = policies.stream().filter(p -> p != engine).toList();
        return new Goal(
                others.stream().allMatch(p -> engine.volume() > p.volume()),
                others.stream().filter(p -> p != fixedFloor).allMatch(p -> engine.retention() >= p.retention()),
                engine.retention() >= fixedFloor.retention() - FIXED_FLOOR_MARGIN);
    }

    public boolean met() {
        return highestVolume && retentionAtLeastBaselines && nearFixedFloor;
    }

    private static PolicyResult find(List<PolicyResult> policies, PolicyKind kind) {
        return policies.stream().filter(p -> p.policy().equals(kind.label())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind.label() + " row"));
    }
}
