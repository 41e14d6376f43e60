package coach.kaizen.app.steps;

import coach.kaizen.app.http.Fields;
import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Show;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.steps.StepService.RemindedStep;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import coach.kaizen.core.text.Message;
import io.javalin.http.Context;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The step form's fields, read into a draft, and a saved step shown back in them. */
final class StepForms {


    private StepForms() {
    }

    static StepDraft draft(Context ctx) {
        Double amount = Fields.number(ctx, "amount");
        Double quantum = Fields.number(ctx, "quantum");
        Double floor = Fields.number(ctx, "floor");
        Double ceiling = Fields.number(ctx, "ceiling");
        String schedule = schedule(ctx);
        List<String> rungs = rungs(ctx);
        return Invalid.check(() -> StepDraft.of(Fields.text(ctx, "action"), amount, Fields.text(ctx, "unit"), quantum,
                floor, ceiling, Fields.text(ctx, "anchor"), schedule, rungs));
    }

    /** The reminder times, written "07:30, 18:00" (commas or spaces between them). */
    static List<LocalTime> times(Context ctx) {
        String text = Fields.text(ctx, "reminders");
        List<String> written = text == null ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(time -> !time.isBlank()).toList();
        return Invalid.check(() -> ReminderTimes.parse(written));
    }

    /** A ladder's rungs, one a line; blank lines are passed over. */
    private static List<String> rungs(Context ctx) {
        String text = Fields.text(ctx, "rungs");
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The schedule as written ("daily", "mon,thu", "3/7") from the choice of kind and its fields. */
    private static String schedule(Context ctx) {
        String kind = Fields.text(ctx, "every");
        if ("weekdays".equals(kind)) {
            String days = Schedule.Weekdays.CODES.stream().filter(day -> ctx.formParam("on_" + day) != null)
                    .collect(Collectors.joining(","));
            if (days.isEmpty()) {
                throw new Invalid(Message.of("steps.problem.noWeekday"));
            }
            return days;
        }
        if ("times".equals(kind)) {
            Integer times = Fields.whole(ctx, "times");
            Integer days = Fields.whole(ctx, "days");
            if (times == null || days == null) {
                throw new Invalid(Message.of("steps.problem.timesInDays"));
            }
            return times + "/" + days;
        }
        return "daily";
    }

    static Form of(RemindedStep reminded, Texts texts) {
        Step step = reminded.step();
        Sizing sizing = step.sizing();
        Map<String, String> values = new HashMap<>();
        values.put("reminders", ReminderTimes.writeAll(reminded.reminders()));
        values.put("action", step.action());
        values.put("amount", Show.number(texts, sizing.start()));
        if (!sizing.isLadder()) { // a ladder's unit, quantum, floor and ceiling follow from its rungs
            values.put("unit", sizing.unit());
            values.put("quantum", Show.number(texts, sizing.quantum()));
            values.put("floor", Show.number(texts, sizing.floor()));
            values.put("ceiling", Show.number(texts, sizing.ceiling()));
        }
        values.put("anchor", step.anchor() == null ? "" : step.anchor());
        values.putAll(scheduleValues(step.schedule()));
        values.put("rungs", String.join("\n", sizing.rungs()));
        return Form.of(values);
    }

    private static Map<String, String> scheduleValues(Schedule schedule) {
        Map<String, String> values = new HashMap<>();
        if (schedule instanceof Schedule.Weekdays weekdays) {
            values.put("every", "weekdays");
            weekdays.days().forEach(day -> values.put("on_" + Schedule.Weekdays.CODES.get(day.ordinal()), "on"));
        } else if (schedule instanceof Schedule.TimesInDays times) {
            values.put("every", "times");
            values.put("times", Integer.toString(times.times()));
            values.put("days", Integer.toString(times.days()));
        } else {
            values.put("every", "day");
        }
        return values;
    }
}
