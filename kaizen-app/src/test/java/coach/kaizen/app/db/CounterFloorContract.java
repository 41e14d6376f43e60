package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counters saved before the 1900 rule start on 1900-01-01 once migrated, so their aims can be
 * changed again; a counter from a later day is left as it was.
 */
abstract class CounterFloorContract {

    /** A database migrated up to {@code version}. */
    protected abstract TestDatabase openAt(String version);

    /** A day before year 1 where the database can hold one; the earliest it can otherwise. */
    protected abstract String ancientDay();

    @Test
    void aCounterFromBefore1900StartsIn1900AndItsAimCanBeChanged() {
        try (TestDatabase test = openAt("19")) {
            test.execute("INSERT INTO users (username, time_zone, created_at) VALUES ('ana', 'UTC', '2026-04-01T08:00:00Z')");
            for (String day : List.of(ancientDay(), "1899-12-31", "1900-01-02")) {
                test.execute("INSERT INTO aims (user_id, id, title, kind, counter_from, created_at) SELECT id, "
                        + "(SELECT COUNT(*) + 1 FROM aims), 'From " + day + "', 'RECOVER', '" + day
                        + "', '2026-04-01T08:00:00Z' FROM users");
            }

            test.database().migrate();

            Database db = test.database();
            long ana = db.read((Stores s) -> s.users().findByUsername("ana")).orElseThrow().id();
            List<Aim> aims = db.read((Stores s) -> s.aims().list(ana));
            assertThat(aims).extracting(Aim::counterFrom).containsExactly(AimDraft.EARLIEST_COUNTER,
                    AimDraft.EARLIEST_COUNTER, LocalDate.of(1900, 1, 2));
            Aim first = aims.get(0);
            assertThat(db.transaction((Stores s) -> s.aims().update(ana, first.id(),
                    new AimDraft("Less wine", first.kind(), null, first.counterFrom())))).isPresent();
        }
    }
}
