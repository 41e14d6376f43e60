-- How the person is on a day (a hard day gets the floor), and the smaller sizes they chose.
-- Both are history the engine replays, so both are kept per person and day.
CREATE TABLE readiness (
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day        DATE        NOT NULL,
    energy     INTEGER     CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
    stress     INTEGER     CHECK (stress IS NULL OR stress BETWEEN 0 AND 10),
    craving    INTEGER     CHECK (craving IS NULL OR craving BETWEEN 0 AND 10),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE step_choices (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT           NOT NULL,
    step_id    BIGINT           NOT NULL,
    day        DATE             NOT NULL,
    size       DOUBLE PRECISION NOT NULL CHECK (size > 0),
    created_at TIMESTAMPTZ      NOT NULL,
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);
CREATE INDEX step_choices_by_step ON step_choices (user_id, step_id, day);
