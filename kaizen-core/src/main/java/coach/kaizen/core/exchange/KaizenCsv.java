package coach.kaizen.core.exchange;

import coach.kaizen.core.loop.Csv;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link KaizenDocument} as CSV files, one per kind ("aims.csv", "checkIns.csv", …), for a
 * spreadsheet. The columns are the document's fields in its order, a nested field named with a
 * dot ("measure.kind"); a list holds one item a line; an empty cell is a value not given. Files
 * follow RFC 4180: UTF-8, lines ending in CRLF, a header line, and a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. A person's words that a spreadsheet
 * would run as a formula begin with an apostrophe, which spreadsheets show as plain text.
 */
public final class KaizenCsv {

    private static final String END = "\r\n";

    private KaizenCsv() {
    }

    /** Each file's name and text, in the document's order; a kind with nothing in it still has its header. */
    public static Map<String, String> files(KaizenDocument document) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("settings.csv", file(KaizenDocument.Settings.class, List.of(document.settings())));
        for (RecordComponent part : KaizenDocument.class.getRecordComponents()) {
            if (part.getType() == List.class) {
                Class<?> entry = (Class<?>) ((java.lang.reflect.ParameterizedType) part.getGenericType())
                        .getActualTypeArguments()[0];
                files.put(part.getName() + ".csv", file(entry, (List<?>) value(part, document)));
            }
        }
        KaizenDocument.SafetyPlan plan = document.safetyPlan();
        files.put("safetyPlan.csv", file(KaizenDocument.SafetyPlan.class, plan == null ? List.of() : List.of(plan)));
        return files;
    }

    private static String file(Class<?> type, List<?> entries) {
        StringBuilder out = new StringBuilder(Csv.fields(columns(type, "")) + END);
        for (Object entry : entries) {
            List<String> cells = new ArrayList<>();
            cells(type, entry, cells);
            out.append(Csv.fields(cells)).append(END);
        }
        return out.toString();
    }

    private static List<String> columns(Class<?> type, String prefix) {
        List<String> columns = new ArrayList<>();
        for (RecordComponent part : type.getRecordComponents()) {
            if (part.getType().isRecord()) {
                columns.addAll(columns(part.getType(), prefix + part.getName() + "."));
            } else {
                columns.add(prefix + part.getName());
            }
        }
        return columns;
    }

    private static void cells(Class<?> type, Object entry, List<String> cells) {
        for (RecordComponent part : type.getRecordComponents()) {
            Object value = entry == null ? null : value(part, entry);
            if (part.getType().isRecord()) {
                cells(part.getType(), value, cells);
            } else {
                cells.add(cell(value));
            }
        }
    }

    /** A cell as written; words (a list's too, as one cell) guarded as a whole, where a spreadsheet reads them. */
    private static String cell(Object value) {
        return value instanceof String || value instanceof List<?> ? asText(written(value)) : written(value);
    }

    private static String written(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return String.join("\n", items.stream().map(KaizenCsv::written).toList());
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /** "=HYPERLINK(…)" in a note stays words: a cell opening with =, +, -, @, tab or return gets an apostrophe. */
    private static String asText(String words) {
        return !words.isEmpty() && "=+-@\t\r".indexOf(words.charAt(0)) >= 0 ? "'" + words : words;
    }

    private static Object value(RecordComponent part, Object entry) {
        try {
            return part.getAccessor().invoke(entry);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a document's record reads its own fields", e);
        }
    }
}
