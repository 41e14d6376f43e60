package coach.kaizen.app.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a person was going when they were asked to sign in: a page of this app, carried through the
 * sign-in form as {@code next}, and never anywhere else (a path of ours, not another site's).
 */
public final class ReturnTo {

    /** The form field and query parameter that carry it. */
    public static final String FIELD = "next";
    private static final String HOME = "/today";
    private static final int LONGEST = 2000;
    /** One slash, then a path and query of printable characters, no backslash: "//x" or "/\\x" leave the site. */
    private static final Pattern OURS = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e&&[^\\\\]]*");

    private ReturnTo() {
    }

    /** The sign-in page, remembering the page asked for when it was one a person opens (a GET). */
    static String signInFrom(Context ctx) {
        if (!"GET".equals(ctx.method().name())) {
            return "/login";
        }
        String asked = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        // Today is where signing in leads anyway: its sign-in page needs nothing to remember.
        return ours(asked) && !asked.equals(HOME)
                ? "/login?" + FIELD + "=" + URLEncoder.encode(asked, StandardCharsets.UTF_8) : "/login";
    }

    /** Where to go once signed in: {@code next} when it is a page of ours, else Today. */
    public static String after(String next) {
        return next != null && ours(next) ? next : HOME;
    }

    private static boolean ours(String path) {
        return path.length() <= LONGEST && OURS.matcher(path).matches() && !path.startsWith("/login");
    }
}
