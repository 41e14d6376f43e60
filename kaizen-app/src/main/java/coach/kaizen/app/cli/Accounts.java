package coach.kaizen.app.cli;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.db.Database;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;

/** The account a command acts for, by its username; an unknown name is a usage error. */
final class Accounts {

    private Accounts() {
    }

    static Person named(Database db, String username) {
        return db.read(stores -> stores.users().findByUsername(username))
                .orElseThrow(() -> new ConfigException(Message.of("cli.problem.noAccount", username)));
    }
}
