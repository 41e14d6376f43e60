package coach.kaizen.core.step;

import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which days a step is for: every day, chosen weekdays, or a number of times in any run of days.
 * Written as "daily", "mon,wed,fri" or "3/7" (three times in seven days), in forms, the API and
 * the database alike.
 */
public sealed interface Schedule {

    Schedule DAILY = new Daily();

    /** The longest run of days a "times in days" schedule may have: its strength window is two runs. */
    int MAX_DAYS = 31;

    /** Whether the step is offered on {@code day}: chosen weekdays only on those days, the others every day. */
    boolean isDue(LocalDate day);

    /** As written: "daily", "mon,wed,fri", "3/7". */
    String code();

    /** For people: "every day", "on Mondays and Thursdays", "3 times in 7 days". */
    String text();

    /** The same for people, said in their language by key ({@code steps.schedule.*}). */
    Message said();

    static Schedule parse(String code) {
        String written = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (written.equals("daily")) {
            return DAILY;
        }
        Matcher times = TimesInDays.WRITTEN.matcher(written);
        if (times.matches()) {
            return TimesInDays.of(Integer.parseInt(times.group(1)), Integer.parseInt(times.group(2)));
        }
        return Weekdays.parse(written);
    }

    /** Every day. */
    record Daily() implements Schedule {
        public boolean isDue(LocalDate day) {
            return true;
        }

        public String code() {
            return "daily";
        }

        public String text() {
            return "every day";
        }

        public Message said() {
            return Message.of("steps.schedule.daily");
        }
    }

    /** On the chosen days of the week; all seven is {@link #DAILY}. */
    record Weekdays(Set<DayOfWeek> days) implements Schedule {

        /** The days as written, Monday first. */
        public static final List<String> CODES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
        private static final List<String> FULL_NAMES =
                List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

        public Weekdays {
            if (days.isEmpty() || days.size() == DayOfWeek.values().length) {
                throw new Refused("steps.problem.schedule.weekdays");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        static Schedule parse(String written) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String name : written.split("\\s*,\\s*", -1)) {
                int index = Math.max(CODES.indexOf(name), FULL_NAMES.indexOf(name));
                if (index < 0) {
                    throw new Refused("steps.problem.schedule.howToWrite");
                }
                days.add(DayOfWeek.of(index + 1));
            }
            return days.size() == DayOfWeek.values().length ? DAILY : new Weekdays(days);
        }

        public boolean isDue(LocalDate day) {
            return days.contains(day.getDayOfWeek());
        }

        public String code() {
            return inOrder().stream().map(day -> CODES.get(day.ordinal())).collect(Collectors.joining(","));
        }

        public String text() {
            List<String> names = inOrder().stream()
                    .map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s").toList();
            String last = names.get(names.size() - 1);
            return "on " + (names.size() == 1 ? last
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + last);
        }

        public Message said() {
            List<Message> names = inOrder().stream()
                    .map(day -> Message.of("steps.schedule.days." + FULL_NAMES.get(day.ordinal()))).toList();
            Message list = names.get(names.size() - 1);
            if (names.size() > 1) {
                list = Message.of("steps.schedule.and", names.get(names.size() - 2), list);
                for (int i = names.size() - 3; i >= 0; i--) {
                    list = Message.of("steps.schedule.comma", names.get(i), list);
                }
            }
            return Message.of("steps.schedule.on", list);
        }

        private List<DayOfWeek> inOrder() {
            return EnumSet.copyOf(days).stream().toList();
        }
    }

    /** Any {@code times} days in each run of {@code days}, whichever days suit the person. */
    record TimesInDays(int times, int days) implements Schedule {

        static final Pattern WRITTEN = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");

        public TimesInDays {
            if (times < 1 || days < 2 || days > MAX_DAYS || times >= days) {
                throw new Refused("steps.problem.schedule.timesInDays", Integer.toString(MAX_DAYS - 1),
                        Integer.toString(MAX_DAYS));
            }
        }

        static Schedule of(int times, int days) {
            return times == days && days >= 1 ? DAILY : new TimesInDays(times, days);
        }

        public boolean isDue(LocalDate day) {
            return true;
        }

        /**
         * The first day of the run of days that a day not done on {@code day} is judged by: the
         * run of {@code days} days ending on it, or, in the step's first days, the run that
         * begins on {@code firstDay} (null: no first day known).
         */
        public LocalDate runFrom(LocalDate day, LocalDate firstDay) {
            LocalDate endingThatDay = day.minusDays(days - 1L);
            return firstDay != null && firstDay.isAfter(endingThatDay) ? firstDay : endingThatDay;
        }

        /**
         * Whether the run of days from {@code from}, with {@code done} days done before
         * {@code day}, can still hold {@code times} days done when {@code day} is not one of
         * them: the days left in the run after it are enough.
         */
        public boolean reachableWithout(LocalDate from, LocalDate day, int done) {
            long left = ChronoUnit.DAYS.between(day, from.plusDays(days - 1L));
            return done + left >= times;
        }

        public String code() {
            return times + "/" + days;
        }

        public String text() {
            return (times == 1 ? "once" : times + " times") + " in " + days + " days";
        }

        public Message said() {
            return Message.of("steps.schedule.timesInDays", times, Integer.toString(times), Integer.toString(days));
        }
    }
}
