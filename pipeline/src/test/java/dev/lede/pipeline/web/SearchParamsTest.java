package dev.lede.pipeline.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParamsTest {
    private static final ServerSettings CAPS = ServerSettings.defaults();

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    @Test
    void readsEveryParameter() {
        SearchParams p = SearchParams.parse(params("q", "  Mistral  ", "company", "Mistral AI", "company", "Nvidia",
                "person", "Arthur Mensch", "lang", "NL", "from", "2026-05", "to", "2026", "minAmount", "2.5bn",
                "limit", "20", "offset", "40"), CAPS, true);
        assertEquals("Mistral", p.q());
        assertEquals(List.of("Mistral AI", "Nvidia"), p.companies());
        assertEquals(List.of("Arthur Mensch"), p.people());
        assertEquals("nl", p.language());
        assertEquals("2026-05-01", p.from());
        assertEquals("2026-12-31", p.to());
        assertEquals(0, new BigDecimal("2500000000").compareTo(p.minAmount()));
        assertEquals(20, p.limit());
        assertEquals(40, p.offset());
    }

    @Test
    void amountsWithUnits() {
        assertEquals(0, new BigDecimal("1500").compareTo(SearchParams.amount("1.5k")));
        assertEquals(0, new BigDecimal("600000000").compareTo(SearchParams.amount("600 miljoen")));
        assertEquals(0, new BigDecimal("1000000").compareTo(SearchParams.amount("1_000_000")));
        assertEquals(0, new BigDecimal("7000000000").compareTo(SearchParams.amount("7B")));
        assertNull(SearchParams.amount(" "));
        for (String bad : List.of("1,5m", "-5", "1e9", "12345678901234567", "five", "1.2.3")) {
            assertThrows(InvalidParameterException.class, () -> SearchParams.amount(bad), bad);
        }
    }

    @Test
    void monthsRoundTrip() {
        SearchParams p = SearchParams.empty(10).withMonth("2024-02");
        assertEquals("2024-02-01", p.from());
        assertEquals("2024-02-29", p.to());
        assertEquals("2024-02", p.month());
        assertNull(p.withMonth(null).month());
        assertNull(SearchParams.parse(params("from", "2024-02-01", "to", "2024-03-31"), CAPS, true).month());
    }

    @Test
    void pageIsLenientWhereTheApiIsStrict() {
        Map<String, List<String>> odd = params("q", "a", "q", "b", "utm_source", "mail");
        assertThrows(InvalidParameterException.class, () -> SearchParams.parse(odd, CAPS, true));
        assertEquals("a", SearchParams.parse(odd, CAPS, false).q());
        // bad values are errors on both
        assertThrows(InvalidParameterException.class, () -> SearchParams.parse(params("limit", "0"), CAPS, false));
    }

    @Test
    void linksKeepTheSearchAndResetPaging() {
        SearchParams p = SearchParams.parse(params("q", "a&b=c", "company", "AT&T", "offset", "20"), CAPS, true);
        String query = p.withPerson("Zoë").toQueryString(CAPS.pageSize());
        assertEquals("q=a%26b%3Dc&company=AT%26T&person=Zo%C3%AB", query);
        assertTrue(p.toQueryString(CAPS.pageSize()).endsWith("offset=20"));
        assertEquals("company=AT%26T", p.withoutCompany("x").withMonth(null).toQueryString(10)
                .replace("q=a%26b%3Dc&", "").replace("&offset=20", ""));
        // re-parsing a link gives back the same search
        SearchParams again = SearchParams.parse(parseQuery(p.toQueryString(10)), CAPS, true);
        assertEquals(p, again);
    }

    @Test
    void capsAreEnforced() {
        assertThrows(InvalidParameterException.class,
                () -> SearchParams.parse(params("q", "x".repeat(CAPS.maxQueryChars() + 1)), CAPS, true));
        assertThrows(InvalidParameterException.class,
                () -> SearchParams.parse(params("offset", Integer.toString(CAPS.maxOffset() + 1)), CAPS, true));
        assertThrows(InvalidParameterException.class,
                () -> SearchParams.parse(params("company", "x".repeat(201)), CAPS, true));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> SearchParams.parse(params("from", "2026-06-01", "to", "2026-05-01"), CAPS, true));
        assertEquals("from", e.parameter());
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            map.computeIfAbsent(decode(pair.substring(0, eq)), k -> new java.util.ArrayList<>())
                    .add(decode(pair.substring(eq + 1)));
        }
        return map;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
