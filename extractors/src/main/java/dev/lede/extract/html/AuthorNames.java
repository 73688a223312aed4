package dev.lede.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines into names: "By Jane Doe and John Roe | May 14, 2026" becomes [Jane Doe, John Roe]. Never
 * lets through a date, a "By", a URL, an e-mail address or a word of page chrome.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(written|posted|published|reviewed|edited|reported|updated|compiled|photos?|text|words|story)?\\s*"
                    + "(by|door|von|par|por|author|authors|auteur|auteurs|geschreven door|written by|posted by)\\s*[:\\-]?\\s+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\||/|\\band\\b|\\ben\\b|\\bund\\b|\\bwith\\b|\\bmet\\b|\\n|•|·)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^(?:(?i:ph\\.?d\\.?|m\\.?d\\.?|md|ms|msc|mba|rd|rn|cpa|cfa|esq\\.?|jr\\.?|sr\\.?|ii|iii|iv|dr\\.?|prof\\.?)"
                    + "|[A-Z]{2,6}(?:-[A-Z0-9]+)?(?: \\d+)?)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(\\d|https?:|www\\.|@|\\.com\\b|\\b(share|follow|subscribe|newsletter|comments?|min(ute)?s?\\s+read|read more"
                    + "|updated|published|posted|staff writer|contributor|editor|reporter|correspondent|columnist|admin"
                    + "|view all|all posts|more from|about the author|profile|twitter|facebook|linkedin|instagram|email|e-mail"
                    + "|january|february|march|july|august|september|october|november|december|januari"
                    + "|februari|maart|juni|juli|augustus|oktober|today|yesterday|gisteren|vandaag|ago|geleden"
                    + "|(learn|see|show|view|load|lees) (more|meer)|bijgewerkt|gepubliceerd|advertisement|advertentie"
                    + "|cookies?|menu|log ?in|sign (in|up)|privacy|copyright)\\b)");
    private static final int MAX_NAME_CHARS = 60;

    private AuthorNames() {
    }

    /** The names in a byline or author field, in order, without duplicates. */
    static List<String> fromByline(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = byline.replace('\u00a0', ' ').strip();
        if (s.isEmpty() || s.length() > 300) {
            return out;
        }
        s = PREFIX.matcher(s).replaceFirst("");
        for (String part : SPLIT.split(s)) {
            String name = clean(part);
            if (name != null) {
                out.add(name);
            }
        }
        return dedupe(out);
    }

    /** One author value (from JSON-LD or meta): cleaned, or null when it is not a name. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = PREFIX.matcher(raw.replace('\u00a0', ' ').strip()).replaceFirst("").strip();
        s = s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
        if (s.isEmpty() || s.length() > MAX_NAME_CHARS || CREDENTIAL.matcher(s).matches()) {
            return null;
        }
        if (NOT_A_NAME.matcher(s).find()) {
            return null;
        }
        if (s.split("\\s+").length > 6 || !Character.isLetter(s.codePointAt(0))) {
            return null;
        }
        if (s.equalsIgnoreCase("by") || s.equalsIgnoreCase("door")) {
            return null;
        }
        return s;
    }

    static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out;
    }
}
