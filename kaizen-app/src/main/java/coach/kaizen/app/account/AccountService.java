package coach.kaizen.app.account;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.TokenStore.ApiToken;
import coach.kaizen.app.db.UserStore.Credentials;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts: signing up, checking a password, and the personal access tokens of the API. */
public final class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;
    private static final int MAX_TOKEN_NAME = 80;
    private static final String TOKEN_PREFIX = "kz_";

    private final Database database;
    private final PersonalClock clock;

    public AccountService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new token: its secret is in {@code token}, shown this once and never stored. */
    public record NewToken(ApiToken token, String secret) {
    }

    /**
     * A new account. {@code place} holds the zone, and the language and country guessed from the
     * browser (either may be null: English, and no country yet); the day starts at midnight and
     * the week on Monday until the person says otherwise.
     */
    public Person signUp(String username, String password, Place place) {
        return create(username, password, place, false);
    }

    /** The demo account: same rules, marked so the pages say it is made up and a new demo can replace it. */
    public Person replaceDemo(String username, String password, Place place) {
        return create(username, password, place, true);
    }

    /** Where a new account's days are, and what it reads, as the browser or the client says. */
    public record Place(String timeZone, String language, String country) {

        /** A zone alone: English, and no country yet. */
        public static Place in(String timeZone) {
            return new Place(timeZone, null, null);
        }
    }

    private Person create(String username, String password, Place place, boolean demo) {
        String name = username(username);
        Person newcomer = Person.newcomer(name, ZoneId.of("UTC"), 0);
        Person person = Settings.apply(newcomer, new Settings(place.timeZone(), 0, newcomer.weekStart().name(),
                place.language() == null ? newcomer.language() : place.language(), place.country(),
                newcomer.theme().name()));
        String hash = Passwords.hash(password(password));
        return database.transaction(stores -> {
            if (demo) {
                stores.users().deleteDemo(name);
            }
            return stores.users().create(person, hash, demo, clock.now());
        }).orElseThrow(() -> new Conflict(Message.of("problem.usernameTaken", name)));
    }

    /** The person, when the password is theirs. */
    public Person signIn(String username, String password) {
        if (username == null || password == null) {
            throw new SignInRefused();
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Optional<Credentials> credentials = database.read(stores -> stores.users().credentials(name));
        if (credentials.isEmpty()) {
            Passwords.spendTheSameTime(password);
            throw new SignInRefused();
        }
        if (!Passwords.matches(password, credentials.get().passwordHash())) {
            throw new SignInRefused();
        }
        return credentials.get().person();
    }

    public NewToken createToken(String username, String password, String name) {
        String tokenName = Invalid.check(() -> Text.required(name, "name", MAX_TOKEN_NAME));
        Person person = signIn(username, password);
        String secret = TOKEN_PREFIX + Secrets.random();
        ApiToken token = database.transaction(
                stores -> stores.tokens().create(person.id(), tokenName, Secrets.hash(secret), clock.now()));
        return new NewToken(token, secret);
    }

    public void revokeToken(Person person, long tokenId) {
        boolean revoked = database.transaction(stores -> stores.tokens().delete(person.id(), tokenId));
        if (!revoked) {
            throw new NotFound("token");
        }
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Invalid(Message.of("problem.username"));
        }
        return name;
    }

    private static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new Invalid(Message.of("problem.password", MIN_PASSWORD, MAX_PASSWORD));
        }
        return password;
    }

    /**
     * New settings: a zone (travel), a day-start hour, a week start, a language or a country.
     * Check-ins stay on the days they were made for, so a day is never there twice, and a day the
     * move skips can still be checked in late. A step's first day follows the person: when the move
     * puts today before it (a zone where it is still yesterday, a later day-start hour), the step
     * starts on the new today, so it is on Today and takes its check-in there.
     */
    public Person change(Person person, Settings wanted) {
        Person changed = Settings.apply(person, wanted);
        LocalDate today = clock.today(changed);
        return database.transaction(stores -> {
            Person saved = stores.users().change(changed).orElseThrow(() -> new NotFound("person"));
            stores.steps().startNoLaterThan(person.id(), today);
            return saved;
        });
    }
}
