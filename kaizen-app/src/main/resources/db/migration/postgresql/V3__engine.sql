-- The full engine keeps more per step. Its state is kept as one JSON value with the engine's
-- version; at start-up, steps whose kept state is missing or older are replayed from check-ins.
DROP TABLE step_progress;
CREATE TABLE step_progress (
    user_id             BIGINT           NOT NULL,
    step_id             BIGINT           NOT NULL,
    engine_version      INTEGER          NOT NULL,
    engine_state        TEXT             NOT NULL,
    strength            DOUBLE PRECISION NOT NULL CHECK (strength BETWEEN 0 AND 1),
    strength_through    DATE,
    strength_day_before DOUBLE PRECISION NOT NULL CHECK (strength_day_before BETWEEN 0 AND 1),
    updated_at          TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (user_id, step_id),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);

-- A slip is an outcome of its own (recovery steps).
ALTER TABLE check_ins DROP CONSTRAINT check_ins_outcome_check;
ALTER TABLE check_ins ADD CONSTRAINT check_ins_outcome_check
    CHECK (outcome IN ('DONE', 'MISSED', 'SKIPPED', 'SLIP'));
