package coach.kaizen.core.step;

import static coach.kaizen.core.text.Said.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.text.Message;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void daysOfTheWeekAreReadInShortOrFullAndWrittenInOrder() {
        Schedule schedule = Schedule.parse(" Friday, mon ,WED ");
        assertThat(schedule).isEqualTo(new Schedule.Weekdays(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
        assertThat(schedule.code()).isEqualTo("mon,wed,fri");
        assertThat(schedule.text()).isEqualTo("on Mondays, Wednesdays and Fridays");
        assertThat(Schedule.parse("sun").text()).isEqualTo("on Sundays");
        assertThat(Schedule.parse(schedule.code())).isEqualTo(schedule);
    }

    @Test
    void chosenWeekdaysAreDueOnlyOnThoseDays() {
        Schedule schedule = Schedule.parse("mon,thu");
        assertThat(schedule.isDue(MONDAY)).isTrue();
        assertThat(schedule.isDue(MONDAY.plusDays(1))).isFalse();
        assertThat(schedule.isDue(MONDAY.plusDays(3))).isTrue();
        assertThat(Schedule.DAILY.isDue(MONDAY.plusDays(1))).isTrue();
        assertThat(Schedule.parse("3/7").isDue(MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void timesInDaysAreWrittenAsAFraction() {
        Schedule schedule = Schedule.parse("3 / 7");
        assertThat(schedule).isEqualTo(new Schedule.TimesInDays(3, 7));
        assertThat(schedule.code()).isEqualTo("3/7");
        assertThat(schedule.text()).isEqualTo("3 times in 7 days");
        assertThat(Schedule.parse("1/2").text()).isEqualTo("once in 2 days");
    }

    @Test
    void everyDayWrittenAnotherWayIsDaily() {
        assertThat(Schedule.parse("daily")).isEqualTo(Schedule.DAILY);
        assertThat(Schedule.parse("4/4")).isEqualTo(Schedule.DAILY);
        assertThat(Schedule.parse("mon,tue,wed,thu,fri,sat,sun")).isEqualTo(Schedule.DAILY);
        assertThat(Schedule.DAILY.text()).isEqualTo("every day");
        assertThat(Schedule.DAILY.code()).isEqualTo("daily");
    }

    @Test
    void anythingElseIsRefusedWithHowToWriteIt() {
        for (String bad : new String[] {"", " ", "weekly", "mo", "monday,", "mon;wed", "0/7", "8/7", "3/40", "1/1x", null}) {
            // The words, each naming the schedule, are checked in English by the app's StepRefusalsInEnglishTest.
            assertThat(refusal(() -> Schedule.parse(bad)).key()).as(String.valueOf(bad))
                    .isIn("steps.problem.schedule.howToWrite", "steps.problem.schedule.timesInDays");
        }
        assertThat(refusal(() -> Schedule.parse("5/40")))
                .isEqualTo(Message.of("steps.problem.schedule.timesInDays", "30", "31"));
    }
}
