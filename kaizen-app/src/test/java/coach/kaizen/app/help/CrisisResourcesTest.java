package coach.kaizen.app.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.app.config.ConfigException;
import coach.kaizen.app.help.CrisisResources.Line;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisResourcesTest {

    private final CrisisResources shipped = CrisisResources.load(null);

    @TempDir
    Path folder;

    @Test
    void theUnitedStatesLinesAreExactlyThese() {
        assertThat(shipped.country("us").orElseThrow().lines()).containsExactly(
                new Line("911", "Call 911", "911", null, "For immediate danger."),
                new Line("988 Suicide & Crisis Lifeline", "Call or text 988", "988", "988",
                        "Free, confidential support from a trained crisis counselor, 24/7."),
                new Line("SAMHSA National Helpline", "Call 1-800-662-4357", "18006624357", null,
                        "Free, confidential, 24/7 treatment referral."));
    }

    @Test
    void theOtherCountriesLinesAreExactlyThese() {
        assertThat(shipped.country("GB").orElseThrow().lines()).containsExactly(
                new Line("Emergency services", "Call 999", "999", null, "For immediate danger or when a life is at risk."),
                new Line("Samaritans", "Call 116 123", "116123", null,
                        "Free to call, day or night, whatever you are going through."),
                new Line("FRANK", "Call 0300 123 6600 or text 82111", "03001236600", "82111",
                        "Friendly, confidential drugs advice, any time of day."));
        assertThat(shipped.country("CA").orElseThrow().lines()).containsExactly(
                new Line("Emergency services", "Call 911", "911", null, "For immediate danger to you or someone else."),
                new Line("9-8-8 Suicide Crisis Helpline", "Call or text 988", "988", "988",
                        "Free support from a trained responder, any time, in English or French."),
                new Line("National Overdose Response Service (NORS)", "Call 1-888-688-6677", "18886886677", null,
                        "Free, anonymous, non-judgmental support if you use drugs alone: a peer stays on the line "
                                + "and sends help if you stop responding."));
        assertThat(shipped.country("IE").orElseThrow().lines()).containsExactly(
                new Line("Emergency services", "Call 112", "112", null,
                        "For immediate danger; 999 reaches them too, and both are free to call."),
                new Line("Samaritans", "Call 116 123", "116123", null,
                        "Free to call, day or night, whatever you are going through."),
                new Line("HSE Drugs and Alcohol Helpline", "Call 1800 459 459", "1800459459", null,
                        "Free, confidential support about drug or alcohol use, for you or someone close to you, "
                                + "on weekdays during office hours."));
        assertThat(shipped.country("FR").orElseThrow().lines()).containsExactly(
                new Line("Emergency services (SAMU)", "Call 15", "15", null,
                        "For a medical emergency or immediate danger; free to call, as 112 is."),
                new Line("3114 National Suicide Prevention Line", "Call 3114", "3114", null,
                        "Free, confidential support from health professionals for you or someone you are worried "
                                + "about, 24/7."),
                new Line("Drogues Info Service", "Call 0 800 23 13 13", "0800231313", null,
                        "Anonymous help and advice about drugs, every day from 8am to 2am; free from a landline."));
        assertThat(shipped.country("AU").orElseThrow().lines()).containsExactly(
                new Line("Emergency services (Triple Zero)", "Call 000", "000", null,
                        "For immediate danger to you or someone else."),
                new Line("Lifeline", "Call 13 11 14 or text 0477 13 11 14", "131114", "0477131114",
                        "Crisis support from a trained crisis supporter, day or night."),
                new Line("National Alcohol and Other Drug Hotline", "Call 1800 250 015", "1800250015", null,
                        "Free, confidential advice about alcohol and other drugs."));
        assertThat(shipped.curated()).containsExactly("AU", "BR", "CA", "DE", "ES", "FR", "GB", "IE", "IN", "IT",
                "MX", "NL", "NZ", "US");
    }

    @Test
    void everyShippedLineNamesItsSourceJustAboveIt() throws IOException {
        List<String> lines;
        try (InputStream in = CrisisResources.class.getResourceAsStream(CrisisResources.DEFAULTS)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                rows++;
                assertThat(lines.get(i - 1)).as("the line above row %d", i + 1).startsWith("# source: https://");
            }
        }
        assertThat(rows).isEqualTo(37);
    }

    @Test
    void ourLinesAreWordedInSpanishRowForRowAndElseInEnglish() throws IOException {
        assertThat(shipped.country("MX", "es").orElseThrow().lines()).containsExactly(
                new Line("Servicios de emergencia", "Llama al 911", "911", null,
                        "Si hay peligro inmediato; gratis, las 24 horas."),
                new Line("Línea de la Vida", "Llama al 800 911 2000", "8009112000", null,
                        "Apoyo gratuito ante crisis emocionales, pensamientos de suicidio o consumo de alcohol y "
                                + "drogas, las 24 horas."));
        assertThat(shipped.country("MX", "fr")).isEqualTo(shipped.country("MX"));
        List<String[]> english = rows(CrisisResources.DEFAULTS);
        List<String[]> spanish = rows(CrisisResources.translation("es"));
        assertThat(spanish).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            String[] ours = english.get(i);
            String[] worded = spanish.get(i);
            assertThat(new String[] {worded[0], worded[3], worded[4]}).as("Spanish row %d", i + 1)
                    .containsExactly(ours[0], ours[3], ours[4]);
        }
    }

    @Test
    void aLinesTapNamesOnlyTheNumbersItReaches() throws IOException {
        // The "how" is the label of the tap that calls: another number it named would be one it does not dial.
        Pattern number = Pattern.compile("\\d[\\d -]*\\d|\\d");
        for (String file : List.of(CrisisResources.DEFAULTS, CrisisResources.translation("es"))) {
            for (String[] row : rows(file)) {
                Matcher named = number.matcher(row[2]);
                while (named.find()) {
                    assertThat(named.group().replaceAll("[ -]", "")).as("%s in %s", row[2], file)
                            .isIn(row[3], row[4]);
                }
            }
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = CrisisResources.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", -1))
                    .toList();
        }
    }

    @Test
    void theBrowsersLanguagesChooseTheCountryElseNone() {
        assertThat(shipped.forLanguages("en,en-GB;q=0.8,ja-JP;q=0.5").orElseThrow().code()).isEqualTo("GB");
        assertThat(shipped.forLanguages("en-AU")).map(CrisisResources.Country::name).contains("Australia");
        assertThat(shipped.forLanguages("de-DE,de;q=0.9")).map(CrisisResources.Country::name).contains("Germany");
        assertThat(shipped.forLanguages("ja-JP")).map(CrisisResources.Country::lines).contains(List.of());
        assertThat(shipped.forLanguages("es")).isEmpty();
        assertThat(shipped.forLanguages("not a header;;;")).isEmpty();
        assertThat(shipped.forLanguages(null)).isEmpty();
        assertThat(shipped.country("ZZ")).isEmpty();
        assertThat(shipped.forPerson(null, "MX", "fr-FR", "en")).map(CrisisResources.Country::code).contains("MX");
        assertThat(shipped.forPerson("jp", "MX", "fr-FR", "en")).map(CrisisResources.Country::code).contains("JP");
        assertThat(shipped.forPerson(null, null, "fr-FR", "en")).map(CrisisResources.Country::code).contains("FR");
    }

    @Test
    void anOperatorsFileReplacesItsCountriesAndAddsNewOnes() throws IOException {
        Path file = folder.resolve("lines.tsv");
        Files.writeString(file, """
                # our own
                GB\tOur helpline\tCall 0800 000 000\t0800000000\t-\tAny time.
                DE\tTelefonSeelsorge\tCall 0800 111 0 111\t08001110111\t-\tFree, day and night.
                """);
        CrisisResources operated = CrisisResources.load(file);
        assertThat(operated.country("GB").orElseThrow().lines()).extracting(Line::name).containsExactly("Our helpline");
        assertThat(operated.country("DE").orElseThrow().name()).isEqualTo("Germany");
        assertThat(operated.country("US").orElseThrow().lines()).hasSize(3);
        // The operator's words stand in every language; ours stay worded for the countries they leave alone.
        assertThat(operated.country("DE", "es").orElseThrow().lines()).extracting(Line::note)
                .containsExactly("Free, day and night.");
        assertThat(operated.country("MX", "es").orElseThrow().lines().get(0).how()).isEqualTo("Llama al 911");
    }

    @Test
    void aMalformedLineStopsTheStartNamingIt() throws IOException {
        Path file = folder.resolve("bad.tsv");
        Files.writeString(file, "# fine\nGB\tHelp\tCall 1\tone-two\t-\tnote\n");
        assertThatThrownBy(() -> CrisisResources.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + " line 2: call must be digits (a leading + is fine) or -, not 'one-two'");
        Files.writeString(file, "England\tHelp\tCall 1\t1\t-\tnote\n");
        assertThatThrownBy(() -> CrisisResources.load(file)).hasMessageContaining("line 1: country must be a two-letter");
        Files.writeString(file, "GB\tHelp\n");
        assertThatThrownBy(() -> CrisisResources.load(file)).hasMessageContaining("needs 6 fields");
        assertThatThrownBy(() -> CrisisResources.load(folder.resolve("missing.tsv")))
                .hasMessageStartingWith("KAIZEN_CRISIS_RESOURCES: cannot read");
    }
}
