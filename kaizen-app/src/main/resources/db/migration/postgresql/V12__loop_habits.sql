-- Steps brought over from Loop Habit Tracker. An archived step is kept with its days but is not
-- on Today; a measured step (from a numeric Loop habit) is scored as Loop scores it: the amounts
-- of its run of days against a target to reach (AT_LEAST) or to stay under (AT_MOST).
ALTER TABLE steps ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE steps ADD COLUMN measure_kind TEXT CHECK (measure_kind IS NULL OR measure_kind IN ('AT_LEAST', 'AT_MOST'));
ALTER TABLE steps ADD COLUMN measure_target DOUBLE PRECISION CHECK (measure_target IS NULL OR measure_target >= 0);

-- A measured step's amounts on the last days of its run, newest first, as a JSON array.
ALTER TABLE step_progress ADD COLUMN strength_amounts TEXT;

-- The Loop habit each imported step came from, so importing again adds only the days it lacks.
CREATE TABLE loop_habits (
    user_id     BIGINT  NOT NULL,
    step_id     BIGINT  NOT NULL,
    uuid        TEXT,
    name        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    description TEXT,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
