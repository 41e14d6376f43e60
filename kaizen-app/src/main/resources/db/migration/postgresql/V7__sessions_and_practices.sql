-- The daily session and the practices beyond the step: identity statements, "not safe right now",
-- the day's session, the question journal, obstacles and experiments.
ALTER TABLE aims ADD COLUMN identity TEXT;
ALTER TABLE readiness ADD COLUMN not_safe BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE daily_sessions (
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day         DATE    NOT NULL,
    parts       TEXT,
    done        TEXT    NOT NULL DEFAULT '',
    question_id TEXT,
    started_at  TIMESTAMPTZ    NOT NULL,
    finished_at TIMESTAMPTZ,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE journal_entries (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day           DATE    NOT NULL,
    question_id   TEXT    NOT NULL,
    question_text TEXT    NOT NULL,
    aim_id        BIGINT  REFERENCES aims (id) ON DELETE SET NULL,
    answer        TEXT,
    created_at    TIMESTAMPTZ    NOT NULL,
    UNIQUE (user_id, day)
);

CREATE TABLE obstacles (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT  NOT NULL,
    aim_id      BIGINT  NOT NULL,
    text        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('WAITING', 'IN_FOCUS', 'REMOVED')),
    added_on    DATE    NOT NULL,
    focus_since DATE,
    removed_on  DATE,
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX obstacles_by_aim ON obstacles (user_id, aim_id);

CREATE TABLE experiments (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT  NOT NULL,
    step_id    BIGINT  NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('TIME', 'PLACE', 'ANCHOR', 'PREPARATION')),
    change     TEXT    NOT NULL,
    start_day  DATE    NOT NULL,
    days       INTEGER NOT NULL CHECK (days BETWEEN 2 AND 28),
    verdict    TEXT    CHECK (verdict IS NULL OR verdict IN ('KEEP', 'REVERT', 'TRY_ANOTHER')),
    decided_on DATE,
    created_at TIMESTAMPTZ    NOT NULL,
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
CREATE INDEX experiments_by_step ON experiments (user_id, step_id);
