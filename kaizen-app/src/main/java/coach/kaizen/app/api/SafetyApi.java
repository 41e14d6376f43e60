package coach.kaizen.app.api;

import coach.kaizen.app.coach.Invalid;
import coach.kaizen.app.coach.SafetyService;
import coach.kaizen.app.help.CrisisResources.Country;
import coach.kaizen.app.help.CrisisResources.Line;
import coach.kaizen.app.help.CrisisResources;
import coach.kaizen.app.help.Emergency.Service;
import coach.kaizen.app.help.Emergency;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.SafetyPlan;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** /api/v1/safety-plan, /api/v1/strengths, and the crisis lines at /api/v1/crisis-resources (no sign-in needed). */
public final class SafetyApi {

    private final SafetyService safety;
    private final CrisisResources crisis;
    private final Bodies bodies;

    public SafetyApi(SafetyService safety, CrisisResources crisis, Bodies bodies) {
        this.safety = safety;
        this.crisis = crisis;
        this.bodies = bodies;
    }

    record StrengthRequest(String name, String evidence) {
    }

    /** The six parts of the plan; each is the person's own words, or null. */
    record PlanJson(String warningSigns, String coping, String distractions, String helpers, String professionals,
            String safeSurroundings) {

        static PlanJson of(SafetyPlan plan) {
            return new PlanJson(plan.warningSigns(), plan.coping(), plan.distractions(), plan.helpers(),
                    plan.professionals(), plan.safeSurroundings());
        }

        SafetyPlan plan() {
            return Invalid.check(() -> new SafetyPlan(warningSigns, coping, distractions, helpers, professionals,
                    safeSurroundings));
        }
    }

    /** A country's help: its curated lines (often none) and its emergency numbers. */
    record CountryJson(String code, String name, List<Line> lines, EmergencyJson emergency) {

        static CountryJson of(Country country) {
            Emergency emergency = country.emergency();
            return new CountryJson(country.code(), country.name(), country.lines(), new EmergencyJson(
                    emergency.main(), emergency.services().get(Service.POLICE),
                    emergency.services().get(Service.AMBULANCE), emergency.services().get(Service.FIRE)));
        }
    }

    /** {@code main} reach every service; the others are null where a country keeps no number of its own. */
    record EmergencyJson(List<String> main, String police, String ambulance, String fire) {
    }

    /** {@code country} is null when none was asked for and the browser names none. */
    record CrisisJson(CountryJson country, String everywhere, List<String> countries) {
    }

    public void plan(Context ctx, Person person) {
        ctx.json(PlanJson.of(safety.plan(person.id())));
    }

    /** The whole plan: a part left out (or null) is emptied. */
    public void savePlan(Context ctx, Person person) {
        SafetyPlan plan = bodies.read(ctx, PlanJson.class).plan();
        ctx.json(PlanJson.of(safety.savePlan(person.id(), plan)));
    }

    public void strengths(Context ctx, Person person) {
        ctx.json(safety.strengths(person.id()));
    }

    public void addStrength(Context ctx, Person person) {
        StrengthRequest request = bodies.read(ctx, StrengthRequest.class);
        EarnedStrength added = safety.addStrength(person.id(), request.name(), request.evidence());
        ctx.status(HttpStatus.CREATED).json(added);
    }

    public void deleteStrength(Context ctx, Person person) {
        safety.deleteStrength(person.id(), Params.id(ctx, "strengthId", "strength"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** ?country=GB, else the first country of the request's languages that we list. */
    public void crisisResources(Context ctx) {
        String asked = ctx.queryParam("country");
        String browser = ctx.header("Accept-Language");
        Optional<Country> country = asked != null ? crisis.country(asked) : crisis.forLanguages(browser);
        Texts texts = Catalog.shipped().forBrowser(browser);
        ctx.json(new CrisisJson(country.map(CountryJson::of).orElse(null), country
                .map(known -> texts.t("help.everywhere.number", known.emergency().first()))
                .orElseGet(() -> texts.t("help.everywhere")), crisis.codes()));
    }
}
