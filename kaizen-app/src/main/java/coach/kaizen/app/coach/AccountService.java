package coach.kaizen.app.coach;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.TokenStore.ApiToken;
import coach.kaizen.app.db.UserStore.Credentials;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Text;
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

    public Person signUp(String username, String password, String timeZone) {
        return create(username, password, timeZone, false);
    }

    /** The demo account: same rules, marked so the pages say it is made up and a new demo can replace it. */
    public Person replaceDemo(String username, String password, String timeZone) {
        return create(username, password, timeZone, true);
    }

    private Person create(String username, String password, String timeZone, boolean demo) {
        String name = username(username);
        ZoneId zone = zone(timeZone);
        String hash = Passwords.hash(password(password));
        return database.transaction(stores -> {
            if (demo) {
                stores.users().deleteDemo(name);
            }
            return stores.users().create(name, zone, 0, hash, demo, clock.now());
        }).orElseThrow(() -> new Conflict("the username " + name + " is taken; please choose another"));
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

    /** Whose token this is; empty for a token that never existed or was revoked. */
    public Optional<Person> tokenOwner(String secret) {
        return database.read(stores -> stores.tokens().owner(Secrets.hash(secret)));
    }

    public void revokeToken(long userId, long tokenId) {
        boolean revoked = database.transaction(stores -> stores.tokens().delete(userId, tokenId));
        if (!revoked) {
            throw new NotFound("token");
        }
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Invalid("username must be 3 to 40 letters, digits, dots, dashes or underscores");
        }
        return name;
    }

    private static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new Invalid("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    /**
     * A new zone (travel) or day-start hour. Check-ins stay on the days they were made for, so a
     * day is never there twice; a day the move skips can still be checked in late.
     */
    public Person changeDays(long userId, String timeZone, Integer dayStartHour) {
        ZoneId zone = zone(timeZone);
        if (dayStartHour == null || dayStartHour < 0 || dayStartHour > 23) {
            throw new Invalid("day start hour must be a whole hour from 0 (midnight) to 23");
        }
        return database.transaction(stores -> stores.users().changeDays(userId, zone, dayStartHour))
                .orElseThrow(() -> new NotFound("person"));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
            throw new Invalid("time zone must be a name like Europe/Paris or America/New_York");
        }
        return ZoneId.of(timeZone.strip());
    }
}
