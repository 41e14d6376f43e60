package coach.kaizen.core.loop;

import coach.kaizen.core.text.Refused;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as Loop writes them (opencsv): a field holding a comma, a quote or a
 * line break is quoted, with its quotes doubled; lines end in LF or CRLF.
 */
public final class Csv {

    private Csv() {
    }

    /** The rows of {@code text}, blank lines left out; an unclosed quote is refused, naming {@code file}. */
    public static List<List<String>> parse(String text, String file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                endRow(rows, row, field, wasQuoted);
                row = new ArrayList<>();
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new Refused("exchange.loop.problem.csvQuote", file, Integer.toString(line));
        }
        endRow(rows, row, field, wasQuoted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean wasQuoted) {
        if (row.isEmpty() && field.length() == 0 && !wasQuoted) {
            return;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
    }

    /** One line, LF-ended, each field quoted only when it must be. */
    public static String line(List<String> fields) {
        return fields(fields) + '\n';
    }

    /** The fields of one line without its end: quoted as RFC 4180 quotes them, only when they must be. */
    public static String fields(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return out.toString();
    }
}
