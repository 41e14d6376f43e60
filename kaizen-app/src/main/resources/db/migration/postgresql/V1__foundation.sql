-- Kaizen Coach, PostgreSQL. Every row that belongs to a person carries user_id, and the composite
-- foreign keys make a step's aim, a check-in's step and a state's step belong to the same person.
-- Days are DATE in the person's own calendar; instants are timestamptz.

CREATE TABLE users (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       TEXT        NOT NULL UNIQUE,
    time_zone      TEXT        NOT NULL,
    day_start_hour INTEGER     NOT NULL DEFAULT 0 CHECK (day_start_hour BETWEEN 0 AND 23),
    created_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE aims (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('BUILD', 'RECOVER')),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, id)
);

CREATE TABLE steps (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT           NOT NULL,
    aim_id     BIGINT           NOT NULL,
    action     TEXT             NOT NULL,
    amount     DOUBLE PRECISION NOT NULL CHECK (amount > 0),
    unit       TEXT             NOT NULL,
    quantum    DOUBLE PRECISION NOT NULL CHECK (quantum > 0),
    floor      DOUBLE PRECISION NOT NULL CHECK (floor > 0 AND floor <= amount),
    ceiling    DOUBLE PRECISION          CHECK (ceiling IS NULL OR ceiling >= amount),
    anchor     TEXT,
    schedule   TEXT             NOT NULL DEFAULT 'DAILY' CHECK (schedule IN ('DAILY')),
    start_day  DATE             NOT NULL,
    created_at TIMESTAMPTZ      NOT NULL,
    UNIQUE (user_id, id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
CREATE INDEX steps_by_aim ON steps (user_id, aim_id);

CREATE TABLE check_ins (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT           NOT NULL,
    step_id    BIGINT           NOT NULL,
    day        DATE             NOT NULL,
    outcome    TEXT             NOT NULL CHECK (outcome IN ('DONE', 'MISSED', 'SKIPPED')),
    amount     DOUBLE PRECISION          CHECK (amount IS NULL OR amount >= 0),
    resistance INTEGER                   CHECK (resistance IS NULL OR resistance BETWEEN 0 AND 10),
    note       TEXT,
    created_at TIMESTAMPTZ      NOT NULL,
    updated_at TIMESTAMPTZ      NOT NULL,
    UNIQUE (user_id, step_id, day),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
CREATE INDEX check_ins_by_day ON check_ins (user_id, day);

-- Derived from check_ins (a replay rebuilds it): the engine's state and the strength per step.
CREATE TABLE step_progress (
    user_id          BIGINT           NOT NULL,
    step_id          BIGINT           NOT NULL,
    level            DOUBLE PRECISION NOT NULL,
    last_size        DOUBLE PRECISION,
    last_day         DATE,
    last_event       TEXT CHECK (last_event IS NULL OR last_event IN ('EASY', 'STEADY', 'HARD', 'SHORT', 'MISSED')),
    last_resistance  INTEGER,
    easy_run         INTEGER          NOT NULL,
    done_run         INTEGER          NOT NULL,
    miss_run         INTEGER          NOT NULL,
    strength         DOUBLE PRECISION NOT NULL CHECK (strength BETWEEN 0 AND 1),
    strength_through DATE,
    updated_at       TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
