-- Reminders. The times of day a step reminds its person, on their own clock ('HH:MM'), and when
-- each was set: a time is sent only from then on, so setting 07:30 at ten sends nothing today.
CREATE TABLE step_reminders (
    user_id INTEGER NOT NULL,
    step_id INTEGER NOT NULL,
    at      TEXT    NOT NULL CHECK (length(at) = 5),
    set_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, step_id, at),
    FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE
);

-- How a person is reminded: quiet hours, the daily session's time, a webhook, and the hash of the
-- secret in their calendar feed's address.
CREATE TABLE reminder_settings (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    quiet_from  TEXT CHECK (quiet_from IS NULL OR length(quiet_from) = 5),
    quiet_to    TEXT CHECK (quiet_to IS NULL OR length(quiet_to) = 5),
    session_at  TEXT CHECK (session_at IS NULL OR length(session_at) = 5),
    webhook_url TEXT CHECK (webhook_url IS NULL OR length(webhook_url) <= 500),
    feed_hash   TEXT UNIQUE,
    CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
);

-- Each reminder sent: the instance whose INSERT makes the row sends it, so none is sent twice.
-- subject is 'session' or 'step:<id>'; day is the person's day and at the time it rang there.
CREATE TABLE reminder_sends (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject TEXT    NOT NULL,
    day     TEXT    NOT NULL,
    at      TEXT    NOT NULL,
    sent_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, subject, day, at)
);
