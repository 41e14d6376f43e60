package coach.kaizen.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.help.CrisisResources.Country;
import coach.kaizen.app.help.CrisisResources.Dial;
import coach.kaizen.app.help.CrisisResources.Line;
import coach.kaizen.app.help.Emergency.Service;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every country and territory has a number to tap, from a row that names its source. */
class EmergencyNumbersTest {

    private final CrisisResources shipped = CrisisResources.load(null);

    @Test
    void everyIsoCountryAndTerritoryHasARow() {
        assertThat(shipped.codes()).containsExactlyInAnyOrder(Locale.getISOCountries());
        for (String code : Locale.getISOCountries()) {
            assertThat(shipped.country(code)).as(code).hasValueSatisfying(
                    country -> assertThat(country.emergency().first()).matches("[0-9]{2,15}"));
        }
    }

    @Test
    void everyRowNamesItsSourceJustAboveIt() throws IOException {
        List<String> lines = file();
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                rows++;
                assertThat(lines.get(i - 1)).as("the line above row %d", i + 1).startsWith("# source: http");
            }
        }
        assertThat(rows).isEqualTo(Locale.getISOCountries().length);
    }

    /** A dozen rows, string by string, as checked against their sources on 2026-12-05. */
    @Test
    void aDozenRowsAreExactlyThese() throws IOException {
        Map<String, String> rows = file().stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, 2), line -> line));
        assertThat(Arrays.asList("AU", "CA", "DE", "FR", "GB", "IE", "MX", "NZ", "US", "ZA", "JP", "GT", "IN"))
                .extracting(rows::get).containsExactly(
                        "AU\t000 112\t-",
                        "CA\t911\t-",
                        "DE\t112\tpolice:110",
                        "FR\t112\tpolice:17 ambulance:15 fire:18",
                        "GB\t999 112\t-",
                        "IE\t112 999\t-",
                        "MX\t911\t-",
                        "NZ\t111\t-",
                        "US\t911\t-",
                        "ZA\t112\tpolice:10111 ambulance:10177 fire:10177",
                        "JP\t-\tpolice:110 ambulance:119 fire:119",
                        "GT\t-\tpolice:110 ambulance:122 fire:123",
                        "IN\t112\tpolice:100 ambulance:108 fire:101");
    }

    @Test
    void franceOffers112FirstThenItsLinesThenTheServicesNoLineDials() {
        Country france = shipped.country("fr").orElseThrow();
        assertThat(france.emergency().first()).isEqualTo("112");
        assertThat(france.reaches()).extracting(reach -> reach instanceof Dial dial ? "dial " + dial.number()
                        + dial.services() : "line " + ((Line) reach).call())
                .containsExactly("dial 112[]", "line 15", "line 3114", "line 0800231313", "dial 17[POLICE]",
                        "dial 18[FIRE]");
    }

    @Test
    void ourLinesComeFirstWhereTheyDialTheMainNumberAndNoNumberComesTwice() {
        assertThat(shipped.country("GB").orElseThrow().reaches())
                .extracting(reach -> reach instanceof Dial dial ? "dial " + dial.number() : "line " + ((Line) reach).call())
                .containsExactly("line 999", "line 116123", "line 03001236600", "dial 112");
        assertThat(shipped.country("US").orElseThrow().reaches()).hasSize(3)
                .allSatisfy(reach -> assertThat(reach).isInstanceOf(Line.class));
    }

    @Test
    void oneNumberForTwoServicesIsOneTap() {
        Country japan = shipped.country("JP").orElseThrow();
        assertThat(japan.lines()).isEmpty();
        assertThat(japan.reaches()).containsExactly(new Dial("110", List.of(Service.POLICE)),
                new Dial("119", List.of(Service.AMBULANCE, Service.FIRE)));
        assertThat(japan.emergency().first()).isEqualTo("119");
    }

    private static List<String> file() throws IOException {
        try (InputStream in = CrisisResources.class.getResourceAsStream(EmergencyNumbers.FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
