package coach.kaizen.app.i18n;

import coach.kaizen.core.text.Message;
import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of one language. Patterns are ICU's: {@code {0}} for an argument, and
 * {@code {0, plural, one {# day} other {# days}}} for plurals, right in every language.
 */
public final class Texts {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Locale locale;
    private final Map<String, String> own;
    private final Map<String, String> english;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndYear;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter shortDayAndYear;

    Texts(Locale locale, Map<String, String> own, Map<String, String> english) {
        this.locale = locale;
        this.own = own;
        this.english = english;
        this.day = DateTimeFormatter.ofPattern(pattern("format.day"), locale);
        this.dayAndYear = DateTimeFormatter.ofPattern(pattern("format.dayAndYear"), locale);
        this.shortDay = DateTimeFormatter.ofPattern(pattern("format.shortDay"), locale);
        this.shortDayAndYear = DateTimeFormatter.ofPattern(pattern("format.shortDayAndYear"), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The language's code, as a page's {@code lang} attribute takes it. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** The words for {@code key}, filled in with {@code args}; a {@link Message} argument is said too. */
    public String t(String key, Object... args) {
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof Message message ? say(message) : args[i];
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale)).format(said);
    }

    public boolean has(String key) {
        return own.containsKey(key) || english.containsKey(key);
    }

    public String say(Message message) {
        return t(message.key(), message.args().toArray());
    }

    /**
     * The words for a form on a page: the message's own page wording ({@code key.page}, naming the
     * fields as the form labels them) when it has one, else its words for programs with the field
     * they name ({@code {0}}) said as the form calls it ({@code field.name}), days written
     * 2026-12-07 said as days are, and a capital at its start and a full stop at its end, as a
     * sentence on a page has (the API's words start small, for a client to put after its own).
     */
    public String sayOnPage(Message message) {
        String page = message.key() + ".page";
        if (has(page)) {
            return t(page, message.args().toArray());
        }
        Object[] args = message.args().toArray();
        String field = fieldNamedBy(message.args());
        if (field != null) {
            args[0] = t("field." + field);
        }
        sayDays(args);
        String words = t(message.key(), args);
        if (words.isEmpty()) {
            return words;
        }
        String sentence = words.substring(0, 1).toUpperCase(locale) + words.substring(1);
        return ".?!".indexOf(sentence.charAt(sentence.length() - 1)) >= 0 ? sentence : sentence + ".";
    }

    /**
     * The form field a problem is about, by the name its form gives it: the field its first argument names
     * ({@code field.name}), else the one its key ends with ({@code steps.problem.unit}); null when it names none.
     */
    public String fieldOf(Message message) {
        String named = fieldNamedBy(message.args());
        if (named != null) {
            return named;
        }
        String last = message.key().substring(message.key().lastIndexOf('.') + 1);
        return has("field." + last) ? last : null;
    }

    private String fieldNamedBy(List<Object> args) {
        return !args.isEmpty() && args.get(0) instanceof String field && has("field." + field) ? field : null;
    }

    /**
     * Days written 2026-12-07 said as a page says them ("Monday 7 December"), each with its year when they are
     * not all in one (today, named beside a day asked for, is one of them); one that is no day stays as written.
     */
    private void sayDays(Object[] args) {
        Map<Integer, LocalDate> days = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && ISO_DAY.matcher(text).matches()) {
                try {
                    days.put(i, LocalDate.parse(text));
                } catch (DateTimeParseException notADay) {
                    // said as written
                }
            }
        }
        boolean oneYear = days.values().stream().map(LocalDate::getYear).distinct().count() <= 1;
        days.forEach((i, day) -> args[i] = oneYear ? day(day) : dayAndYear.format(day));
    }

    /** "Saturday 5 December", as the language writes it. */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "Saturday 5 December", with its year when that is not {@code today}'s: "Friday 15 March 2024". */
    public String day(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? day(date) : dayAndYear.format(date);
    }

    /** "Sat 5 Dec". */
    public String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    /** "Sat 5 Dec", with its year when that is not {@code today}'s: "Fri 15 Mar 2024". */
    public String shortDay(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? shortDay(date) : shortDayAndYear.format(date);
    }

    /** "November 2026", as the language names the month. */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern(pattern("format.month"), locale).format(month);
    }

    /** An hour of the day as people say it: "midnight", "3 am", "noon", "11 pm". */
    public String hour(int hour) {
        if (hour == 0 || hour == 12) {
            return t(hour == 0 ? "format.midnight" : "format.noon");
        }
        return hour < 12 ? t("format.am", hour) : t("format.pm", hour - 12);
    }

    private String pattern(String key) {
        String pattern = own.getOrDefault(key, english.get(key));
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + locale + " or English");
        }
        return pattern;
    }
}
