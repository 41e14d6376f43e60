package coach.kaizen.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    @Test
    void timesAreReadAsHoursAndMinutesOnceEachInOrder() {
        assertThat(ReminderTimes.parse(List.of("18:30", " 07:05", "18:30")))
                .containsExactly(LocalTime.of(7, 5), LocalTime.of(18, 30));
        assertThat(ReminderTimes.write(LocalTime.of(7, 5))).isEqualTo("07:05");
        assertThat(ReminderTimes.parse("7:05")).as("as people often write it").isEqualTo(LocalTime.of(7, 5));
        for (String bad : new String[] {"007:05", "24:00", "12:60", "7:5", "noon", ""}) {
            assertThatThrownBy(() -> ReminderTimes.parse(bad)).isInstanceOf(Refused.class);
        }
        assertThatThrownBy(() -> ReminderTimes.parse(
                List.of("01:00", "02:00", "03:00", "04:00", "05:00", "06:00", "07:00"))).isInstanceOf(Refused.class);
        assertThat(ReminderTimes.parse((List<String>) null)).isEmpty();
    }

    @Test
    void quietHoursOverMidnightHoldTheNightAndEndInTheMorning() {
        assertThat(NIGHT.holds(LocalTime.of(23, 0))).isTrue();
        assertThat(NIGHT.holds(LocalTime.of(6, 59))).isTrue();
        assertThat(NIGHT.holds(LocalTime.of(7, 0))).isFalse();
        assertThat(NIGHT.after(at(6, 0))).isEqualTo(at(7, 0));
        assertThat(NIGHT.after(at(23, 0))).isEqualTo(DAY.plusDays(1).atTime(7, 0));
        assertThat(NIGHT.after(at(12, 0))).isEqualTo(at(12, 0));
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(lunch.after(at(13, 0))).isEqualTo(at(14, 0));
        assertThat(lunch.holds(LocalTime.of(14, 0))).isFalse();
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(Refused.class);
    }

    @Test
    void aReminderInTheQuietHoursWaitsForTheirEndOrIsDroppedWhenTheDayIsOver() {
        ReminderDay day = new ReminderDay(DAY, 0, NIGHT);
        List<LocalTime> times = List.of(LocalTime.of(6, 0), LocalTime.of(6, 30), LocalTime.of(9, 0),
                LocalTime.of(23, 0));
        assertThat(day.rings(times)).containsExactly(at(7, 0), at(9, 0));
        assertThat(new ReminderDay(DAY, 0, null).rings(times))
                .containsExactly(at(6, 0), at(6, 30), at(9, 0), at(23, 0));
    }

    @Test
    void aTimeWhoseQuietHoursEndAfterTheDayNeverRings() {
        assertThat(ReminderDay.everRings(LocalTime.of(23, 0), 0, NIGHT)).isFalse();
        assertThat(ReminderDay.everRings(LocalTime.of(6, 0), 0, NIGHT)).as("waits until 07:00").isTrue();
        assertThat(ReminderDay.everRings(LocalTime.of(21, 0), 0, NIGHT)).isTrue();
        assertThat(ReminderDay.everRings(LocalTime.of(23, 0), 0, null)).isTrue();
        // A day from 08:00: the quiet night ends at 07:00, inside the same day, so 23:00 rings then.
        assertThat(ReminderDay.everRings(LocalTime.of(23, 0), 8, NIGHT)).isTrue();
    }

    @Test
    void aNightOwlsEarlyHoursBelongToTheDayBefore() {
        ReminderDay day = new ReminderDay(DAY, 3, null);
        assertThat(day.rings(List.of(LocalTime.of(1, 0), LocalTime.of(8, 0))))
                .containsExactly(at(8, 0), DAY.plusDays(1).atTime(1, 0));
    }

    @Test
    void onlyTheLatestReminderThatHasRungIsStillToSend() {
        ReminderDay day = new ReminderDay(DAY, 0, NIGHT);
        List<LocalTime> times = List.of(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(18, 0));
        assertThat(day.latestRungBy(times, at(7, 59))).isEmpty();
        assertThat(day.latestRungBy(times, at(8, 0))).contains(at(8, 0));
        assertThat(day.latestRungBy(times, at(17, 0))).contains(at(12, 0));
        assertThat(day.latestRungBy(times, at(23, 30))).contains(at(18, 0));
    }

    @Test
    void schedulesBecomeRecurrenceRules() {
        assertThat(Recurrence.rule(Schedule.DAILY)).isEqualTo("FREQ=DAILY");
        assertThat(Recurrence.rule(Schedule.parse("fri,mon,wed"))).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assertThat(Recurrence.rule(Schedule.parse("3/7"))).isEqualTo("FREQ=DAILY");
        assertThat(Recurrence.rule(Schedule.parse("sun,mon"), 1)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU");
        assertThat(Recurrence.firstDue(Schedule.parse("wed"), DAY)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(Recurrence.firstDue(Schedule.DAILY, DAY)).isEqualTo(DAY);
    }
}
