package coach.kaizen.app.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates. */
public final class Pages {

    /** Said in the header as well as in the page's meta tag, so no browser guesses the encoding. */
    static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        templates.render(template, params, output);
        ctx.contentType(HTML).result(output.toString());
    }
}
