package coach.kaizen.app.cli;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.UserStore.Account;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.text.Message;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code kaizen user}: what an operator may do for a person who asks: list the accounts, reset a
 * forgotten password, delete an account. Each calls the same {@link AccountService} method the
 * person's own page and API call. An unknown name is one line and exit code 2.
 */
@Command(name = "user", mixinStandardHelpOptions = true)
final class UserCommand implements Callable<Integer> {

    private static final int GENERATED_LENGTH = 20;

    @Spec
    CommandSpec spec;

    /** The command with its three subcommands, as {@link Cli} adds it. */
    static CommandLine of(Cli cli) {
        return new CommandLine(new UserCommand()).addSubcommand(new ListCommand(cli))
                .addSubcommand(new ResetPasswordCommand(cli)).addSubcommand(new DeleteCommand(cli));
    }

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Runs {@code work} on the accounts of the database the options name, brought up to date first. */
    private static <T> T withAccounts(Cli cli, DatabaseOptions database, Function<AccountService, T> work) {
        try (Database db = Database.open(database.existing(cli))) {
            db.migrate();
            return work.apply(Services.over(db, cli.clock()).accounts());
        }
    }

    /** A subcommand about one account, named by its username: the NAME, the database, and the work on both. */
    abstract static class OneAccount implements Callable<Integer> {

        final Cli cli;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "username")
        String username;

        @Mixin
        DatabaseOptions database;

        OneAccount(Cli cli) {
            this.cli = cli;
        }

        /** Runs {@code work} on the account named, or says there is none (exit code 2). */
        void withPerson(BiConsumer<AccountService, Person> work) {
            withAccounts(cli, database, accounts -> {
                Person person = accounts.find(username)
                        .orElseThrow(() -> new Invalid(Message.of("cli.user.unknown", username)));
                work.accept(accounts, person);
                return null;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        private final Cli cli;

        @Mixin
        DatabaseOptions database;

        ListCommand(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            List<Account> accounts = withAccounts(cli, database, AccountService::accounts);
            if (accounts.isEmpty()) {
                cli.out().println(cli.texts().t("cli.user.list.none"));
                return 0;
            }
            int width = accounts.stream().mapToInt(account -> account.username().length()).max().orElse(0);
            for (Account account : accounts) {
                cli.out().println(cli.texts().t(account.demo() ? "cli.user.list.demo" : "cli.user.list.person",
                        pad(account.username(), width), account.createdAt().truncatedTo(ChronoUnit.SECONDS).toString()));
            }
            return 0;
        }

        private static String pad(String name, int width) {
            return name + " ".repeat(width - name.length());
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true)
    static final class ResetPasswordCommand extends OneAccount {

        @Option(names = "--generate")
        boolean generate;

        ResetPasswordCommand(Cli cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            withPerson((accounts, person) -> {
                String password = generate ? Secrets.password(GENERATED_LENGTH, person.username()) : newPassword();
                accounts.resetPassword(person, password);
                if (generate) {
                    cli.out().println(cli.texts().t("cli.user.reset.generated", person.username(), password));
                }
                cli.out().println(cli.texts().t("cli.user.reset.done", person.username()));
            });
            return 0;
        }

        /** Asked twice without echo at a terminal; else the first line of stdin. */
        private String newPassword() {
            Console console = System.console();
            if (cli.terminal().interactive() && console != null) {
                char[] first = console.readPassword("%s", cli.texts().t("cli.user.reset.ask"));
                char[] again = console.readPassword("%s", cli.texts().t("cli.user.reset.again"));
                if (first == null || !Arrays.equals(first, again)) {
                    throw new Invalid(Message.of("cli.user.reset.mismatch"));
                }
                return new String(first);
            }
            try {
                String line = cli.terminal().in().readLine();
                if (line == null) {
                    throw new Invalid(Message.of("cli.user.reset.none"));
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class DeleteCommand extends OneAccount {

        @Option(names = "--yes")
        boolean yes;

        DeleteCommand(Cli cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            withPerson((accounts, person) -> {
                // Whether there is such an account is said first: confirming an unknown name helps no one.
                if (!yes) {
                    throw new Invalid(Message.of("cli.user.delete.confirm", person.username()));
                }
                accounts.deleteAccount(person);
                cli.out().println(cli.texts().t("cli.user.delete.done", person.username()));
            });
            return 0;
        }
    }
}
