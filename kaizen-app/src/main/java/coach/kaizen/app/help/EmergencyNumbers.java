package coach.kaizen.app.help;

import coach.kaizen.app.help.Emergency.Service;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the emergency numbers shipped with the app: every ISO 3166-1 country and territory, each with its source. */
final class EmergencyNumbers {

    static final String FILE = "/coach/kaizen/app/help/emergency-numbers.tsv";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{2,15}");

    private EmergencyNumbers() {
    }

    /** The file's rows by country; a malformed row is a fault in what we ship, so it stops the start. */
    static Map<String, Emergency> read(List<String> fileLines) {
        Map<String, Emergency> byCountry = new HashMap<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String text = fileLines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": needs country, main and services");
            }
            byCountry.put(fields[0], new Emergency(main(fields[1], i), services(fields[2], i)));
        }
        return byCountry;
    }

    private static List<String> main(String field, int line) {
        List<String> numbers = "-".equals(field) ? List.of() : Arrays.asList(field.split(" "));
        numbers.forEach(number -> checked(number, line));
        return numbers;
    }

    private static Map<Service, String> services(String field, int line) {
        Map<Service, String> services = new EnumMap<>(Service.class);
        if (!"-".equals(field)) {
            for (String pair : field.split(" ")) {
                String[] kindAndNumber = pair.split(":");
                services.put(Service.valueOf(kindAndNumber[0].toUpperCase(Locale.ROOT)),
                        checked(kindAndNumber[1], line));
            }
        }
        return services;
    }

    private static String checked(String number, int line) {
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalStateException(FILE + " line " + (line + 1) + ": '" + number + "' is not a number");
        }
        return number;
    }
}
