package coach.kaizen.app.reminders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** iCalendar's plain text (RFC 5545 §3.1): CRLF lines folded at 75 octets, escaped text values. */
final class ICalendarText {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** A property whose value is written as it is (dates, rules, codes). */
    ICalendarText line(String nameAndParameters, String value) {
        String line = nameAndParameters + ":" + value;
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
        return this;
    }

    /** A property whose value is words: backslashes, semicolons, commas and line breaks escaped. */
    ICalendarText words(String name, String value) {
        return line(name, value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n"));
    }

    ICalendarText begin(String component) {
        return line("BEGIN", component);
    }

    ICalendarText end(String component) {
        return line("END", component);
    }

    static String local(LocalDateTime when) {
        return when.format(LOCAL);
    }

    /** "+0100", as TZOFFSETFROM and TZOFFSETTO want it. */
    static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format("%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
