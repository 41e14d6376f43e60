package coach.kaizen.core.reminder;

import coach.kaizen.core.step.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A step's schedule as an iCalendar recurrence rule (RFC 5545). Every day and chosen weekdays are
 * exact. "3 times in 7 days" leaves the days to the person, which no rule can say: it recurs daily,
 * as the app offers such a step every day until it is done.
 */
public final class Recurrence {

    private Recurrence() {
    }

    public static String rule(Schedule schedule) {
        return rule(schedule, 0);
    }

    /**
     * The rule for a reminder that rings {@code daysLater} calendar days after the person's day it
     * belongs to (a night owl's 01:00 is the next date): its weekdays move with it.
     */
    public static String rule(Schedule schedule, int daysLater) {
        if (schedule instanceof Schedule.Weekdays weekdays) {
            return "FREQ=WEEKLY;BYDAY=" + weekdays.days().stream().map(day -> day.plus(daysLater)).sorted()
                    .map(Recurrence::code).collect(Collectors.joining(","));
        }
        return "FREQ=DAILY";
    }

    /** The first day from {@code from} that the schedule is due: where a recurring event starts. */
    public static LocalDate firstDue(Schedule schedule, LocalDate from) {
        LocalDate day = from;
        while (!schedule.isDue(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
