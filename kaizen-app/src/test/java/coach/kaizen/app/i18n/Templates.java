package coach.kaizen.app.i18n;

/** Reads a jte template as a person would meet it: the markup without the code, then the text without the markup. */
final class Templates {

    private Templates() {
    }

    /**
     * The template's HTML with jte's code taken out: imports and params, {@code ${…}} output and
     * {@code !{…}} statements, control flow, and a template call's arguments (its {@code @`…`} content blocks are kept).
     */
    static String markupOf(String template) {
        StringBuilder markup = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("@import", i) || template.startsWith("@param", i)) {
                i = template.indexOf('\n', i) < 0 ? template.length() : template.indexOf('\n', i);
            } else if (template.startsWith("${", i) || template.startsWith("$unsafe{", i)
                    || template.startsWith("!{", i)) {
                i = closing(template, template.indexOf('{', i), '{', '}');
            } else if (startsWithAny(template, i, "@if(", "@elseif(", "@for(")) {
                i = closing(template, template.indexOf('(', i), '(', ')');
            } else if (startsWithAny(template, i, "@endif", "@endfor", "@else")) {
                i += template.startsWith("@endfor", i) ? 7 : template.startsWith("@endif", i) ? 6 : 5;
            } else if (template.startsWith("@template.", i)) {
                i = arguments(template, template.indexOf('(', i) + 1, markup);
            } else {
                markup.append(template.charAt(i++));
            }
        }
        return markup.toString();
    }

    /** The text between tags, with comments, scripts, styles and entities taken out. */
    static String textOf(String markup) {
        return markup.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("&[a-zA-Z]+;|&#[0-9]+;", " ");
    }

    /** Skips a call's arguments to its closing parenthesis, reading what its content blocks hold into {@code markup}. */
    private static int arguments(String template, int from, StringBuilder markup) {
        int depth = 1;
        int i = from;
        while (i < template.length() && depth > 0) {
            if (template.startsWith("@`", i)) {
                int end = blockEnd(template, i + 2);
                markup.append(markupOf(template.substring(i + 2, end)));
                i = end + 1;
            } else if (template.charAt(i) == '"') {
                i = template.indexOf('"', i + 1) + 1;
            } else {
                depth += template.charAt(i) == '(' ? 1 : template.charAt(i) == ')' ? -1 : 0;
                i++;
            }
        }
        return i;
    }

    /** The index of the backtick that closes a content block starting at {@code from}, nested blocks skipped. */
    private static int blockEnd(String template, int from) {
        int depth = 1;
        int i = from;
        while (depth > 0) {
            if (template.startsWith("@`", i)) {
                depth++;
                i += 2;
            } else {
                depth -= template.charAt(i) == '`' ? 1 : 0;
                i++;
            }
        }
        return i - 1;
    }

    /** The index just past the bracket that closes the one at {@code open}, strings skipped. */
    private static int closing(String template, int open, char in, char out) {
        int depth = 0;
        int i = open;
        do {
            char c = template.charAt(i);
            if (c == '"') {
                i = template.indexOf('"', i + 1);
            } else if (c == in) {
                depth++;
            } else if (c == out) {
                depth--;
            }
            i++;
        } while (depth > 0 && i < template.length());
        return i;
    }

    private static boolean startsWithAny(String text, int at, String... prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }
}
