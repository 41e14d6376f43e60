-- Recovery: a days-since counter (off by default), recovery actions, urges, slips, the strengths
-- a person has earned, and their safety plan. Nothing here is ever reset by a slip.
ALTER TABLE aims ADD COLUMN counter_from TEXT;

CREATE TABLE recovery_actions (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('BREATHING', 'HEALTHY_CHOICE', 'HONEST_TALK', 'BOUNDARY',
                                                'CRAVING_RESISTED', 'NEW_PERSPECTIVE', 'SELF_RESPECT', 'OWN')),
    text       TEXT,
    created_at TEXT    NOT NULL,
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX recovery_actions_by_aim ON recovery_actions (user_id, aim_id, day);

CREATE TABLE urges (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    trigger    TEXT,
    place      TEXT,
    helped     TEXT,
    passed     INTEGER NOT NULL CHECK (passed IN (0, 1)),
    created_at TEXT    NOT NULL,
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX urges_by_aim ON urges (user_id, aim_id, day);

CREATE TABLE slips (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    place      TEXT,
    happening  TEXT,
    feeling    TEXT,
    next_time  TEXT,
    confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),
    created_at TEXT    NOT NULL,
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX slips_by_aim ON slips (user_id, aim_id, day);

CREATE TABLE earned_strengths (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    evidence   TEXT,
    created_at TEXT    NOT NULL
);
CREATE INDEX earned_strengths_by_user ON earned_strengths (user_id);

CREATE TABLE safety_plans (
    user_id           INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    warning_signs     TEXT,
    coping            TEXT,
    distractions      TEXT,
    helpers           TEXT,
    professionals     TEXT,
    safe_surroundings TEXT,
    updated_at        TEXT    NOT NULL
);
