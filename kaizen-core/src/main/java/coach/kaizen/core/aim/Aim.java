package coach.kaizen.core.aim;

import java.time.LocalDate;

/**
 * What a person wants to improve, in their own words.
 *
 * @param identity    who the person is becoming through it ("I am someone who …"), or null
 * @param counterFrom on a recovery aim, the day a days-since counter counts from; null: no counter (the default)
 */
public record Aim(long id, String title, AimKind kind, String identity, LocalDate counterFrom) {

    public Aim(long id, String title, AimKind kind, String identity) {
        this(id, title, kind, identity, null);
    }
}
