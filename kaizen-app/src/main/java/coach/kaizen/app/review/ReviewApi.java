package coach.kaizen.app.review;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.picture.WeekDays;
import coach.kaizen.core.picture.WeeklyReview;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** GET /api/v1/review/{week}: the week in review, as the page shows it. */
public final class ReviewApi {

    private final ReviewService reviews;

    public ReviewApi(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** {@code previous} and {@code next} name the weeks beside it, or are null as on the page. */
    record ReviewJson(String week, LocalDate from, LocalDate to, boolean soFar, String previous, String next,
            List<StepJson> steps, RecoveryWeeks.Week recovery, List<WeekDays.Day> days, String suggestion) {

        static ReviewJson of(ReviewService.Week week, Texts texts) {
            WeeklyReview review = week.review();
            return new ReviewJson(week.name().toString(), review.from(), review.to(), week.soFar(),
                    name(week.previous()), name(week.next()), review.steps().stream().map(StepJson::of).toList(),
                    review.recovery(), week.days().days(), texts.say(review.suggestion()));
        }

        private static String name(IsoWeek week) {
            return Objects.toString(week, null);
        }
    }

    /** A step's week: days done of days due, and its size before the week and at its end. */
    record StepJson(long stepId, String action, int done, int due, double before, double after,
            WeeklyReview.Change change) {

        static StepJson of(WeeklyReview.StepWeek week) {
            return new StepJson(week.step().id(), week.step().action(), week.done(), week.due(), week.before(),
                    week.after(), week.change());
        }
    }

    public void show(Context ctx, Person person) {
        ctx.json(ReviewJson.of(reviews.review(person, ctx.pathParam("week")),
                Catalog.shipped().texts(person.language())));
    }
}
