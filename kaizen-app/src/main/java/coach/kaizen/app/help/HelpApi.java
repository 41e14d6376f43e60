package coach.kaizen.app.help;

import coach.kaizen.app.help.CrisisResources.Country;
import coach.kaizen.app.help.CrisisResources.Line;
import coach.kaizen.app.help.Emergency.Service;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The crisis lines at /api/v1/crisis-resources: no sign-in needed. */
public final class HelpApi {

    private final CrisisResources crisis;

    public HelpApi(CrisisResources crisis) {
        this.crisis = crisis;
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
