package coach.kaizen.core.aim;

/**
 * What a person wants to improve, in their own words.
 *
 * @param identity who the person is becoming through it ("I am someone who …"), or null
 */
public record Aim(long id, String title, AimKind kind, String identity) {
}
