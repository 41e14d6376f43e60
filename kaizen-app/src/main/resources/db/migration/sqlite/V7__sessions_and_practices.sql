-- The daily session and the practices beyond the step: identity statements, "not safe right now",
-- the day's session, the question journal, obstacles and experiments.
ALTER TABLE aims ADD COLUMN identity TEXT;
ALTER TABLE readiness ADD COLUMN not_safe INTEGER NOT NULL DEFAULT 0 CHECK (not_safe IN (0, 1));

CREATE TABLE daily_sessions (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day         TEXT    NOT NULL,
    parts       TEXT,
    done        TEXT    NOT NULL DEFAULT '',
    question_id TEXT,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE journal_entries (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL,
    question_id   TEXT    NOT NULL,
    question_text TEXT    NOT NULL,
    aim_id        INTEGER REFERENCES aims (id) ON DELETE SET NULL,
    answer        TEXT,
    created_at    TEXT    NOT NULL,
    UNIQUE (user_id, day)
);

CREATE TABLE obstacles (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    aim_id      INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('WAITING', 'IN_FOCUS', 'REMOVED')),
    added_on    TEXT    NOT NULL,
    focus_since TEXT,
    removed_on  TEXT,
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX obstacles_by_aim ON obstacles (user_id, aim_id);

CREATE TABLE experiments (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('TIME', 'PLACE', 'ANCHOR', 'PREPARATION')),
    change     TEXT    NOT NULL,
    start_day  TEXT    NOT NULL,
    days       INTEGER NOT NULL CHECK (days BETWEEN 2 AND 28),
    verdict    TEXT    CHECK (verdict IS NULL OR verdict IN ('KEEP', 'REVERT', 'TRY_ANOTHER')),
    decided_on TEXT,
    created_at TEXT    NOT NULL,
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
CREATE INDEX experiments_by_step ON experiments (user_id, step_id);
