package coach.kaizen.app.review;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.http.Frame;
import coach.kaizen.app.http.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** The weekly review page, /review/{week}. */
public final class ReviewPages {

    private final ReviewService reviews;
    private final Pages pages;

    public ReviewPages(ReviewService reviews, Pages pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    /** /review: the week going on now. */
    public void thisWeek(Context ctx, SignedIn who) {
        ctx.redirect("/review/" + reviews.thisWeek(who.person()), HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx, SignedIn who) {
        Frame frame = Frame.of(ctx, who);
        ReviewService.Week week = reviews.review(who.person(), ctx.pathParam("week"));
        pages.render(ctx, "review.jte", Map.of("frame", frame, "week", week,
                "chart", ReviewPicture.of(week.review().from(), week.days(), frame.texts())));
    }
}
