-- Keys by person, ready for a PostgreSQL sharded by user_id (see docs/scale-out.md); SQLite keeps the
-- same keys, so both databases hold the same rules. Every key of a person's table now holds user_id,
-- and so does every foreign key between two of them. A row is known by (user_id, id): its id is new
-- within its person only, counted per person and table in person_ids (see PersonIds).
--
-- SQLite cannot change a key in place, so the tables are made again. Foreign keys are enforced and
-- cannot be turned off inside the migration's transaction, and dropping a parent table would cascade
-- its delete into the children. So the old tables are renamed first (their foreign keys follow the
-- names), the new ones made and filled parents first, and the old ones dropped children first, when
-- nothing points at them any more. Each new table has the old columns in the old order.
ALTER TABLE aims             RENAME TO aims_v17;
ALTER TABLE steps            RENAME TO steps_v17;
ALTER TABLE check_ins        RENAME TO check_ins_v17;
ALTER TABLE step_progress    RENAME TO step_progress_v17;
ALTER TABLE step_choices     RENAME TO step_choices_v17;
ALTER TABLE journal_entries  RENAME TO journal_entries_v17;
ALTER TABLE obstacles        RENAME TO obstacles_v17;
ALTER TABLE experiments      RENAME TO experiments_v17;
ALTER TABLE recovery_actions RENAME TO recovery_actions_v17;
ALTER TABLE urges            RENAME TO urges_v17;
ALTER TABLE slips            RENAME TO slips_v17;
ALTER TABLE not_spent        RENAME TO not_spent_v17;
ALTER TABLE loop_habits      RENAME TO loop_habits_v17;
ALTER TABLE step_reminders   RENAME TO step_reminders_v17;
ALTER TABLE api_tokens       RENAME TO api_tokens_v17;
ALTER TABLE earned_strengths RENAME TO earned_strengths_v17;
ALTER TABLE sessions         RENAME TO sessions_v17;
ALTER TABLE reminder_settings RENAME TO reminder_settings_v17;

CREATE TABLE aims (
    id           INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('BUILD', 'RECOVER')),
    created_at   TEXT    NOT NULL,
    identity     TEXT,
    counter_from TEXT,
    PRIMARY KEY (user_id, id)
);
INSERT INTO aims SELECT * FROM aims_v17;

CREATE TABLE steps (
    id             INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    aim_id         INTEGER NOT NULL,
    action         TEXT    NOT NULL,
    amount         REAL    NOT NULL CHECK (amount > 0),
    unit           TEXT    NOT NULL,
    quantum        REAL    NOT NULL CHECK (quantum > 0),
    floor          REAL    NOT NULL CHECK (floor > 0 AND floor <= amount),
    ceiling        REAL             CHECK (ceiling IS NULL OR ceiling >= amount),
    anchor         TEXT,
    start_day      TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    schedule       TEXT    NOT NULL DEFAULT 'daily' CHECK (length(schedule) BETWEEN 1 AND 40),
    rungs          TEXT,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    measure_kind   TEXT    CHECK (measure_kind IS NULL OR measure_kind IN ('AT_LEAST', 'AT_MOST')),
    measure_target REAL    CHECK (measure_target IS NULL OR measure_target >= 0),
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO steps SELECT * FROM steps_v17;

CREATE TABLE check_ins (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('DONE', 'MISSED', 'SKIPPED', 'SLIP')),
    amount     REAL             CHECK (amount IS NULL OR amount >= 0),
    resistance INTEGER          CHECK (resistance IS NULL OR resistance BETWEEN 0 AND 10),
    note       TEXT,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    UNIQUE (user_id, step_id, day),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO check_ins SELECT * FROM check_ins_v17;

CREATE TABLE step_progress (
    user_id              INTEGER NOT NULL,
    step_id              INTEGER NOT NULL,
    engine_version       INTEGER NOT NULL,
    engine_state         TEXT    NOT NULL,
    strength             REAL    NOT NULL CHECK (strength BETWEEN 0 AND 1),
    strength_through     TEXT,
    strength_day_before  REAL    NOT NULL CHECK (strength_day_before BETWEEN 0 AND 1),
    updated_at           TEXT    NOT NULL,
    strength_repetitions INTEGER NOT NULL DEFAULT 0,
    strength_amounts     TEXT,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO step_progress SELECT * FROM step_progress_v17;

CREATE TABLE step_choices (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    size       REAL    NOT NULL CHECK (size > 0),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO step_choices SELECT * FROM step_choices_v17;

-- The journal's aim was pointed at by id alone (ON DELETE SET NULL); now by (user_id, aim_id), and
-- the app clears it before it deletes an aim (SET NULL would clear user_id too). An entry could only
-- ever name its own person's aim; one that names anyone else's loses the link.
CREATE TABLE journal_entries (
    id            INTEGER NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL,
    question_id   TEXT    NOT NULL,
    question_text TEXT    NOT NULL,
    aim_id        INTEGER,
    answer        TEXT,
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    UNIQUE (user_id, day),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id)
);
INSERT INTO journal_entries
    SELECT j.id, j.user_id, j.day, j.question_id, j.question_text,
           (SELECT a.id FROM aims a WHERE a.user_id = j.user_id AND a.id = j.aim_id), j.answer, j.created_at
    FROM journal_entries_v17 j;

CREATE TABLE obstacles (
    id          INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    aim_id      INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('WAITING', 'IN_FOCUS', 'REMOVED')),
    added_on    TEXT    NOT NULL,
    focus_since TEXT,
    removed_on  TEXT,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO obstacles SELECT * FROM obstacles_v17;

CREATE TABLE experiments (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    step_id    INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('TIME', 'PLACE', 'ANCHOR', 'PREPARATION')),
    change     TEXT    NOT NULL,
    start_day  TEXT    NOT NULL,
    days       INTEGER NOT NULL CHECK (days BETWEEN 2 AND 28),
    verdict    TEXT    CHECK (verdict IS NULL OR verdict IN ('KEEP', 'REVERT', 'TRY_ANOTHER')),
    decided_on TEXT,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO experiments SELECT * FROM experiments_v17;

CREATE TABLE recovery_actions (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('BREATHING', 'HEALTHY_CHOICE', 'HONEST_TALK', 'BOUNDARY',
                                                'CRAVING_RESISTED', 'NEW_PERSPECTIVE', 'SELF_RESPECT', 'OWN')),
    text       TEXT,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO recovery_actions SELECT * FROM recovery_actions_v17;

CREATE TABLE urges (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    trigger    TEXT,
    place      TEXT,
    helped     TEXT,
    passed     INTEGER NOT NULL CHECK (passed IN (0, 1)),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO urges SELECT * FROM urges_v17;

CREATE TABLE slips (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    aim_id     INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    place      TEXT,
    happening  TEXT,
    feeling    TEXT,
    next_time  TEXT,
    confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO slips SELECT * FROM slips_v17;

CREATE TABLE not_spent (
    user_id         INTEGER NOT NULL,
    aim_id          INTEGER NOT NULL,
    money_per_day   TEXT,
    currency        TEXT,
    minutes_per_day INTEGER CHECK (minutes_per_day BETWEEN 0 AND 1440),
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (user_id, aim_id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
INSERT INTO not_spent SELECT * FROM not_spent_v17;

CREATE TABLE loop_habits (
    user_id     INTEGER NOT NULL,
    step_id     INTEGER NOT NULL,
    uuid        TEXT,
    name        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    description TEXT,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO loop_habits SELECT * FROM loop_habits_v17;

CREATE TABLE step_reminders (
    user_id INTEGER NOT NULL,
    step_id INTEGER NOT NULL,
    at      TEXT    NOT NULL CHECK (length(at) = 5),
    set_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, step_id, at),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
INSERT INTO step_reminders SELECT * FROM step_reminders_v17;

-- Secrets looked up by their hash alone keep the hash first in their key, so the lookup still has
-- its index; user_id follows it.
CREATE TABLE api_tokens (
    id           INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    last_used_at TEXT,
    expires_at   TEXT,
    PRIMARY KEY (user_id, id),
    UNIQUE (token_hash, user_id)
);
INSERT INTO api_tokens SELECT * FROM api_tokens_v17;

CREATE TABLE earned_strengths (
    id         INTEGER NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    evidence   TEXT,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, id)
);
INSERT INTO earned_strengths SELECT * FROM earned_strengths_v17;

CREATE TABLE sessions (
    id_hash      TEXT    NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    last_seen_at TEXT,
    PRIMARY KEY (id_hash, user_id)
);
INSERT INTO sessions SELECT * FROM sessions_v17;

CREATE TABLE reminder_settings (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    quiet_from  TEXT CHECK (quiet_from IS NULL OR length(quiet_from) = 5),
    quiet_to    TEXT CHECK (quiet_to IS NULL OR length(quiet_to) = 5),
    session_at  TEXT CHECK (session_at IS NULL OR length(session_at) = 5),
    webhook_url TEXT CHECK (webhook_url IS NULL OR length(webhook_url) <= 500),
    feed_hash   TEXT,
    UNIQUE (feed_hash, user_id),
    CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
);
INSERT INTO reminder_settings SELECT * FROM reminder_settings_v17;

-- Children first: when a table is dropped nothing points at it any more, so no delete cascades.
DROP TABLE step_reminders_v17;
DROP TABLE loop_habits_v17;
DROP TABLE not_spent_v17;
DROP TABLE slips_v17;
DROP TABLE urges_v17;
DROP TABLE recovery_actions_v17;
DROP TABLE experiments_v17;
DROP TABLE obstacles_v17;
DROP TABLE journal_entries_v17;
DROP TABLE step_choices_v17;
DROP TABLE step_progress_v17;
DROP TABLE check_ins_v17;
DROP TABLE steps_v17;
DROP TABLE aims_v17;
DROP TABLE api_tokens_v17;
DROP TABLE earned_strengths_v17;
DROP TABLE sessions_v17;
DROP TABLE reminder_settings_v17;

-- The indexes went with the old tables; the same ones again.
CREATE INDEX steps_by_aim ON steps (user_id, aim_id);
CREATE INDEX check_ins_by_day ON check_ins (user_id, day);
CREATE INDEX step_choices_by_step ON step_choices (user_id, step_id, day);
CREATE INDEX obstacles_by_aim ON obstacles (user_id, aim_id);
CREATE INDEX experiments_by_step ON experiments (user_id, step_id);
CREATE INDEX recovery_actions_by_aim ON recovery_actions (user_id, aim_id, day);
CREATE INDEX urges_by_aim ON urges (user_id, aim_id, day);
CREATE INDEX slips_by_aim ON slips (user_id, aim_id, day);
CREATE INDEX earned_strengths_by_user ON earned_strengths (user_id);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- The last id given out in each of a person's tables. Counted rather than read off the rows, so the
-- id of a deleted row is never given again; a person's first count starts from their highest id.
CREATE TABLE person_ids (
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    of_table TEXT    NOT NULL,
    last_id  INTEGER NOT NULL CHECK (last_id >= 1),
    PRIMARY KEY (user_id, of_table)
);
