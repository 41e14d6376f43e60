package coach.kaizen.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LogSetupTest {

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogSetup.class);
    }

    @Test
    void oneLinePerMessageOnStandardOutputAndTheLibrariesOnlyWhenSomethingIsWrong() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("coach.kaizen.app.http.RequestLog").getEffectiveLevel()).isEqualTo(Level.INFO);

        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("console");
        assertThat(console.isStarted()).isTrue();
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger("coach.kaizen.app.http.RequestLog"),
                Level.INFO, "GET /today 200 3ms", null, null);
        event.setTimeStamp(ZonedDateTime.of(LocalDate.of(2026, 12, 6), LocalTime.of(9, 14, 2, 311_000_000),
                ZoneId.systemDefault()).toInstant().toEpochMilli());
        assertThat(new String(console.getEncoder().encode(event), StandardCharsets.UTF_8))
                .isEqualTo("09:14:02.311 INFO  c.k.a.h.RequestLog - GET /today 200 3ms" + System.lineSeparator());
    }
}
