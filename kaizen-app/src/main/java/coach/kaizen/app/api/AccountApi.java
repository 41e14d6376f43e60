package coach.kaizen.app.api;

import coach.kaizen.app.coach.AccountService;
import coach.kaizen.app.coach.PersonalClock;
import coach.kaizen.app.coach.AccountService.NewToken;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Signing up and personal access tokens. */
public final class AccountApi {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final Bodies bodies;

    public AccountApi(AccountService accounts, PersonalClock clock, Bodies bodies) {
        this.accounts = accounts;
        this.clock = clock;
        this.bodies = bodies;
    }

    record SignUpRequest(String username, String password, String timeZone) {
    }

    record AccountJson(long id, String username, String timeZone) {
    }

    record TokenRequest(String username, String password, String name) {
    }

    /** Where and when the person's days are: their zone, the hour a day starts, and today there. */
    record DaysJson(long id, String username, String timeZone, int dayStartHour, LocalDate today) {
    }

    record DaysRequest(String timeZone, Integer dayStartHour) {
    }

    /** The only time the token itself is shown. */
    record TokenJson(long id, String name, String token, Instant createdAt) {
    }

    public void signUp(Context ctx) {
        SignUpRequest request = bodies.read(ctx, SignUpRequest.class);
        Person person = accounts.signUp(request.username(), request.password(), request.timeZone());
        ctx.status(HttpStatus.CREATED).json(new AccountJson(person.id(), person.username(), person.zone().getId()));
    }

    public void createToken(Context ctx) {
        TokenRequest request = bodies.read(ctx, TokenRequest.class);
        NewToken created = accounts.createToken(request.username(), request.password(), request.name());
        ctx.status(HttpStatus.CREATED).json(new TokenJson(created.token().id(), created.token().name(),
                created.secret(), created.token().createdAt()));
    }

    public void me(Context ctx, Person person) {
        ctx.json(days(person));
    }

    /** PATCH /api/v1/me: a new time zone (travel) or day-start hour; the fields not sent stay. */
    public void changeDays(Context ctx, Person person) {
        DaysRequest current = new DaysRequest(person.zone().getId(), person.dayStartHour());
        DaysRequest wanted = bodies.patch(ctx, current, DaysRequest.class);
        ctx.json(days(accounts.changeDays(person.id(), wanted.timeZone(), wanted.dayStartHour())));
    }

    private DaysJson days(Person person) {
        return new DaysJson(person.id(), person.username(), person.zone().getId(), person.dayStartHour(),
                clock.today(person));
    }

    public void revokeToken(Context ctx, Person person) {
        accounts.revokeToken(person.id(), Params.id(ctx, "tokenId", "token"));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
