package coach.kaizen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The shape of the house: a pure core, SQL only in db, and one clock. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coach.kaizen");

    @Test
    void theCoreUsesNothingButTheJdkAndItself() {
        classes().that().resideInAPackage("coach.kaizen.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("coach.kaizen.core..", "java.lang..",
                        "java.util..", "java.time..", "java.math..")
                .check(CLASSES);
    }

    @Test
    void nothingReadsTheSystemClockButTheInjectedOne() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Date.class)
                .check(CLASSES);
    }

    @Test
    void onlyMainMayTakeTheSystemClock() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheDatabaseLayerSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("coach.kaizen.app.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..",
                        "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void servicesKnowNothingOfTheWebOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("coach.kaizen.app.coach..", "coach.kaizen.app.db..")
                .should().dependOnClassesThat().resideInAnyPackage("coach.kaizen.app.web..", "coach.kaizen.app.cli..",
                        "io.javalin..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void handlersReachTheDataOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("coach.kaizen.app.web..", "coach.kaizen.app.api..")
                .should().callMethod(Database.class, "transaction", Function.class)
                .orShould().callMethod(Database.class, "read", Function.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Stores.class.getName())
                .check(CLASSES);
    }

    @Test
    void theApiStandsOnItsOwn() {
        noClasses().that().resideInAPackage("coach.kaizen.app.api..")
                .should().dependOnClassesThat().resideInAPackage("coach.kaizen.app.web..")
                .check(CLASSES);
    }
}
