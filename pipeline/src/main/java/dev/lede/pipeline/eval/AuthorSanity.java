package dev.lede.pipeline.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An independent check of author names: a name never holds a date, a time, a number, a URL or e-mail
 * address, a "By" prefix or a word of page chrome. Kept apart from the extractor's own cleaning so that the
 * test it serves can fail.
 */
public final class AuthorSanity {
    private static final Pattern BAD = Pattern.compile(
            "\\d|https?:|www\\.|@|^(by|door|von|par)\\b|\\b(january|february|march|july|august|september|october|"
                    + "november|december|januari|februari|maart|mei|juli|augustus|oktober|jan|feb|aug|sept|oct|nov|dec|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|"
                    + "vrijdag|zaterdag|zondag|updated|published|posted|share|follow|subscribe|comments?|read|min|"
                    + "minutes|ago|geleden|bijgewerkt|gepubliceerd|advertisement|cookie|newsletter|login|sign|menu|"
                    + "home|privacy|terms|copyright|facebook|twitter|linkedin|instagram|email|view all|more)\\b");

    private AuthorSanity() {
    }

    /** The reason {@code name} is not a clean author name, or null when it is. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "empty";
        }
        if (!name.equals(name.strip())) {
            return "untrimmed";
        }
        if (name.length() > 80) {
            return "too long";
        }
        var m = BAD.matcher(name.toLowerCase(Locale.ROOT));
        return m.find() ? "contains '" + m.group() + "'" : null;
    }
}
