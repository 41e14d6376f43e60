package coach.kaizen.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

/** The shape of the house: a pure core, SQL only in db, features without cycles, and one clock. */
class ArchitectureTest {

    private static final String[] FEATURES = {"coach.kaizen.app.account..", "coach.kaizen.app.steps..",
        "coach.kaizen.app.today..", "coach.kaizen.app.practice..", "coach.kaizen.app.recovery..",
        "coach.kaizen.app.session..", "coach.kaizen.app.help..", "coach.kaizen.app.review..",
        "coach.kaizen.app.exchange.."};

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

    /** Features, and the shared rooms under them, lean on each other one way only. */
    @Test
    void noPackageCyclesBetweenFeatures() {
        slices().matching("coach.kaizen.app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void servicesKnowNothingOfTheWebOrTheCommandLine() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAPackage("coach.kaizen.app.db..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..",
                        "coach.kaizen.app.cli..")
                .check(CLASSES);
        noClasses().that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("coach.kaizen.app.http..")
                .should().dependOnClassesThat().resideInAPackage("coach.kaizen.app.http..")
                .check(CLASSES);
    }

    /**
     * Stores and the database are reached through a feature's service; pages and APIs may read the
     * records a store answers with. The wiring (App, Services) and the operator's commands are the exceptions.
     */
    @Test
    void theDatabaseIsReachedOnlyFromServices() {
        noClasses().that().resideOutsideOfPackages("coach.kaizen.app.db..", "coach.kaizen.app.cli..")
                .and().resideOutsideOfPackage("coach.kaizen.app")
                .and().haveSimpleNameNotEndingWith("Service")
                .should().dependOnClassesThat(resideInAPackage("coach.kaizen.app.db..")
                        .and(not(assignableTo(Record.class))).and(not(assignableTo(Exception.class))))
                .check(CLASSES);
    }

    @Test
    void handlersReachTheDataOnlyThroughServices() {
        noClasses().that().haveSimpleNameNotEndingWith("Service")
                .and().resideOutsideOfPackages("coach.kaizen.app.db..", "coach.kaizen.app.cli..")
                .and().resideOutsideOfPackage("coach.kaizen.app")
                .should().callMethod(Database.class, "transaction", Function.class)
                .orShould().callMethod(Database.class, "read", Function.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Stores.class.getName())
                .check(CLASSES);
    }

    /**
     * A feature's service reaches another's through that service, passed in its constructor (so the
     * wiring shows every link): no static helper outside db takes the stores. Work that must join the
     * caller's transaction is a service method that takes the caller's {@link Stores}.
     */
    @Test
    void noStaticHelperTakesTheStores() {
        noMethods().that().areStatic().and().areNotPrivate()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("coach.kaizen.app.db..")
                .should().haveRawParameterTypes(describe("the stores among them",
                        types -> types.stream().anyMatch(type -> type.isEquivalentTo(Stores.class))))
                .check(CLASSES);
    }

    /** The shared rooms serve every feature and know none of them. */
    @Test
    void theSharedRoomsKnowNoFeature() {
        noClasses().that().resideInAnyPackage("coach.kaizen.app.http..", "coach.kaizen.app.service..",
                        "coach.kaizen.app.i18n..", "coach.kaizen.app.db..", "coach.kaizen.app.config..",
                        "coach.kaizen.app.picture..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }
}
