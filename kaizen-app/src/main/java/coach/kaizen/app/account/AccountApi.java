package coach.kaizen.app.account;

import coach.kaizen.app.account.AccountService.Me;
import coach.kaizen.app.account.AccountService.NewToken;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.db.TokenStore.ApiToken;
import coach.kaizen.app.http.Bodies;
import coach.kaizen.app.http.ClientAddress;
import coach.kaizen.app.http.Params;
import coach.kaizen.app.i18n.Places;
import coach.kaizen.app.reminders.QuietHoursJson;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.person.Theme;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/** Signing up, personal access tokens, and the person's own account: password, sign-ins, deletion. */
public final class AccountApi {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final Bodies bodies;

    public AccountApi(AccountService accounts, PersonalClock clock, Bodies bodies) {
        this.accounts = accounts;
        this.clock = clock;
        this.bodies = bodies;
    }

    /**
     * {@code language} and {@code country} are optional: English, and the country of the time zone
     * or of the browser's languages, as {@link Places#countryOf} guesses it, if any.
     */
    record SignUpRequest(String username, String password, String timeZone, String language, String country) {
    }

    record AccountJson(long id, String username, String timeZone, String language, String country) {
    }

    /** {@code expiresInDays} is optional: 1 to 366, or none for a token that never expires. */
    record TokenRequest(String username, String password, String name, Integer expiresInDays) {
    }

    record PasswordRequest(String current, String password) {
    }

    record DeleteRequest(String password) {
    }

    /**
     * Where and when the person's days are (their zone, the hour a day starts, the first day of
     * their week, and today there), the language they read, their country (null until set) and
     * their pages' theme, and their quiet hours for reminders (null: none).
     */
    record MeJson(long id, String username, String timeZone, int dayStartHour, DayOfWeek weekStart, LocalDate today,
            String language, String country, Theme theme, QuietHoursJson quietHours) {
    }

    /** What PATCH /api/v1/me takes: the settings and the quiet hours, merged over the person's own. */
    record MeRequest(String timeZone, Integer dayStartHour, String weekStart, String language, String country,
            String theme, QuietHoursJson quietHours) {

        static MeRequest of(Me me) {
            Settings now = Settings.of(me.person());
            return new MeRequest(now.timeZone(), now.dayStartHour(), now.weekStart(), now.language(), now.country(),
                    now.theme(), QuietHoursJson.of(me.quietHours()));
        }

        Settings settings() {
            return new Settings(timeZone, dayStartHour, weekStart, language, country, theme);
        }
    }

    /** The only time the token itself is shown. */
    record NewTokenJson(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    /** A token as listed: when it was made, last used (null: not yet) and stops working (null: never). */
    record TokenJson(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    public void signUp(Context ctx) {
        SignUpRequest request = bodies.read(ctx, SignUpRequest.class);
        // As a browser's sign-up does: the crisis lines a person is shown follow this country.
        String country = request.country() != null ? request.country()
                : Places.countryOf(request.timeZone(), ctx.header("Accept-Language")).orElse(null);
        Person person = accounts.signUp(request.username(), request.password(),
                new Place(request.timeZone(), request.language(), country), ClientAddress.of(ctx));
        ctx.status(HttpStatus.CREATED).json(new AccountJson(person.id(), person.username(), person.zone().getId(),
                person.language(), person.country()));
    }

    public void createToken(Context ctx) {
        TokenRequest request = bodies.read(ctx, TokenRequest.class);
        NewToken created = accounts.createToken(request.username(), request.password(), request.name(),
                request.expiresInDays(), ClientAddress.of(ctx));
        ApiToken token = created.token();
        ctx.status(HttpStatus.CREATED).json(new NewTokenJson(token.id(), token.name(), created.secret(),
                token.createdAt(), token.expiresAt()));
    }

    public void tokens(Context ctx, Person person) {
        ctx.json(accounts.tokens(person).stream().map(token -> new TokenJson(token.id(), token.name(),
                token.createdAt(), token.lastUsedAt(), token.expiresAt())).toList());
    }

    /** PUT /api/v1/me/password: every sign-in in a browser ends; tokens stay. */
    public void changePassword(Context ctx, Person person) {
        PasswordRequest request = bodies.read(ctx, PasswordRequest.class);
        accounts.changePassword(person, request.current(), request.password());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** DELETE /api/v1/me/sign-ins: signs the person out of every browser; tokens stay. */
    public void signOutEverywhere(Context ctx, Person person) {
        accounts.signOutEverywhere(person);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** DELETE /api/v1/me: the account and everything in it, this token included. */
    public void delete(Context ctx, Person person) {
        accounts.deleteAccount(person, bodies.read(ctx, DeleteRequest.class).password());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void me(Context ctx, Person person) {
        ctx.json(json(accounts.me(person)));
    }

    /**
     * PATCH /api/v1/me: a new time zone (travel), day-start hour, week start, language, country,
     * theme or quiet hours; the rest stays.
     */
    public void change(Context ctx, Person person) {
        MeRequest wanted = bodies.patch(ctx, MeRequest.of(accounts.me(person)), MeRequest.class);
        ctx.json(json(accounts.change(person, wanted.settings(), QuietHoursJson.parse(wanted.quietHours()))));
    }

    private MeJson json(Me me) {
        Person person = me.person();
        return new MeJson(person.id(), person.username(), person.zone().getId(), person.dayStartHour(),
                person.weekStart(), clock.today(person), person.language(), person.country(), person.theme(),
                QuietHoursJson.of(me.quietHours()));
    }

    public void revokeToken(Context ctx, Person person) {
        accounts.revokeToken(person, Params.id(ctx, "tokenId", "token"));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
