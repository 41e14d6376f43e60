-- Kaizen Coach, SQLite. Every row that belongs to a person carries user_id, and the composite
-- foreign keys make a step's aim, a check-in's step and a state's step belong to the same person.
-- Days are 'YYYY-MM-DD' text in the person's own calendar; instants are UTC ISO-8601 text.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    username       TEXT    NOT NULL UNIQUE,
    time_zone      TEXT    NOT NULL,
    day_start_hour INTEGER NOT NULL DEFAULT 0 CHECK (day_start_hour BETWEEN 0 AND 23),
    created_at     TEXT    NOT NULL
);

CREATE TABLE aims (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('BUILD', 'RECOVER')),
    created_at TEXT    NOT NULL,
    UNIQUE (user_id, id)
);

CREATE TABLE steps (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    action     TEXT    NOT NULL,
    amount     REAL    NOT NULL CHECK (amount > 0),
    unit       TEXT    NOT NULL,
    quantum    REAL    NOT NULL CHECK (quantum > 0),
    floor      REAL    NOT NULL CHECK (floor > 0 AND floor <= amount),
    ceiling    REAL             CHECK (ceiling IS NULL OR ceiling >= amount),
    anchor     TEXT,
    schedule   TEXT    NOT NULL DEFAULT 'DAILY' CHECK (schedule IN ('DAILY')),
    start_day  TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    UNIQUE (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX steps_by_aim ON steps (user_id, aim_id);

CREATE TABLE check_ins (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('DONE', 'MISSED', 'SKIPPED')),
    amount     REAL             CHECK (amount IS NULL OR amount >= 0),
    resistance INTEGER          CHECK (resistance IS NULL OR resistance BETWEEN 0 AND 10),
    note       TEXT,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (user_id, step_id, day),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
CREATE INDEX check_ins_by_day ON check_ins (user_id, day);

-- Derived from check_ins (a replay rebuilds it): the engine's state and the strength per step.
CREATE TABLE step_progress (
    user_id          INTEGER NOT NULL,
    step_id          INTEGER NOT NULL,
    level            REAL    NOT NULL,
    last_size        REAL,
    last_day         TEXT,
    last_event       TEXT CHECK (last_event IS NULL OR last_event IN ('EASY', 'STEADY', 'HARD', 'SHORT', 'MISSED')),
    last_resistance  INTEGER,
    easy_run         INTEGER NOT NULL,
    done_run         INTEGER NOT NULL,
    miss_run         INTEGER NOT NULL,
    strength         REAL    NOT NULL CHECK (strength BETWEEN 0 AND 1),
    strength_through TEXT,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
