-- The full engine keeps more per step. Its state is kept as one JSON value with the engine's
-- version; at start-up, steps whose kept state is missing or older are replayed from check-ins.
DROP TABLE step_progress;
CREATE TABLE step_progress (
    user_id             INTEGER NOT NULL,
    step_id             INTEGER NOT NULL,
    engine_version      INTEGER NOT NULL,
    engine_state        TEXT    NOT NULL,
    strength            REAL    NOT NULL CHECK (strength BETWEEN 0 AND 1),
    strength_through    TEXT,
    strength_day_before REAL    NOT NULL CHECK (strength_day_before BETWEEN 0 AND 1),
    updated_at          TEXT    NOT NULL,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);

-- A slip is an outcome of its own (recovery steps). SQLite cannot change a CHECK in place.
CREATE TABLE check_ins_v3 (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('DONE', 'MISSED', 'SKIPPED', 'SLIP')),
    amount     REAL             CHECK (amount IS NULL OR amount >= 0),
    resistance INTEGER          CHECK (resistance IS NULL OR resistance BETWEEN 0 AND 10),
    note       TEXT,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (user_id, step_id, day),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO check_ins_v3 (id, user_id, step_id, day, outcome, amount, resistance, note, created_at, updated_at)
    SELECT id, user_id, step_id, day, outcome, amount, resistance, note, created_at, updated_at FROM check_ins;
DROP TABLE check_ins;
ALTER TABLE check_ins_v3 RENAME TO check_ins;
CREATE INDEX check_ins_by_day ON check_ins (user_id, day);
