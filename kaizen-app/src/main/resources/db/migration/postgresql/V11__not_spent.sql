-- What one day of the old habit cost, as the person says it, on a recovery aim: money in their own
-- currency (to the cent, never converted; the word or sign they write beside it) and minutes.
-- One row per aim, and only when something was said.
CREATE TABLE not_spent (
    user_id         BIGINT  NOT NULL,
    aim_id          BIGINT  NOT NULL,
    money_per_day   NUMERIC(9, 2) CHECK (money_per_day BETWEEN 0 AND 1000000),
    currency        TEXT,
    minutes_per_day INTEGER CHECK (minutes_per_day BETWEEN 0 AND 1440),
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, aim_id),
    FOREIGN KEY (user_id, aim_id) REFERENCES aims (user_id, id) ON DELETE CASCADE
);
