package coach.kaizen.app.api;

import coach.kaizen.app.coach.AccountService;
import coach.kaizen.app.coach.AccountService.NewToken;
import coach.kaizen.core.person.Person;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;

/** Signing up and personal access tokens. */
public final class AccountApi {

    private final AccountService accounts;
    private final Bodies bodies;

    public AccountApi(AccountService accounts, Bodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    record SignUpRequest(String username, String password, String timeZone) {
    }

    record AccountJson(long id, String username, String timeZone) {
    }

    record TokenRequest(String username, String password, String name) {
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

    public void revokeToken(Context ctx, Person person) {
        accounts.revokeToken(person.id(), Params.id(ctx, "tokenId", "token"));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
