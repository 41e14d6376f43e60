package coach.kaizen.core.aim;

/** What a person wants to improve, in their own words. */
public record Aim(long id, String title, AimKind kind) {
}
