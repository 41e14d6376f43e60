package coach.kaizen.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A new person's country, which picks the crisis lines they are shown. */
class PlacesTest {

    @Test
    void theTimeZoneSaysWhereSomeoneIsBeforeTheBrowsersLanguageDoes() {
        assertThat(Places.countryOf("Europe/Paris", "en-US,en;q=0.9")).contains("FR");
        assertThat(Places.countryOf("America/Argentina/Salta", "es-ES")).contains("AR");
        assertThat(Places.countryOf("Asia/Kolkata", null)).contains("IN");
    }

    @Test
    void aZoneOfNoCountryLeavesItToTheBrowser() {
        assertThat(Places.countryOf("UTC", "en-GB,en;q=0.8")).contains("GB");
        assertThat(Places.countryOf("Etc/GMT+5", "fr-CA")).contains("CA");
        assertThat(Places.countryOf("Not/AZone", "de-AT")).contains("AT");
        assertThat(Places.countryOf(null, "de-AT")).contains("AT");
        assertThat(Places.countryOf("UTC", "en")).isEmpty();
    }
}
