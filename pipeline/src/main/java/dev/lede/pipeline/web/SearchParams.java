package dev.lede.pipeline.web;

import dev.lede.index.SearchQuery;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search parameters of the web page and of {@code GET /api/search}, validated against the server's
 * caps, and the links that change one of them (facets, filter chips, paging).
 *
 * <p>Both the page and the API read the same names: {@code q}, {@code company} and {@code person}
 * (repeatable; every value must match), {@code lang}, {@code from} and {@code to} ({@code 2026},
 * {@code 2026-05} or {@code 2026-05-14}; both inclusive), {@code minAmount} (a number, optionally with
 * k, m, bn: "mentions an amount over"), {@code limit} and {@code offset}.
 *
 * @param q         the search text, stripped; empty for "everything"
 * @param companies companies every result must mention
 * @param people    people every result must mention
 * @param language  ISO 639-1 edition language, or null
 * @param from      first day (ISO date), or null
 * @param to        last day (ISO date, inclusive), or null
 * @param minAmount results must mention a money amount above this, or null
 * @param limit     results per page
 * @param offset    results skipped
 */
public record SearchParams(String q, List<String> companies, List<String> people, String language, String from,
                           String to, BigDecimal minAmount, int limit, int offset) {

    /** Every parameter name the search accepts. */
    public static final Set<String> NAMES = Set.of("q", "company", "person", "lang", "from", "to", "minAmount",
            "limit", "offset");
    private static final int MAX_NAME_CHARS = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // bounded on purpose: BigDecimal would accept "1e999999999", whose plain form is a billion digits
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,15})(?:\\.(\\d{1,6}))?\\s*(k|thousand|m|mn|mln|million|miljoen|b|bn|mld|billion|miljard)?",
            Pattern.CASE_INSENSITIVE);

    public SearchParams {
        q = q == null ? "" : q;
        companies = List.copyOf(companies);
        people = List.copyOf(people);
    }

    /**
     * Reads and checks the parameters of one request.
     *
     * @param params the query parameters as the server decoded them
     * @param caps   the server's limits
     * @param strict whether an unknown or repeated parameter is an error (the API) or ignored (the page,
     *               where links from elsewhere may carry tracking parameters)
     * @throws InvalidParameterException naming the first parameter that is wrong
     */
    public static SearchParams parse(Map<String, List<String>> params, ServerSettings caps, boolean strict) {
        if (strict) {
            for (String name : params.keySet()) {
                if (!NAMES.contains(name)) {
                    throw new InvalidParameterException(name, "unknown parameter '" + name + "'; accepted: "
                            + String.join(", ", NAMES.stream().sorted().toList()));
                }
            }
        }
        String q = single(params, "q", strict);
        q = q == null ? "" : q.strip();
        if (q.length() > caps.maxQueryChars()) {
            throw new InvalidParameterException("q", "q is longer than " + caps.maxQueryChars() + " characters");
        }
        String lang = single(params, "lang", strict);
        if (lang != null && !lang.isBlank()) {
            if (!LANGUAGE.matcher(lang.strip()).matches()) {
                throw new InvalidParameterException("lang", "lang must be a two-letter ISO 639-1 code such as en or nl");
            }
            lang = lang.strip().toLowerCase(Locale.ROOT);
        } else {
            lang = null;
        }
        LocalDate from = date(single(params, "from", strict), "from", false);
        LocalDate to = date(single(params, "to", strict), "to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
        }
        return new SearchParams(q, names(params, "company", caps), names(params, "person", caps), lang,
                from == null ? null : from.toString(), to == null ? null : to.toString(),
                amount(single(params, "minAmount", strict)),
                integer(single(params, "limit", strict), "limit", caps.pageSize(), 1, caps.maxLimit()),
                integer(single(params, "offset", strict), "offset", 0, 0, caps.maxOffset()));
    }

    /** No search text and no filters: the latest articles, {@code limit} per page. */
    public static SearchParams empty(int limit) {
        return new SearchParams("", List.of(), List.of(), null, null, null, null, limit, 0);
    }

    /** The query for the index. */
    public SearchQuery toQuery() {
        return new SearchQuery(q, companies, people, language, from, to, minAmount, limit, offset);
    }

    /** Whether any filter or search text is set (otherwise the page shows the latest articles). */
    public boolean isBlank() {
        return q.isEmpty() && companies.isEmpty() && people.isEmpty() && language == null && from == null
                && to == null && minAmount == null;
    }

    public SearchParams withCompany(String company) {
        return new SearchParams(q, add(companies, company), people, language, from, to, minAmount, limit, 0);
    }

    public SearchParams withoutCompany(String company) {
        return new SearchParams(q, remove(companies, company), people, language, from, to, minAmount, limit, 0);
    }

    public SearchParams withPerson(String person) {
        return new SearchParams(q, companies, add(people, person), language, from, to, minAmount, limit, 0);
    }

    public SearchParams withoutPerson(String person) {
        return new SearchParams(q, companies, remove(people, person), language, from, to, minAmount, limit, 0);
    }

    public SearchParams withLanguage(String lang) {
        return new SearchParams(q, companies, people, lang, from, to, minAmount, limit, 0);
    }

    /** Narrowed to one month ({@code 2026-05}), or to no dates when {@code month} is null. */
    public SearchParams withMonth(String month) {
        if (month == null) {
            return new SearchParams(q, companies, people, language, null, null, minAmount, limit, 0);
        }
        YearMonth ym = YearMonth.parse(month);
        return new SearchParams(q, companies, people, language, ym.atDay(1).toString(), ym.atEndOfMonth().toString(),
                minAmount, limit, 0);
    }

    /** The month ({@code 2026-05}) when from and to span exactly one calendar month, else null. */
    public String month() {
        if (from == null || to == null) {
            return null;
        }
        YearMonth ym = YearMonth.from(LocalDate.parse(from));
        return ym.atDay(1).toString().equals(from) && ym.atEndOfMonth().toString().equals(to) ? ym.toString() : null;
    }

    public SearchParams withMinAmount(BigDecimal amount) {
        return new SearchParams(q, companies, people, language, from, to, amount, limit, 0);
    }

    public SearchParams atOffset(int newOffset) {
        return new SearchParams(q, companies, people, language, from, to, minAmount, limit, Math.max(0, newOffset));
    }

    /**
     * These parameters as a URL query string (without '?'), in a fixed order, leaving out what is unset and a
     * {@code limit} equal to {@code defaultLimit}.
     */
    public String toQueryString(int defaultLimit) {
        StringJoiner query = new StringJoiner("&");
        put(query, "q", q.isEmpty() ? null : q);
        companies.forEach(c -> put(query, "company", c));
        people.forEach(p -> put(query, "person", p));
        put(query, "lang", language);
        put(query, "from", from);
        put(query, "to", to);
        put(query, "minAmount", minAmount == null ? null : minAmount.toPlainString());
        put(query, "limit", limit == defaultLimit ? null : Integer.toString(limit));
        put(query, "offset", offset == 0 ? null : Integer.toString(offset));
        return query.toString();
    }

    private static void put(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String single(Map<String, List<String>> params, String name, boolean strict) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (strict && values.size() > 1) {
            throw new InvalidParameterException(name, name + " is given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    private static List<String> names(Map<String, List<String>> params, String name, ServerSettings caps) {
        List<String> values = params.getOrDefault(name, List.of());
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            String v = value.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.length() > MAX_NAME_CHARS) {
                throw new InvalidParameterException(name, name + " is longer than " + MAX_NAME_CHARS + " characters");
            }
            distinct.add(v);
        }
        if (distinct.size() > caps.maxFilterValues()) {
            throw new InvalidParameterException(name, "at most " + caps.maxFilterValues() + " " + name
                    + " values per request");
        }
        return new ArrayList<>(distinct);
    }

    private static LocalDate date(String value, String name, boolean endOfPeriod) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (DATE.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
            if (YEAR_MONTH.matcher(v).matches()) {
                YearMonth ym = YearMonth.parse(v);
                return endOfPeriod ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (YEAR.matcher(v).matches()) {
                int year = Integer.parseInt(v);
                return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new InvalidParameterException(name, name + " must be a date: 2026, 2026-05 or 2026-05-14");
    }

    static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = AMOUNT.matcher(value.strip().replace("_", ""));
        if (!m.matches()) {
            throw new InvalidParameterException("minAmount",
                    "minAmount must be a plain number such as 1000000, 2.5m or 1bn (no thousands separators)");
        }
        BigDecimal amount = new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
        String unit = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        int exponent = switch (unit) {
            case "k", "thousand" -> 3;
            case "m", "mn", "mln", "million", "miljoen" -> 6;
            case "b", "bn", "mld", "billion", "miljard" -> 9;
            default -> 0;
        };
        return amount.scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    private static int integer(String value, String name, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw new InvalidParameterException(name, name + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    private static List<String> add(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        if (!copy.contains(value)) {
            copy.add(value);
        }
        return copy;
    }

    private static List<String> remove(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(value);
        return copy;
    }
}
