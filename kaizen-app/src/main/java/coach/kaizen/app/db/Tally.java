package coach.kaizen.app.db;

/** What the app counts as it works, for an operator to watch: check-ins saved and steps replayed. */
public interface Tally {

    /** Counts nothing: until the app is watched, and in tests that do not look. */
    Tally NONE = new Tally() {
        @Override
        public void checkInSaved(boolean created) {
        }

        @Override
        public void replayed() {
        }
    };

    /** A check-in saved: a new day's ({@code created}), or a day corrected. */
    void checkInSaved(boolean created);

    /** A step's progress rebuilt from its check-ins. */
    void replayed();
}
