package coach.kaizen.core.engine;

/** The state after a recorded day, and the proposal that day's check-in answered. */
public record Recorded(EngineState state, Asked asked) {
}
