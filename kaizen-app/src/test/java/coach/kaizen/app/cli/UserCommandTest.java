package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.service.SignInRefused;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.app.testing.TestDatabases;
import coach.kaizen.core.person.Person;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaizen user}: an operator lists accounts, resets a password, deletes an account, over a real SQLite file. */
class UserCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final String PASSWORD = "a long secret";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aFolderWithNoDataIsSaidAndNothingIsMadeThere() {
        assertThat(run("", "user", "list")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: no data in " + folder.toAbsolutePath()
                + ": name the folder the server keeps its data in with --data-dir (the server makes it on its first"
                + " start)\n");
        assertThat(folder.resolve("kaizen.db")).doesNotExist();
    }

    @Test
    void listShowsNamesDatesAndTheDemoAndNothingElse() {
        withServices(services -> null);
        assertThat(run("", "user", "list")).isZero();
        assertThat(out.toString()).isEqualTo("No accounts yet.\n");
        out.getBuffer().setLength(0);
        withServices(services -> {
            services.accounts().signUp("zoe", PASSWORD, Place.in("UTC"), null);
            return services.accounts().replaceDemo("demo", PASSWORD, Place.in("UTC"));
        });

        assertThat(run("", "user", "list")).isZero();
        assertThat(out.toString()).isEqualTo("""
                demo  made 2026-11-21T09:00:00Z  (demo)
                zoe   made 2026-11-21T09:00:00Z
                """).doesNotContain("argon");
    }

    @Test
    void resetPasswordReadsStdinAndEndsEverySignIn() {
        String signIn = withServices(services -> services.signIns().start(
                services.accounts().signUp("sam", PASSWORD, Place.in("UTC"), null)).id());

        assertThat(run("a brand new secret\n", "user", "reset-password", "SAM")).isZero();
        assertThat(out.toString()).isEqualTo("The password of sam is changed, and every sign-in of theirs has ended.\n");
        withServices(services -> {
            assertThat(services.signIns().find(signIn)).isEmpty();
            assertThat(services.accounts().signIn("sam", "a brand new secret", null).username()).isEqualTo("sam");
            Assertions.assertThatThrownBy(() -> services.accounts().signIn("sam", PASSWORD, null))
                    .isInstanceOf(SignInRefused.class);
            return null;
        });
    }

    @Test
    void resetPasswordCanGenerateOneAndPrintItOnce() {
        withServices(services -> services.accounts().signUp("gil", PASSWORD, Place.in("UTC"), null));
        assertThat(run("", "user", "reset-password", "gil", "--generate")).isZero();
        String password = out.toString().lines().findFirst().orElseThrow()
                .replaceFirst("^New password for gil: (\\S+) \\(shown this once\\)$", "$1");
        assertThat(password).hasSize(20);
        assertThat(signsIn("gil", password)).isTrue();
    }

    @Test
    void aShortOrMissingPasswordIsOneLineAndChangesNothing() {
        withServices(services -> services.accounts().signUp("kim", PASSWORD, Place.in("UTC"), null));
        assertThat(run("short\n", "user", "reset-password", "kim")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: password must be 8 to 200 characters\n");
        err.getBuffer().setLength(0);
        assertThat(run("", "user", "reset-password", "kim")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: no password on stdin; nothing was changed (or use --generate)\n");
        assertThat(signsIn("kim", PASSWORD)).isTrue();
    }

    @Test
    void aCommonPasswordOrOneWithTheUsernameIsRefusedAndChangesNothing() {
        withServices(services -> services.accounts().signUp("kim", PASSWORD, Place.in("UTC"), null));
        assertThat(run("password1\n", "user", "reset-password", "kim")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kaizen: that password is one of the most common ones");
        err.getBuffer().setLength(0);
        assertThat(run("call me KIM please\n", "user", "reset-password", "kim")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kaizen: a password that contains the username is easy to guess");
        assertThat(signsIn("kim", PASSWORD)).isTrue();
    }

    @Test
    void deleteNeedsYesThenRemovesTheAccountAndOnlyIt() {
        withServices(services -> {
            Person ada = services.accounts().signUp("ada", PASSWORD, Place.in("UTC"), null);
            services.accounts().createToken(ada, "laptop", null);
            return services.accounts().signUp("bea", PASSWORD, Place.in("UTC"), null);
        });

        assertThat(run("", "user", "delete", "ada")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: this deletes ada and everything in it for good; add --yes to go ahead\n");
        assertThat(exists("ada")).isTrue();

        assertThat(run("", "user", "delete", "ada", "--yes")).isZero();
        assertThat(out.toString()).isEqualTo("Deleted ada and everything in it.\n");
        assertThat(exists("ada")).isFalse();
        assertThat(exists("bea")).isTrue();
    }

    @Test
    void anUnknownUserIsOneLineAndExitCodeTwo() {
        withServices(services -> null);
        assertThat(run("a brand new secret\n", "user", "reset-password", "nobody")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: there is no account named nobody\n");
        err.getBuffer().setLength(0);
        assertThat(run("", "user", "delete", "nobody", "--yes")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: there is no account named nobody\n");
        err.getBuffer().setLength(0);
        assertThat(run("", "user", "delete", "nobody")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: there is no account named nobody\n");
        err.getBuffer().setLength(0);
        assertThat(run("", Map.of("KAIZEN_LANGUAGE", "es"), "user", "delete", "nobody", "--yes")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kaizen: no hay ninguna cuenta llamada nobody\n");
    }

    @Test
    void userWithoutASubcommandShowsItsUsageAsAUsageError() {
        assertThat(run("", "user")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: kaizen user", "list", "reset-password", "delete");
        assertThat(run("", "user", "delete", "--help")).isZero();
        assertThat(out.toString()).contains("Delete the account NAME", "The account's username.", "--yes",
                "cannot be undone");
    }

    private boolean exists(String username) {
        Boolean found = withServices(services -> services.accounts().find(username).isPresent());
        return found;
    }

    private boolean signsIn(String username, String password) {
        Boolean signedIn = withServices(services -> services.accounts().signIn(username, password, null).id() > 0);
        return signedIn;
    }

    private <T> T withServices(Function<Services, T> work) {
        try (TestDatabase test = TestDatabases.sqlite(folder)) {
            return work.apply(Services.over(test.database(), Clock.fixed(NOW, ZoneOffset.UTC)));
        }
    }

    private int run(String in, String... args) {
        return run(in, Map.of(), args);
    }

    /** Runs {@code kaizen ARGS}, over the test's folder when a subcommand of user is given. */
    private int run(String in, Map<String, String> env, String... args) {
        String[] withData = args;
        if (args.length > 1) {
            withData = Arrays.copyOf(args, args.length + 2);
            withData[args.length] = "--data-dir";
            withData[args.length + 1] = folder.toString();
        }
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(in)), new PrintWriter(out, true),
                new PrintWriter(err, true), false);
        return Cli.run(withData, env, Clock.fixed(NOW, ZoneOffset.UTC), terminal);
    }
}
