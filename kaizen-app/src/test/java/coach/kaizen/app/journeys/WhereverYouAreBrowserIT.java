package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wherever a person is: a Spanish browser does a day's session in Spanish, a French one finds 112
 * on the crisis card, and a trip to Honolulu and back keeps every step and the days since a slip.
 */
class WhereverYouAreBrowserIT extends BrowserJourney {

    /** A Saturday, 09:00 in London, 10:00 in Madrid and Paris, 23:00 the Friday before in Honolulu. */
    private static final Instant SATURDAY = Instant.parse("2026-11-21T09:00:00Z");
    private static final int DAYS_BEFORE = 10;

    @Override
    protected Instant start() {
        return SATURDAY.minus(Duration.ofDays(DAYS_BEFORE));
    }

    @Test
    void aSpanishBrowserDoesADaysSessionInSpanish() throws IOException {
        clock.advance(Duration.ofDays(DAYS_BEFORE));
        open(true, "es-ES");
        page.navigate(app.url() + "signup");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        page.getByLabel("Nombre de usuario").fill("lucia");
        page.getByLabel("Contraseña").fill(PASSWORD);
        assertThat(page.getByLabel("Zona horaria")).hasValue(Chromium.BROWSER_ZONE);
        press("Crear mi cuenta");
        page.waitForURL(app.url() + "aims");

        page.getByLabel("¿Qué quieres mejorar?").fill("Moverme más");
        page.locator("input[name=kind][value=BUILD]").check();
        page.getByLabel("¿Quién quieres ser?").fill("Soy alguien que se mueve cada día");
        press("Añadir esta meta");
        page.getByLabel("La acción diminuta").fill("Caminar");
        page.getByLabel("Cantidad para empezar", new Page.GetByLabelOptions().setExact(true)).fill("10");
        page.getByLabel("Unidad").fill("minutos");
        press("Añadir este paso");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mira tus pasos en Hoy")).click();
        page.waitForURL(app.url() + "today");

        page.locator(".session-card").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Empezar la sesión de hoy")).click();
        page.waitForURL(app.url() + "session/arrive");
        assertThat(page.locator("h1")).hasText("¿Cómo estás hoy?");
        Chromium.tapChip(page.locator("main"), "energy", 7);
        Chromium.tapChip(page.locator("main"), "stress", 3);
        press("Seguir");
        page.waitForURL(app.url() + "session/today");
        assertThat(page.locator(".parts li")).hasText(new String[] {"Llegar", "Hoy", "Una pregunta", "Cierre"});
        checkIn(page.locator("article.step"), 2, "Hecho");
        assertThat(page.locator("article.step .checked")).containsText("Hecho hoy");
        press("Seguir");

        page.waitForURL(app.url() + "session/question");
        String question = page.locator("label.question").textContent().strip();
        assertThat(spanishQuestions()).as("the day's question, from the Spanish bank").contains(question);
        page.getByLabel(question).fill("Dejé las zapatillas junto a la puerta.");
        press("Guardar mi respuesta");
        page.waitForURL(app.url() + "session/close");
        assertThat(page.locator("h1")).hasText("El logro de hoy");
        assertThat(page.locator(".win")).hasText("Hoy hiciste «Caminar».");
        assertThat(page.locator(".vote")).hasText("Es tu 1.º voto por «Soy alguien que se mueve cada día».");
        screenshot("session-close-spanish.png");
        press("Terminar la sesión de hoy");
        assertThat(page.locator(".checked")).containsText("Sesión terminada. Hasta mañana.");
        assertThat(page.locator("html")).hasAttribute("lang", "es");

        // An experiment the step page refuses says why in Spanish too.
        page.navigate(app.url() + "steps/1");
        page.getByLabel("¿Qué vas a cambiar?").fill("Caminar antes del desayuno");
        page.getByLabel("Durante cuántos días").fill("99");
        press("Empezar el experimento");
        assertThat(page.locator("#form-error")).hasText("Los días van de 2 a 28.");
        problems.removeIf(problem -> problem.contains("400") && problem.contains(app.url() + "steps/1/experiments"));
        assertNoProblems();
    }

    /** A French browser, which we ship no words for, still finds 112 to tap on the crisis card, without JavaScript. */
    @Test
    void aFrenchBrowserFinds112OnTheCrisisCard() {
        clock.advance(Duration.ofDays(DAYS_BEFORE));
        Locator card = crisisCardInParis("fr-FR", "amelie");
        assertThat(card.locator("h1")).hasText("You matter more than any step");
        Locator first = card.locator(".reaches a.tap").first();
        assertThat(first).hasAttribute("href", "tel:112");
        assertThat(first).hasText("Emergency: call 112");
        assertThat(card.locator(".reaches a.tap[href='tel:3114']")).hasCount(1);
        // The numbers come right after the heading, before any other words on the card.
        assertThat(card.locator("h1 + ul.reaches")).hasCount(1);
        double height = first.boundingBox().height;
        assertThat(height).as("a tap target for a shaking thumb").isGreaterThanOrEqualTo(48);
        assertThat(services().accounts().signIn("amelie", PASSWORD, null).country()).isEqualTo("FR");
        screenshot("crisis-card-france.png");
        assertNoProblems();
    }

    /** An English browser in Paris: the time zone says where the person is, so the card offers France's lines. */
    @Test
    void anEnglishBrowserInParisFindsFrancesLinesOnTheCrisisCard() {
        Locator card = crisisCardInParis("en-US", "june");
        assertThat(card.locator(".reaches a.tap").first()).hasAttribute("href", "tel:112");
        assertThat(card.locator(".reaches a.tap[href='tel:988']")).hasCount(0);
        assertThat(services().accounts().signIn("june", PASSWORD, null).country()).isEqualTo("FR");
        assertNoProblems();
    }

    /** Signs up in Paris, without JavaScript, from a browser in {@code locale}, and says "I am not safe right now". */
    private Locator crisisCardInParis(String locale, String username) {
        open(false, locale);
        page.navigate(app.url() + "signup");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByLabel("Time zone").fill("Europe/Paris");
        press("Create my account");
        page.waitForURL(app.url() + "aims");
        page.navigate(app.url() + "session");
        press("I am not safe right now");
        page.waitForURL(app.url() + "session/crisis");
        return page.locator("section.crisis");
    }

    /**
     * Four steps from ten days ago and one from this morning; a slip told this morning in London.
     * In Honolulu it is still yesterday, and with a day that starts at 10:00 too: every step stays
     * on Today, and the counter still counts from the slip. Back in London, the same.
     */
    @Test
    void aTripToHonoluluAndBackKeepsEveryStepAndTheSlip() {
        Person noa = services().accounts().signUp("noa", PASSWORD, Place.in("Europe/London"), null);
        Aim wine = services().aims().create(noa, new AimDraft("Less wine", AimKind.RECOVER, null, services().clock().today(noa)));
        for (String action : List.of("Tea at seven", "Walk after work", "Call a friend", "Write three lines")) {
            services().steps().create(noa, wine.id(), new StepDraft(action, new Sizing(5, "minutes", 1, 1, 30.0), null));
        }
        clock.advance(Duration.ofDays(DAYS_BEFORE));
        services().steps().create(noa, wine.id(), new StepDraft("Sparkling water", new Sizing(1, "glass", 1, 1, 3.0), null));

        open(true);
        logIn("noa");
        Locator counter = page.locator("#recovery-" + wine.id() + " .counter");
        assertThat(page.locator("article.step")).hasCount(5);
        assertThat(counter).containsText(DAYS_BEFORE + " days since");

        page.locator("#recovery-" + wine.id()).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("I slipped")).click();
        press("Go on");
        page.waitForURL(Pattern.compile(".*/slips/\\d+"));
        Chromium.tapChip(page.locator("form.card"), "confidence", 5);
        press("Go on");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Today")).click();
        page.waitForURL(app.url() + "today");
        assertThat(counter).hasText("0 days since Saturday 21 November");

        changeSettings("Pacific/Honolulu", "0");
        assertThat(page.locator("main")).containsText("Friday 20 November");
        expectEveryStepAndTheSlip(counter);
        screenshot("today-in-honolulu.png");

        changeSettings("Europe/London", "10");
        assertThat(page.locator("main")).containsText("Friday 20 November");
        expectEveryStepAndTheSlip(counter);

        changeSettings("Europe/London", "0");
        assertThat(page.locator("main")).containsText("Saturday 21 November");
        expectEveryStepAndTheSlip(counter);
        assertThat(page.locator("article.step .checked")).containsText(new String[] {"A slip, said honestly."});
        assertNoProblems();
    }

    private void changeSettings(String zone, String dayStartHour) {
        page.navigate(app.url() + "settings");
        page.getByLabel("Time zone").fill(zone);
        page.getByLabel("My day starts at").selectOption(dayStartHour);
        press("Save");
        assertThat(page.locator(".checked")).containsText(zone);
    }

    private void expectEveryStepAndTheSlip(Locator counter) {
        page.navigate(app.url() + "today");
        assertThat(page.locator("article.step")).hasCount(5);
        assertThat(counter).containsText("0 days since Saturday 21 November");
    }

    private Services services() {
        return app.services();
    }

    private static List<String> spanishQuestions() throws IOException {
        try (InputStream in = WhereverYouAreBrowserIT.class.getResourceAsStream("/coach/kaizen/core/session/questions_es.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.substring(line.indexOf('\t') + 1)).toList();
        }
    }
}
