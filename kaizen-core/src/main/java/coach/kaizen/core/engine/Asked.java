package coach.kaizen.core.engine;

/** What a day's check-in answered: the action and size the engine asked for that day, without the words. */
public record Asked(Action action, double size) {
}
