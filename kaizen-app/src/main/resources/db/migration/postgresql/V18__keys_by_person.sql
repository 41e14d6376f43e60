-- Keys by person, ready for a PostgreSQL sharded by user_id (Citus; see docs/scale-out.md). Every
-- key of a person's table now holds user_id, and so does every foreign key between two of them, so
-- a person's rows can all live on one shard. A row is known by (user_id, id): its id is new within
-- its person only, counted per person and table in person_ids (see PersonIds), so the tables' own
-- sequences go.

-- The foreign keys that point at (user_id, id) lean on the unique keys that are about to become
-- primary keys; they are dropped first and made again below, the same. The journal's aim was
-- pointed at by id alone (ON DELETE SET NULL); from now on by (user_id, aim_id), and the app
-- clears it before it deletes an aim (SET NULL would clear user_id too).
ALTER TABLE steps            DROP CONSTRAINT steps_user_id_aim_id_fkey;
ALTER TABLE check_ins        DROP CONSTRAINT check_ins_user_id_step_id_fkey;
ALTER TABLE step_progress    DROP CONSTRAINT step_progress_user_id_step_id_fkey;
ALTER TABLE step_choices     DROP CONSTRAINT step_choices_user_id_step_id_fkey;
ALTER TABLE journal_entries  DROP CONSTRAINT journal_entries_aim_id_fkey;
ALTER TABLE obstacles        DROP CONSTRAINT obstacles_user_id_aim_id_fkey;
ALTER TABLE experiments      DROP CONSTRAINT experiments_user_id_step_id_fkey;
ALTER TABLE recovery_actions DROP CONSTRAINT recovery_actions_user_id_aim_id_fkey;
ALTER TABLE urges            DROP CONSTRAINT urges_user_id_aim_id_fkey;
ALTER TABLE slips            DROP CONSTRAINT slips_user_id_aim_id_fkey;
ALTER TABLE not_spent        DROP CONSTRAINT not_spent_user_id_aim_id_fkey;
ALTER TABLE loop_habits      DROP CONSTRAINT loop_habits_user_id_step_id_fkey;
ALTER TABLE step_reminders   DROP CONSTRAINT step_reminders_user_id_step_id_fkey;

-- A journal entry could only ever name its own person's aim; one that names anyone else's loses the link.
UPDATE journal_entries j SET aim_id = NULL
 WHERE aim_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM aims a WHERE a.user_id = j.user_id AND a.id = j.aim_id);

-- (user_id, id) is the primary key; the id is given by the app.
ALTER TABLE aims ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT aims_pkey, DROP CONSTRAINT aims_user_id_id_key, ADD PRIMARY KEY (user_id, id);
ALTER TABLE steps ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT steps_pkey, DROP CONSTRAINT steps_user_id_id_key, ADD PRIMARY KEY (user_id, id);
ALTER TABLE check_ins ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT check_ins_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE api_tokens ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT api_tokens_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE step_choices ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT step_choices_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE journal_entries ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT journal_entries_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE obstacles ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT obstacles_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE experiments ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT experiments_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE recovery_actions ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT recovery_actions_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE urges ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT urges_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE slips ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT slips_pkey, ADD PRIMARY KEY (user_id, id);
ALTER TABLE earned_strengths ALTER COLUMN id DROP IDENTITY,
    DROP CONSTRAINT earned_strengths_pkey, ADD PRIMARY KEY (user_id, id);

-- Secrets looked up by their hash alone keep the hash first in their key, so the lookup still has
-- its index; user_id follows it.
ALTER TABLE sessions DROP CONSTRAINT sessions_pkey, ADD PRIMARY KEY (id_hash, user_id);
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_token_hash_key, ADD UNIQUE (token_hash, user_id);
ALTER TABLE reminder_settings DROP CONSTRAINT reminder_settings_feed_hash_key, ADD UNIQUE (feed_hash, user_id);

ALTER TABLE steps            ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE check_ins        ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;
ALTER TABLE step_progress    ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;
ALTER TABLE step_choices     ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;
ALTER TABLE journal_entries  ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id);
ALTER TABLE obstacles        ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE experiments      ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;
ALTER TABLE recovery_actions ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE urges            ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE slips            ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE not_spent        ADD FOREIGN KEY (user_id, aim_id)  REFERENCES aims (user_id, id)  ON DELETE CASCADE;
ALTER TABLE loop_habits      ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;
ALTER TABLE step_reminders   ADD FOREIGN KEY (user_id, step_id) REFERENCES steps (user_id, id) ON DELETE CASCADE;

-- The last id given out in each of a person's tables. Counted rather than read off the rows, so the
-- id of a deleted row is never given again; a person's first count starts from their highest id.
CREATE TABLE person_ids (
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    of_table TEXT   NOT NULL,
    last_id  BIGINT NOT NULL CHECK (last_id >= 1),
    PRIMARY KEY (user_id, of_table)
);
