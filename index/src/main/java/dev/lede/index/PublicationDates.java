package dev.lede.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Reads the dates Lede meets: an article's ISO-8601 {@code publishedAt}, and search bounds. */
final class PublicationDates {
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private PublicationDates() {
    }

    /**
     * The calendar date of an ISO-8601 date or date-time (as written, no time-zone shift), or null. A month
     * alone ("2015-11", all some pages say of their date) counts as its first day: the article is in that
     * month's facet and date filters, and ranks by recency as of that day.
     */
    static LocalDate dateOf(String publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        try {
            if (MONTH.matcher(publishedAt).matches()) {
                return YearMonth.parse(publishedAt).atDay(1);
            }
            return DATE_PREFIX.matcher(publishedAt).matches() ? LocalDate.parse(publishedAt.substring(0, 10)) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first day a bound covers: {@code 2026-05} is 1 May, {@code 2026-05-12} itself. */
    static LocalDate lowerBound(String bound) {
        return parseBound(bound, false);
    }

    /** The last day a bound covers: {@code 2026-05} is 31 May, {@code 2026-05-12} itself. */
    static LocalDate upperBound(String bound) {
        return parseBound(bound, true);
    }

    private static LocalDate parseBound(String bound, boolean end) {
        String b = bound.strip();
        try {
            if (MONTH.matcher(b).matches()) {
                YearMonth month = YearMonth.parse(b);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (b.length() == 10) {
                return LocalDate.parse(b);
            }
        } catch (DateTimeException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("not a date (yyyy-MM-dd) or month (yyyy-MM): \"" + bound + "\"");
    }
}
