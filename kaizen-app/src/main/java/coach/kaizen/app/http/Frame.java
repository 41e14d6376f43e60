package coach.kaizen.app.http;

import coach.kaizen.app.db.SignInStore.SignedIn;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.person.Theme;
import gg.jte.Content;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every page's frame needs: the form token, who is signed in (if anyone), whether it is the
 * demo, the words of the page's language, and the theme the person chose (the device's when no one
 * is signed in).
 */
public record Frame(String csrf, String username, boolean demo, Texts texts, Theme theme) {

    public static Frame of(Context ctx, Optional<SignedIn> who) {
        return new Frame(Csrf.token(ctx, who), who.map(w -> w.person().username()).orElse(null),
                who.map(SignedIn::demo).orElse(false), Speech.of(ctx),
                who.map(w -> w.person().theme()).orElse(Theme.DEVICE));
    }

    public static Frame of(Context ctx, SignedIn who) {
        return of(ctx, Optional.of(who));
    }

    /** For error pages, which offer no forms. */
    static Frame bare(Context ctx) {
        return new Frame("", null, false, Speech.of(ctx), Theme.DEVICE);
    }

    /**
     * The {@code data-theme} of the page's {@code <html>}: "light" or "dark" when the person chose
     * one, none (null) when the stylesheet follows the device's {@code prefers-color-scheme}.
     */
    public String dataTheme() {
        return theme == Theme.DEVICE ? null : theme.name().toLowerCase(Locale.ROOT);
    }

    public boolean signedIn() {
        return username != null;
    }

    /** The languages we ship, each named in its own words. */
    public Map<String, String> languages() {
        return Catalog.shipped().languages();
    }

    /** The words for {@code key} in the page's language. */
    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /**
     * Words with markup of our own (keys ending in {@code .html}); the arguments, which may be the
     * person's words, are escaped.
     */
    public Content html(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof String text ? escape(text) : args[i];
        }
        return output -> output.writeContent(texts.t(key, escaped));
    }

    private static String escape(String text) {
        StringOutput escaped = new StringOutput();
        Escape.htmlContent(text, escaped);
        return escaped.toString();
    }
}
