package coach.kaizen.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.recovery.RecoveryService.Panel;
import coach.kaizen.app.recovery.RecoveryService.Progress;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Theme;
import coach.kaizen.core.picture.RecoveryRuns;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.SafetyPlan;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.text.Message;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The recovery pages and the core's recovery words, said in English as before and in Spanish. */
class RecoveryWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final Texts ENGLISH = Catalog.shipped().texts("en");
    private static final Texts SPANISH = Catalog.shipped().texts("es");

    @Test
    void afterASlipWhatIsKeptNamesOnlyWhatThereIs() {
        assertThat(ENGLISH.t("recovery.after.kept", 0, 0)).isEqualTo("Nothing is erased. Still here: every day you logged before.");
        assertThat(ENGLISH.t("recovery.after.kept", 12, 0))
                .isEqualTo("Nothing is erased. Still here: your 12 recovery wins and every day you logged before.");
        assertThat(ENGLISH.t("recovery.after.kept", 0, 1))
                .isEqualTo("Nothing is erased. Still here: the urge that passed and every day you logged before.");
        assertThat(ENGLISH.t("recovery.after.kept", 1, 3)).isEqualTo(
                "Nothing is erased. Still here: your recovery win, the 3 urges that passed and every day you logged before.");
        assertThat(SPANISH.t("recovery.after.kept", 2, 0))
                .isEqualTo("No se borra nada. Sigue aquí todo: tus 2 logros de recuperación y cada día que anotaste antes.");
        assertThat(SPANISH.t("recovery.after.kept", 0, 0)).isEqualTo("No se borra nada. Sigue aquí todo: cada día que anotaste antes.");
    }

    @Test
    void theCoresRefusalsReadAsTheyAlwaysDidInEnglish() {
        assertThat(ENGLISH.say(Message.of("recovery.problem.intensity"))).isEqualTo("intensity must be from 0 to 10");
        assertThat(ENGLISH.say(Message.of("recovery.problem.passed")))
                .isEqualTo("passed is required: did the urge pass without use?");
        assertThat(ENGLISH.say(Message.of("recovery.problem.confidence"))).isEqualTo("confidence must be from 0 to 10");
        assertThat(ENGLISH.say(Message.of("recovery.problem.confidenceRequired")))
                .isEqualTo("confidence is required (0 to 10)");
        assertThat(ENGLISH.say(Message.of("problem.required", "date"))).as("a slip without its date")
                .isEqualTo("date is required");
        assertThat(ENGLISH.say(Message.of("recovery.problem.kind")))
                .isEqualTo("kind is required (one of the listed wins, or OWN with text)");
        assertThat(ENGLISH.say(Message.of("recovery.problem.slipDay", 7, "2026-11-14", "2026-11-21", "2026-11-22")))
                .isEqualTo("a slip can be told for today or up to 7 days back (2026-11-14 to 2026-11-21), not 2026-11-22");
        assertThat(SPANISH.say(Message.of("recovery.problem.slipDay", 7, "2026-11-14", "2026-11-21", "2026-11-22")))
                .isEqualTo("un desliz se puede contar para hoy o hasta 7 días atrás (del 2026-11-14 al 2026-11-21), "
                        + "no el 2026-11-22");
        assertThat(SPANISH.say(Message.of("recovery.problem.intensity"))).isEqualTo("la intensidad va de 0 a 10");
    }

    @Test
    void everyListedWinHasItsWordsInEnglishAsBeforeAndInSpanish() {
        assertThat(List.of(RecoveryActionKind.values()).stream().filter(kind -> kind != RecoveryActionKind.OWN)
                .map(kind -> ENGLISH.say(kind.words())).toList()).containsExactly(
                        "A minute of breathing before reacting", "A healthy choice in a stressful moment",
                        "An honest conversation", "A boundary set", "A craving resisted", "A new perspective",
                        "An act of self-respect");
        assertThat(SPANISH.say(RecoveryActionKind.BOUNDARY.words())).isEqualTo("Un límite puesto");
        assertThat(SPANISH.say(new RecoveryAction(0, 1, TODAY, RecoveryActionKind.OWN, "It's {mine}").words()))
                .as("the person's own words, as written").isEqualTo("It's {mine}");
    }

    @Test
    void theWinsPageSpeaksSpanish() {
        String page = render("recovery/wins.jte", SPANISH, winsPage(SPANISH));
        assertThat(page).contains("<html lang=\"es\">",
                "2 tramos desde el dom 1 nov: este lleva 5 días, el más largo 15 días, y 20 días en total.",
                "Sin gastar en este tramo (5 días): 22,50 € y 2 horas 30 minutos.",
                "1 hito alcanzado en este tramo, el último de 1 día. Próximo hito: 7 días, dentro de 2 días.",
                "Desde la semana del lun 16 nov: 2 logros, y pasaron 1 de 1 impulso.", "<h1 id=\"wins\">Tus logros de recuperación</h1>",
                "<li>Un límite puesto</li>", "<li>Un impulso que pasó (7 de 10)</li>", "<li>Me hice la cena</li>",
                "En total: <strong>2</strong> logros de recuperación y <strong>1</strong> impulso que pasó.",
                "<strong>20</strong> días desde el domingo 1 de noviembre",
                ">Tuve un desliz</a>", "placeholder=\"Me hice una cena de verdad\"");
        assertThat(page).doesNotContain("A boundary set", "In all", "recovery win");
    }

    @Test
    void theWinsPageReadsInEnglishAsBefore() {
        String page = render("recovery/wins.jte", ENGLISH, winsPage(ENGLISH));
        assertThat(page).contains("<title>Recovery: Less wine · Kaizen Coach</title>",
                "2 runs since Sun 1 Nov: this one is 5 days, the longest 15 days, and 20 days in all.",
                "Not spent in this run (5 days): €22.50 and 2 hours 30 minutes.",
                "Not spent since the counter began, every day but the days of slips (19 days): €85.50 and 9 hours 30 minutes.",
                "1 milestone reached in this run, the latest 1 day. Next milestone: 7 days, in 2 days.", "<li>A boundary set</li>",
                "<li>An urge that passed (7 of 10)</li>",
                "In all: <strong>2</strong> recovery wins and <strong>1</strong> urge that passed. These only ever grow.",
                "<strong>20</strong> days since Sunday 1 November", ">A minute of breathing before reacting</button>");
    }

    /** A long run is what the counter is for: a day of another year says which. */
    @Test
    void aCounterFromAnEarlierYearSaysItsYear() {
        Panel panel = panel(LocalDate.of(2024, 3, 15));
        assertThat(render("recovery/wins.jte", ENGLISH, winsPage(ENGLISH, panel)))
                .contains("days since Friday 15 March 2024", "runs since Fri 15 Mar 2024:", ">Mon 16 Nov<");
        assertThat(render("recovery/wins.jte", SPANISH, winsPage(SPANISH, panel)))
                .contains("días desde el viernes 15 de marzo de 2024");
    }

    @Test
    void theBreathingMinuteHandsItsWordsToTheScript() {
        String page = render("recovery/breathe.jte", SPANISH, Map.of("panel", panel(), "from", "wins"));
        assertThat(page).contains("data-breath-done=\"Un minuto, hecho. Lo anotamos como un logro…\"",
                "data-breath-offline=\"Estás sin conexión. Tu minuto se anotará en cuanto vuelvas a tener conexión.\"",
                "aria-label=\"Tiempo que queda\"", "<span class=\"in\">Inhala</span>");
        assertThat(render("recovery/breathe.jte", ENGLISH, Map.of("panel", panel(), "from", "wins")))
                .contains("data-breath-offline=\"You are offline. Your minute will be logged as soon as you are back online.\"");
    }

    @Test
    void theSafetyPlanPrintsItsNumbersAsLinksToCall() {
        SafetyPlan plan = new SafetyPlan("Not sleeping", null, null, "Sam +44 7700 900123 <b>", null, null);
        Map<String, String> values = PlanPart.ALL.stream().collect(Collectors.toMap(PlanPart::field, part -> part.in(plan)));
        String page = render("safetyplan.jte", SPANISH, Map.of("form", Form.of(values), "saved", true, "plan", plan));
        assertThat(page).contains("<h1>Mi plan de seguridad</h1>", "<label for=\"warningSigns\">Mis señales de alerta</label>",
                "<h3>Personas a las que puedo pedir ayuda</h3>",
                "<p class=\"plan-words\">Sam <a href=\"tel:+447700900123\">+44 7700 900123</a> &lt;b&gt;</p>",
                ">Guardar mi plan</button>", "Guardado. <a href=\"/help\">Verlo en la página de ayuda</a>");
        assertThat(page).doesNotContain("<h3>Lo que puedo hacer por mi cuenta</h3>");

        String empty = render("safetyplan.jte", ENGLISH, Map.of("form", Form.empty(), "saved", false,
                "plan", SafetyPlan.EMPTY));
        assertThat(empty).contains("<label for=\"helpers\">People I can ask for help</label>", ">Print it</button>")
                .doesNotContain("plan-print");
    }

    @Test
    void thePlanPartsPartialIsTheHelpPagesToo() {
        SafetyPlan plan = new SafetyPlan(null, null, null, null, "Line 0800 111 0 111", null);
        Frame frame = new Frame("", "ana", false, ENGLISH, Theme.DEVICE);
        StringOutput out = new StringOutput();
        TEMPLATES.render("planparts.jte", Map.of("frame", frame, "plan", plan), out);
        assertThat(out.toString()).contains("<h3>Professionals and crisis lines</h3>",
                "Line <a href=\"tel:08001110111\">0800 111 0 111</a>").doesNotContain("My warning signs");
    }

    @Test
    void everyRecoveryWordIsInBothLanguages() {
        assertThat(Catalog.messages("es").keySet().stream().filter(key -> key.startsWith("recovery.")).sorted())
                .containsExactlyElementsOf(Catalog.messages("en").keySet().stream()
                        .filter(key -> key.startsWith("recovery.")).sorted().toList());
        for (PlanPart part : PlanPart.ALL) {
            assertThat(SPANISH.has(part.titleKey())).as(part.field()).isTrue();
            assertThat(part.prompt(SPANISH)).as(part.field()).isNotEqualTo(part.prompt(ENGLISH));
        }
    }

    /** The wins page of an aim counting from 1 November, with a slip on the 16th and 4.50 € and 30 minutes a day. */
    private static Map<String, Object> winsPage(Texts texts) {
        return winsPage(texts, panel());
    }

    private static Map<String, Object> winsPage(Texts texts, Panel panel) {
        RecoveryRuns runs = RecoveryRuns.of(panel.aim().counterFrom(), List.of(LocalDate.of(2026, 11, 16)), TODAY);
        RecoveryWeeks weeks = RecoveryWeeks.of(List.of(new RecoveryAction(1, 3, TODAY, RecoveryActionKind.BOUNDARY,
                null), new RecoveryAction(2, 3, TODAY, RecoveryActionKind.OWN, "Me hice la cena")),
                List.of(new Urge(1, 3, TODAY, new UrgeDraft(7, "payday", null, null, true))), TODAY, TODAY,
                DayOfWeek.MONDAY);
        Progress progress = new Progress(panel, TODAY, runs, weeks, new DailyCost(new BigDecimal("4.5"), "€", 30));
        return Map.of("progress", progress, "pictures", RecoveryPictures.of(progress, texts), "form", Form.empty(),
                "costForm", Form.empty());
    }

    private static Panel panel() {
        return panel(LocalDate.of(2026, 11, 1));
    }

    private static Panel panel(LocalDate counterFrom) {
        Aim aim = new Aim(3, "Less wine", AimKind.RECOVER, null, counterFrom);
        List<RecoveryAction> actions = List.of(new RecoveryAction(1, 3, TODAY, RecoveryActionKind.BOUNDARY, null),
                new RecoveryAction(2, 3, TODAY, RecoveryActionKind.OWN, "Me hice la cena"));
        List<Urge> urges = List.of(new Urge(1, 3, TODAY, new UrgeDraft(7, "payday", null, null, true)));
        return new Panel(aim, RecoveryTally.of(aim, actions, urges, List.of(), TODAY), List.of("Me hice la cena"),
                List.of("payday"), TODAY);
    }

    private static String render(String template, Texts texts, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("frame", new Frame("token", "ana", false, texts, Theme.DEVICE));
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, all, out);
        return out.toString();
    }
}
