package coach.kaizen.core.simulation;

import java.util.List;

/** What a simulation found: a row per policy, in the order docs/engine.md §5 lists them, and the frontier. */
public record SimulationResult(String population, int days, long seed, int people, int replicates,
        List<PolicyResult> policies, Frontier frontier) {

    public Goal goal() {
        return Goal.of(policies);
    }

    public PolicyResult policy(String label) {
        return policies.stream().filter(p -> p.policy().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy called " + label));
    }
}
