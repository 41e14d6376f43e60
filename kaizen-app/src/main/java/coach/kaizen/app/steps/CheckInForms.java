package coach.kaizen.app.steps;

import coach.kaizen.app.http.Form;
import coach.kaizen.app.http.Show;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.core.checkin.CheckIn;
import java.util.HashMap;
import java.util.Map;

/** A saved check-in shown back in the check-in form, so changing it starts from what was said. */
public final class CheckInForms {

    private CheckInForms() {
    }

    public static Form forCard(StepToday card, Texts texts) {
        return card.checkIn().map(checkIn -> of(checkIn, texts)).orElseGet(Form::empty);
    }

    static Form of(CheckIn checkIn, Texts texts) {
        Map<String, String> values = new HashMap<>();
        values.put("day", checkIn.day().toString());
        values.put("outcome", checkIn.outcome().name());
        values.put("amount", Show.number(texts, checkIn.amount()));
        values.put("resistance", Show.whole(checkIn.resistance()));
        values.put("note", checkIn.note() == null ? "" : checkIn.note());
        return Form.of(values);
    }
}
