package dev.lede.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages write: ISO-8601 in markup ("2026-05-14T09:30:00+02:00"), RFC 1123 in feeds,
 * and visible dates in English and Dutch ("May 14, 2026", "14 May 2026", "14 mei 2026", "donderdag 14 mei
 * 2026", "14-05-2026", "2026/05/14", "2026 May 14"). The result is ISO-8601: a date-time with its offset where the source
 * gives a time, the date alone where it does not. Years outside 1990..2100 are not believed.
 */
final class DateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februari", 2), Map.entry("febr", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("maart", 3), Map.entry("mrt", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("mei", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("augustus", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober|jan|febr|feb|mar|mrt|apr"
            + "|jun|jul|aug|sept|sep|oct|okt|nov|dec)\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Citation style: "2023 Jan 7" (PubMed, journals' citation_publication_date). */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s+" + MONTH + "\\s+(\\d{1,2})(?![\\d:])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\s*" + MONTH + ",?\\s+(\\d{4})\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})(?![\\d/.-])");

    /** Always with seconds, as pages write it ("09:15:00+02:00"), where {@code toString()} would drop ":00". */
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private DateParser() {
    }

    /** A date or date-time written in markup (ISO-8601, RFC 1123, or a visible form); empty if none. */
    static Optional<String> parseMachine(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.find() && m.start() <= 1) {
            return iso(m);
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(z.toLocalDate()) ? Optional.of(OFFSET_SECONDS.format(z)) : Optional.empty();
        } catch (DateTimeParseException e) {
            // not a feed date; try the visible forms
        }
        Matcher c = COMPACT.matcher(s);
        if (s.length() <= 14 && c.find()) {
            return date(c.group(1), c.group(2), c.group(3));
        }
        return parseVisible(s);
    }

    /** The first visible date in {@code text}, English or Dutch; empty if none. */
    static Optional<String> parseVisible(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.length() > 2000 ? text.substring(0, 2000) : text;
        Optional<String> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            Optional<String> d = iso(m);
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = YEAR_MONTH_DAY.matcher(s);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = date(m.group(1), month(m.group(2)), m.group(3));
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(s);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = numeric(m);
            if (d.isPresent()) {
                best = d;
            }
        }
        return best;
    }

    /**
     * A month and year that are the whole text ("November 2015", "Nov. 2015", "mei 2024"), as ISO-8601's
     * reduced "2015-11"; empty for anything else (a full date, a month and year within a sentence).
     */
    static Optional<String> parseMonthYear(String text) {
        Matcher m = MONTH_YEAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        return year >= MIN_YEAR && year <= MAX_YEAR
                ? Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, Integer.parseInt(month(m.group(1)))))
                : Optional.empty();
    }

    private static Optional<String> numeric(Matcher m) {
        String a = m.group(1);
        String b = m.group(3);
        String c = m.group(4);
        if (a.length() == 4) {
            return date(a, b, c);
        }
        if (c.length() != 4) {
            return Optional.empty();
        }
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        // 14-05-2026 and 14.05.2026 are day first (Dutch and most of Europe); with slashes a first
        // number over 12 is a day, otherwise the US month/day order is the likelier reading
        if (m.group(2).equals("/") && first <= 12 && second <= 31) {
            return date(c, a, b);
        }
        return date(c, b, a);
    }

    private static String month(String name) {
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return n == null ? "0" : n.toString();
    }

    private static Optional<String> iso(Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (!plausible(d)) {
                return Optional.empty();
            }
            if (m.group(4) == null) {
                return Optional.of(d.toString());
            }
            LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                return Optional.of(LOCAL_SECONDS.format(t));
            }
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return Optional.of(OFFSET_SECONDS.format(OffsetDateTime.of(t, offset)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(d) ? Optional.of(d.toString()) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
    }

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
}
