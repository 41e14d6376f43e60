package coach.kaizen.core.engine;

/** The engine's suggestion for one day: what to do, how much, and why in plain words. */
public record Proposal(Action action, double size, double level, Reason reason) {
}
