package coach.kaizen.app.account;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.db.TokenStore.ApiToken;
import coach.kaizen.app.db.UserStore.Account;
import coach.kaizen.app.db.UserStore.Credentials;
import coach.kaizen.app.reminders.ReminderService;
import coach.kaizen.app.service.Conflict;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.QuietHours;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts: signing up, checking and changing a password, signing out everywhere, deleting an
 * account with everything in it, and the personal access tokens of the API. Password guesses and
 * sign-ups are rate limited ({@link RateLimitService}); {@code address} is the client's, or null from the
 * operator's own tools.
 */
public final class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 200;
    private static final int MAX_TOKEN_NAME = 80;
    private static final int MAX_TOKEN_DAYS = 366;
    private static final String TOKEN_PREFIX = "kz_";

    private final Database database;
    private final PersonalClock clock;
    private final RateLimitService limits;
    private final ReminderService reminders;

    public AccountService(Database database, PersonalClock clock, ReminderService reminders) {
        this.database = database;
        this.clock = clock;
        this.limits = new RateLimitService(database, clock);
        this.reminders = reminders;
    }

    /** The person as the API shows them: their settings, and their quiet hours (null: none). */
    public record Me(Person person, QuietHours quietHours) {
    }

    /** A new token: its secret is in {@code token}, shown this once and never stored. */
    public record NewToken(ApiToken token, String secret) {
    }

    /**
     * A new account. {@code place} holds the zone, and the language and country guessed from the
     * browser (either may be null: English, and no country yet); the day starts at midnight and
     * the week on Monday until the person says otherwise.
     */
    public Person signUp(String username, String password, Place place, String address) {
        List<RateLimitService.Counter> counters = RateLimitService.signUp(address);
        limits.mayTry(counters);
        limits.count(counters);
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
        String hash = Passwords.hash(password(password, name));
        return database.transaction(stores -> {
            if (demo) {
                stores.users().deleteDemo(name);
            }
            return stores.users().create(person, hash, demo, clock.now());
        }).orElseThrow(() -> new Conflict(Message.of("problem.usernameTaken", name)));
    }

    /**
     * The person, when the password is theirs. A wrong one counts against the username as typed and
     * against the address; a right one forgets the username's count. An unknown username costs the
     * same password check and counts the same, so no answer tells whether the account exists.
     */
    public Person signIn(String username, String password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<RateLimitService.Counter> counters = RateLimitService.password(name, address);
        limits.mayTry(counters);
        if (password == null) {
            limits.count(counters);
            throw new SignInRefused();
        }
        Optional<Credentials> credentials = database.read(stores -> stores.users().credentials(name));
        boolean right = credentials.isPresent() && Passwords.matches(password, credentials.get().passwordHash());
        if (credentials.isEmpty()) {
            Passwords.spendTheSameTime(password);
        }
        if (!right) {
            limits.count(counters);
            throw new SignInRefused();
        }
        limits.forget(name);
        return credentials.get().person();
    }

    /** A token made with the username and password (what an API client without a token has). */
    public NewToken createToken(String username, String password, String name, Integer expiresInDays,
            String address) {
        String tokenName = tokenName(name);
        Instant expiresAt = expiry(expiresInDays);
        return newToken(signIn(username, password, address), tokenName, expiresAt);
    }

    /** A token made by a signed-in person; {@code expiresInDays} from 1 to 366, or null for one that never expires. */
    public NewToken createToken(Person person, String name, Integer expiresInDays) {
        return newToken(person, tokenName(name), expiry(expiresInDays));
    }

    private NewToken newToken(Person person, String name, Instant expiresAt) {
        String secret = TOKEN_PREFIX + Secrets.random();
        ApiToken token = database.transaction(
                stores -> stores.tokens().create(person.id(), name, Secrets.hash(secret), clock.now(), expiresAt));
        return new NewToken(token, secret);
    }

    private static String tokenName(String name) {
        return Invalid.check(() -> Text.required(name, "name", MAX_TOKEN_NAME));
    }

    private Instant expiry(Integer expiresInDays) {
        if (expiresInDays == null) {
            return null;
        }
        if (expiresInDays < 1 || expiresInDays > MAX_TOKEN_DAYS) {
            throw new Invalid(Message.of("problem.tokenExpiry", MAX_TOKEN_DAYS));
        }
        return clock.now().plus(Duration.ofDays(expiresInDays));
    }

    /** The person's tokens, oldest first: names and dates, never a secret. */
    public List<ApiToken> tokens(Person person) {
        return database.read(stores -> stores.tokens().list(person.id()));
    }

    public void revokeToken(Person person, long tokenId) {
        boolean revoked = database.transaction(stores -> stores.tokens().delete(person.id(), tokenId));
        if (!revoked) {
            throw new NotFound("token");
        }
    }

    /**
     * A new password, once the current one is confirmed. Every sign-in of the person ends (the page
     * that asked signs its own browser in again); API tokens stay, listed and revocable on their own.
     */
    public void changePassword(Person person, String current, String password) {
        confirm(person, current);
        replacePassword(person, password);
    }

    /** An operator's reset: no current password asked; every sign-in of the person ends. */
    public void resetPassword(Person person, String password) {
        replacePassword(person, password);
    }

    private void replacePassword(Person person, String password) {
        String hash = Passwords.hash(password(password, person.username()));
        database.transaction(stores -> {
            if (!stores.users().setPassword(person.id(), hash)) {
                throw new NotFound("person");
            }
            stores.signIns().deleteAll(person.id());
            return null;
        });
    }

    /** Ends every sign-in of the person, on every device, this one included; API tokens stay. */
    public void signOutEverywhere(Person person) {
        database.transaction(stores -> {
            stores.signIns().deleteAll(person.id());
            return null;
        });
    }

    /** Deletes the account and everything in it, sign-ins and tokens too, once the password is confirmed. */
    public void deleteAccount(Person person, String password) {
        confirm(person, password);
        deleteAccount(person);
    }

    /** An operator's deletion: the same, without the password. */
    public void deleteAccount(Person person) {
        if (!database.transaction(stores -> stores.users().delete(person.id()))) {
            throw new NotFound("person");
        }
    }

    /** Every account, for operators: usernames, when each was made, and which is the demo. */
    public List<Account> accounts() {
        return database.read(stores -> stores.users().accounts());
    }

    /** The person with this username (any case), if there is one. */
    public Optional<Person> find(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return database.read(stores -> stores.users().findByUsername(name));
    }

    /** A change confirmed with the password: wrong ones count against the username, as at sign-in. */
    private void confirm(Person person, String password) {
        List<RateLimitService.Counter> counters = RateLimitService.password(person.username(), null);
        limits.mayTry(counters);
        Optional<String> hash = database.read(stores -> stores.users().passwordHash(person.id()));
        if (password == null || !Passwords.matches(password, hash.orElse(null))) {
            limits.count(counters);
            throw SignInRefused.notYourPassword();
        }
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Invalid(Message.of("problem.username"));
        }
        return name;
    }

    /** A new password: long enough, not one of the most common, and without the username in it. */
    private static String password(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new Invalid(Message.of("problem.password", MIN_PASSWORD, MAX_PASSWORD));
        }
        if (CommonPasswords.contains(password)) {
            throw new Invalid(Message.of("problem.passwordCommon"));
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new Invalid(Message.of("problem.passwordHasUsername"));
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
        return database.transaction(stores -> change(stores, person, wanted));
    }

    /** The person and their quiet hours, read together. */
    public Me me(Person person) {
        return database.read(stores -> new Me(person, reminders.quietHours(stores, person)));
    }

    /** New settings as {@link #change(Person, Settings)} takes them, and new quiet hours (null: none), together. */
    public Me change(Person person, Settings wanted, QuietHours quietHours) {
        return database.transaction(stores -> {
            Person saved = change(stores, person, wanted);
            reminders.setQuietHours(stores, person, quietHours);
            return new Me(saved, quietHours);
        });
    }

    private Person change(Stores stores, Person person, Settings wanted) {
        Person changed = Settings.apply(person, wanted);
        Person saved = stores.users().change(changed).orElseThrow(() -> new NotFound("person"));
        stores.steps().startNoLaterThan(person.id(), clock.today(changed));
        return saved;
    }
}
