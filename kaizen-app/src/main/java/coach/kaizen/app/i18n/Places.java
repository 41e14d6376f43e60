package coach.kaizen.app.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The choices the settings page offers: time zones by region, and countries by name in the page's language. */
public final class Places {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /** Every zone named by region and city ("Europe/Paris"), sorted so each region's zones stand together; then UTC. */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || REGIONS.contains(id.split("/")[0]))
            .sorted(Comparator.comparing((String id) -> id.equals("UTC")).thenComparing(Comparator.naturalOrder()))
            .toList();

    /** A country as a list shows it. */
    public record Country(String code, String name) {
    }

    private Places() {
    }

    /** "Europe/Paris" as "Europe · Paris", "America/Argentina/Salta" as "America · Argentina · Salta". */
    public static String zoneLabel(String id) {
        return id.replace('_', ' ').replace("/", " · ");
    }

    /** Every ISO 3166-1 country and territory, named and sorted in the language of {@code texts}. */
    public static List<Country> countries(Texts texts) {
        Collator order = Collator.getInstance(texts.locale());
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, texts)))
                .sorted(Comparator.comparing(Country::name, order)).toList();
    }

    /**
     * Where a new person most likely is: the country of the time zone their device gives ("Europe/Paris"
     * is FR), else the first country in the browser's languages ("fr-FR,fr;q=0.9" is FR), if either says
     * one. The zone comes first: many browsers say en-US wherever they are, and the crisis lines a
     * person is shown follow this country.
     */
    public static Optional<String> countryOf(String timeZone, String acceptLanguage) {
        return zoneCountry(timeZone).or(() -> BrowserLanguages.of(acceptLanguage).stream().map(Locale::getCountry)
                .filter(ISO::contains).findFirst());
    }

    private static Optional<String> zoneCountry(String timeZone) {
        if (timeZone == null) {
            return Optional.empty();
        }
        try {
            // "001", the world, for UTC and the Etc/ zones: no country.
            return Optional.of(TimeZone.getRegion(timeZone.strip())).filter(ISO::contains);
        } catch (IllegalArgumentException unknownZone) {
            return Optional.empty();
        }
    }

    public static String name(String code, Texts texts) {
        return new Locale("", code).getDisplayCountry(texts.locale());
    }
}
