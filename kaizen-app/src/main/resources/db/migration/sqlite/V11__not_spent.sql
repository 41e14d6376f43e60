-- What one day of the old habit cost, as the person says it, on a recovery aim: money in their own
-- currency (a decimal kept as text, to the cent, never converted; the word or sign they write
-- beside it) and minutes. One row per aim, and only when something was said.
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
