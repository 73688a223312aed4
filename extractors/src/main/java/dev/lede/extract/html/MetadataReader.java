package dev.lede.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's metadata the way the best tools do, most reliable source first: JSON-LD (schema.org), then
 * Open Graph / article / Dublin Core meta tags, then microdata and {@code <time>} elements, then what the
 * page shows (headline, byline, visible dates in English and Dutch), then the URL.
 */
final class MetadataReader {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
            "og:published_time", "article:published", "datepublished", "publishdate", "publish-date", "publish_date",
            "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "dc.date.created",
            "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime",
            "publication_date", "citation_publication_date", "citation_date", "og:pubdate", "release_date", "created",
            "published", "published-date", "published_date", "w-published-date", "date-published", "datecreated"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "og:article:modified_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "citation_author", "og:article:author"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:/]{1,2}\\s+|\\s*[|·•»]\\s*");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Pattern URL_NAMED_DATE = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/(\\d{1,2})(?:/|-|$)");
    private static final Pattern BYLINE_NAMES = Pattern.compile("(?i)byline|author|writer|contributor|reporter|auteur");
    private static final Pattern BYLINE_START = Pattern.compile(
            "(?i)(by|door|written by|geschreven door|text by|tekst:?|von|par|por)\\s+\\p{Lu}");
    private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|byline|meta|datum|timestamp");

    // selectors parsed once: jsoup parses a selector string again on every select() call
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");
    private static final Evaluator NAV_FOOTER_ASIDE = QueryParser.parse("nav, footer, aside");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main, [itemprop=headline], [role=main]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator DATE_PUBLISHED_PROP = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator TIMES = QueryParser.parse("time[datetime]");
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[itemprop=author], [rel=author], a[href*=/author/]");
    private static final Evaluator NAME_PROP = QueryParser.parse("[itemprop=name]");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator ALTERNATE_LINK = QueryParser.parse("link[rel=alternate][hreflang][href]");
    private static final Evaluator HTTP_EQUIV = QueryParser.parse("meta[http-equiv]");

    PageMetadata read(Document doc, JsonLd ld, String url) {
        JsonNode article = ld.article();
        MetaTags meta = MetaTags.of(doc);
        String siteName = firstNonBlank(meta.first("og:site_name"), meta.first("application-name"),
                JsonLd.text(ld.first("website"), "name"), JsonLd.text(article == null ? null : article.get("publisher"), "name"));
        List<String> references = titleReferences(doc, meta, article);
        Element h1 = headline(doc, references, siteName);
        if (h1 == null && !references.isEmpty()) {
            // a headline set in font/b instead of a heading: anchors the byline and dateline search
            h1 = elementWithText(doc, stripSiteName(references.get(0), siteName));
        }
        String title = title(references, h1, siteName);
        String summary = firstNonBlank(meta.first("og:description"), meta.first("description"),
                meta.first("twitter:description"), JsonLd.text(article, "description"));
        String canonical = canonical(meta);
        String published = published(doc, meta, ld, article, h1, url);
        String modified = firstDate(JsonLd.text(article, "dateModified"));
        if (modified == null) {
            modified = metaDate(meta, MODIFIED_META);
        }
        List<String> authors = authors(doc, meta, ld, article, h1);
        String section = firstNonBlank(JsonLd.text(article, "articleSection"), meta.first("article:section"),
                meta.first("section"), meta.first("parsely-section"));
        List<String> tags = tags(meta, article);
        return new PageMetadata(title, summary == null ? "" : summary.strip(), authors, published, modified, canonical,
                siteName, section, tags, declaredLanguage(doc, meta, canonical));
    }

    // ---------------------------------------------------------------- title

    /** The headline, og:title / twitter:title and {@code <title>} the page declares, in that order. */
    private static List<String> titleReferences(Document doc, MetaTags meta, JsonNode article) {
        List<String> references = new ArrayList<>();
        for (String s : new String[]{JsonLd.text(article, "headline"), firstNonBlank(meta.first("og:title"),
                meta.first("twitter:title")), doc.title()}) {
            if (s != null && !s.isBlank()) {
                references.add(s.strip());
            }
        }
        return references;
    }

    /** The h1 that looks most like the title (h1s inside the article first), ignoring navigation. */
    static Element headline(Document doc) {
        return headline(doc, List.of(), null);
    }

    /**
     * The page's headline element. An h1 the declared titles agree with wins; failing that, an h2 or h3
     * they agree with (blogs put the site's name in the h1 and the post's title in an h2); failing that,
     * the h1 that is not the site's name: readers see the visible headline, so it beats a declared title
     * written for search engines.
     */
    static Element headline(Document doc, List<String> references, String siteName) {
        Element first = null;
        Element inArticle = null;
        int seen = 0;
        for (Element h : doc.select(HEADINGS)) {
            if (seen++ > HEADINGS_LOOKED_AT) {
                break;
            }
            if (h.closest(NAV_FOOTER_ASIDE) != null) {
                continue;
            }
            String text = h.text(); // built anew by every call
            if (text.isBlank()) {
                continue;
            }
            boolean isH1 = h.normalName().equals("h1");
            if (isSiteName(text, references, siteName)) {
                continue;
            }
            if (agrees(text, references, siteName, isH1 ? 10 : 15)) {
                if (isH1 || first == null) {
                    return h;
                }
                continue;
            }
            if (isH1 && (references.isEmpty() || overlaps(text, references, siteName))) {
                if (first == null) {
                    first = h;
                }
                if (inArticle == null && h.closest(ARTICLE_OR_MAIN) != null) {
                    inArticle = h;
                }
            }
        }
        return inArticle != null ? inArticle : first;
    }

    /** How many headings the headline search reads: the headline is near the top. */
    private static final int HEADINGS_LOOKED_AT = 40;

    /** Whether a heading and one of the declared titles are the same title (one containing the other). */
    private static boolean agrees(String heading, List<String> references, String siteName, int minChars) {
        String h = norm(heading);
        if (h.isEmpty()) {
            return false;
        }
        for (String r : references) {
            // the site name a title carries must not make the logo agree with it
            String n = norm(stripSiteName(r, siteName));
            if (n.equals(h) || (h.length() >= minChars && n.contains(h)) || (n.length() >= minChars && h.contains(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of an h1's words a declared title must contain for the h1 to count as the same story worded
     * for readers ("Beginner Marathon Plan" / "Marathon Beginner Plan") rather than a section label or a
     * slogan ("M&A Updates", "Our Blog"). 0.3 matches the WCXB labels best (0.5: 0.884, 0.3: 0.895).
     */
    private static final double HEADLINE_OVERLAP = 0.3;

    /** Whether a heading shares enough words (two at least) with a declared title. */
    private static boolean overlaps(String heading, List<String> references, String siteName) {
        Set<String> words = new HashSet<>(List.of(norm(heading).split(" ")));
        for (String r : references) {
            Set<String> ref = new HashSet<>(List.of(norm(stripSiteName(r, siteName)).split(" ")));
            long shared = words.stream().filter(ref::contains).count();
            if (shared >= HEADLINE_OVERLAP * words.size() && shared >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether a heading is the site's name (a logo set as h1): the site name, or the part a title drops as such. */
    private static boolean isSiteName(String heading, List<String> references, String siteName) {
        String h = norm(heading);
        if (siteName != null && h.equals(norm(siteName))) {
            return true;
        }
        for (String r : references) {
            String stripped = stripSiteName(r, siteName);
            if (stripped.length() < r.length() && norm(r).contains(h) && !norm(stripped).contains(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element whose whole text is {@code text} (a headline set in font/b instead of h1), found from the
     * text nodes up: one pass over the page, a few ancestors per candidate, however deep the page is.
     */
    private static Element elementWithText(Document doc, String text) {
        String want = norm(text);
        if (want.length() < 10 || doc.body() == null) {
            return null;
        }
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                String own = norm(t.getWholeText());
                if (own.isEmpty() || !want.startsWith(own)) {
                    return FilterResult.CONTINUE;
                }
                Element e = t.parentElement();
                for (int up = 0; e != null && up < 4; up++, e = e.parent()) {
                    String whole = norm(e.text());
                    if (whole.equals(want)) {
                        found[0] = e;
                        return FilterResult.STOP;
                    }
                    if (whole.length() > want.length()) {
                        break;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    private static String title(List<String> references, Element h1, String siteName) {
        String h1Text = h1 == null ? "" : h1.text().strip();
        if (!h1Text.isEmpty() && h1Text.length() < 300) {
            String visible = withoutSiteSuffix(h1Text, references, siteName);
            String declared = undecorated(visible, references, siteName);
            return declared != null ? declared : visible;
        }
        return references.isEmpty() ? h1Text : stripSiteName(references.get(0), siteName);
    }

    /**
     * Most words a decoration of the visible headline may have: a date ("Dec 18 2025 Headline", "Headline /
     * Dec 2025"), a label ("Blog: Headline", "Title:Headline"), a source and score ("Headline (latimes.com)
     * 87"). Longer is a subtitle, which belongs to the headline.
     */
    private static final int MAX_DECORATION_WORDS = 3;
    private static final Pattern DECORATION_START = Pattern.compile("^\\s*[|/\\-–—·•»(\\[:,]");
    private static final Pattern DECORATION_END = Pattern.compile("[|/\\-–—·•»)\\]:]\\s*$");

    /**
     * The declared title (without its site name) when the visible headline is that title with a decoration
     * at its start or end, else null: a date, or a few words set off by a separator or brackets. A
     * difference in wording ("The Best ...", "... to Prevent Issues") is not a decoration: the visible
     * headline stays.
     */
    private static String undecorated(String headline, List<String> references, String siteName) {
        String h = norm(headline);
        for (String r : references) {
            String declared = stripSiteName(r, siteName).strip();
            String d = norm(declared);
            if (d.isEmpty() || d.length() >= h.length() || !h.contains(d)) {
                continue;
            }
            for (int i = 0; i < headline.length(); i++) {
                if (i > 0 && Character.isLetterOrDigit(headline.charAt(i - 1))) {
                    continue; // only cut between words
                }
                if (h.startsWith(d) && norm(headline.substring(0, i)).equals(d)
                        && isDecoration(headline.substring(i), DECORATION_START)) {
                    return declared;
                }
                if (h.endsWith(d) && norm(headline.substring(i)).equals(d)
                        && isDecoration(headline.substring(0, i), DECORATION_END)) {
                    return declared;
                }
            }
        }
        return null;
    }

    private static boolean isDecoration(String extra, Pattern setOff) {
        int words = Words.count(extra);
        return words > 0 && words <= MAX_DECORATION_WORDS
                && (setOff.matcher(extra).find() || DateParser.parseVisible(extra).isPresent());
    }

    /**
     * A visible headline without a site name some CMSs append to it ("Headline – Site"): only a name the
     * page declares as its own (site name, or the part its {@code <title>} drops) is cut, never a subtitle.
     */
    private static String withoutSiteSuffix(String headline, List<String> references, String siteName) {
        Matcher m = TITLE_SEPARATOR.matcher(headline);
        int cut = -1;
        int tailStart = -1;
        while (m.find()) {
            cut = m.start();
            tailStart = m.end();
        }
        if (cut <= 0) {
            return headline;
        }
        String tail = norm(headline.substring(tailStart));
        if (tail.isEmpty()) {
            return headline;
        }
        boolean site = siteName != null && tail.equals(norm(siteName));
        for (String r : references) {
            String stripped = stripSiteName(r, siteName);
            if (stripped.length() < r.length() && norm(r).endsWith(tail) && !norm(stripped).endsWith(tail)) {
                site = true;
            }
        }
        return site ? headline.substring(0, cut).strip() : headline;
    }

    /** "Headline | Site" → "Headline": drops the part that names the site (or the shorter side when unsure). */
    static String stripSiteName(String title, String siteName) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        List<int[]> cuts = new ArrayList<>();
        while (m.find()) {
            cuts.add(new int[]{m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return title;
        }
        String site = siteName == null ? null : norm(siteName);
        // the site name at the end or at the start
        int[] last = cuts.get(cuts.size() - 1);
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, cuts.get(0)[0]).strip();
        if (site != null && !site.isEmpty()) {
            if (norm(tail).equals(site) || site.contains(norm(tail)) && !norm(tail).isEmpty()) {
                return title.substring(0, last[0]).strip();
            }
            if (norm(head).equals(site)) {
                return title.substring(cuts.get(0)[1]).strip();
            }
        }
        String before = title.substring(0, last[0]).strip();
        if (tail.length() < before.length() && Words.count(tail) <= 4) {
            return before;
        }
        return title;
    }

    /** Lower case, letters and digits only, single spaces: for comparing titles and blocks. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- dates

    private static String published(Document doc, MetaTags meta, JsonLd ld, JsonNode article, Element h1, String url) {
        // a date in the URL is set when the story is published and never changes
        String d = urlDate(url);
        if (d != null) {
            return d;
        }
        String shown = labelledPublication(doc);
        if (shown == null) {
            shown = dateline(h1, false);
        }
        String declared = declaredPublication(doc, meta, ld, article);
        if (shown != null) {
            // "09.10.2024" could be either order: the markup's date-time "2024-09-10T16:07:00Z" says which (a
            // date alone may itself have been read from "03-09-2026", no better than the visible one); a shown
            // date a day off the markup's date-time is the same moment in the site's time zone, and the
            // date-time says it with its time and zone
            return declared != null && declared.length() > 10
                    && (isDayMonthSwap(shown, declared) || sameMomentElsewhere(shown, declared)) ? declared : shown;
        }
        d = declared;
        if (d == null) {
            d = timeElement(doc, h1);
        }
        if (d == null) {
            d = visibleDate(doc, h1);
        }
        if (d == null) {
            // only an "Updated ..." line: the one date the page gives its readers
            d = dateline(h1, true);
        }
        if (d == null) {
            // no headline to anchor on, or the date sits far from it: the first date line of the page
            d = firstDateLine(doc, e -> shortDate(e, false));
        }
        if (d == null) {
            d = firstDateLine(doc, e -> shortDate(e, true));
        }
        if (d == null) {
            // "November 2015" on a line of its own: all some pages (reports, magazines) say of their date
            d = firstDateLine(doc, MetadataReader::monthLine);
        }
        return d;
    }

    /** The publication date the markup declares: JSON-LD, then meta tags, then microdata. */
    private static String declaredPublication(Document doc, MetaTags meta, JsonLd ld, JsonNode article) {
        String d = firstDate(JsonLd.text(article, "datePublished"));
        if (d == null) {
            for (JsonNode n : ld.things()) {
                d = firstDate(JsonLd.text(n, "datePublished"));
                if (d != null) {
                    break;
                }
            }
        }
        if (d == null) {
            d = metaDate(meta, PUBLISHED_META);
        }
        if (d == null) {
            Element e = doc.selectFirst(DATE_PUBLISHED_PROP);
            if (e != null) {
                d = firstDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            }
        }
        return d;
    }

    /**
     * Whether the date {@code shown} differs from the date of the date-time {@code declared} but is that moment's
     * date in some time zone (UTC-12:00 to UTC+14:00): "December 3, 2025" shown in Sydney for
     * "2025-12-02T23:00:55Z". A date-time without an offset names no moment and is never matched.
     */
    private static boolean sameMomentElsewhere(String shown, String declared) {
        try {
            LocalDate day = LocalDate.parse(shown.substring(0, 10));
            OffsetDateTime moment = OffsetDateTime.parse(declared);
            if (day.equals(moment.toLocalDate())) {
                return false;
            }
            LocalDateTime utc = moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return !day.isBefore(utc.minusHours(12).toLocalDate()) && !day.isAfter(utc.plusHours(14).toLocalDate());
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** Whether two ISO dates are the same year with day and month swapped (2024-10-09 and 2024-09-10). */
    private static boolean isDayMonthSwap(String a, String b) {
        if (a.length() < 10 || b.length() < 10 || a.regionMatches(0, b, 0, 10)) {
            return false;
        }
        return a.regionMatches(0, b, 0, 5) && a.regionMatches(5, b, 8, 2) && a.regionMatches(8, b, 5, 2);
    }

    /**
     * The first line of the page that {@code probe} reads as a date (a byline's "Nov 21, 2018", a
     * "23.07.2025" under the author), outside navigation, footers, asides and comments. The last resort when
     * nothing near the headline or in the markup gives a date.
     */
    private static String firstDateLine(Document doc, Function<Element, String> probe) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().getAllElements()) {
            if (!hasOwnText(e)) {
                continue; // Element.hasText() would read every descendant of every element
            }
            String d = probe.apply(e);
            if (d != null && !inPageChrome(e)) {
                return d;
            }
        }
        return null;
    }

    private static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return DateParser.parseMachine(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
        }
        m = URL_NAMED_DATE.matcher(url);
        // /2023/october/03/: the month spelled out
        return m.find() ? DateParser.parseVisible(m.group(3) + " " + m.group(2) + " " + m.group(1)).orElse(null) : null;
    }

    /**
     * The date the page shows its readers with the headline: the first short line with a date among the
     * elements right after the h1 (or, failing that, just before it). It wins over the markup's dates,
     * which CMSs often leave stale or re-stamp on every build; on the WCXB pages it is the date the labels
     * give far more often than any meta tag. Lines that say "Updated ..." count only with {@code updates};
     * footers, comments and related lists do not count.
     */
    static String dateline(Element h1, boolean updates) {
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        for (Element e = next(h1); e != null && seen < DATELINE_REACH; e = next(e), seen++) {
            String d = shortDate(e, updates);
            if (d != null && !inPageChrome(e)) {
                return d;
            }
            if (e.ownText().length() > STORY_CHARS) {
                break; // the story has begun: dates from here on are the story's, not the page's
            }
        }
        seen = 0;
        for (Element e = previous(h1); e != null && seen < DATELINE_REACH / 4; e = previous(e), seen++) {
            String d = shortDate(e, updates);
            if (d != null && !inPageChrome(e)) {
                return d;
            }
        }
        return null;
    }

    /** How many elements around the headline the dateline search looks at. */
    private static final int DATELINE_REACH = 150;
    /** A dateline is short ("Updated Dec 18, 2025 · 12 min read"); longer text is a sentence of the story. */
    private static final int DATELINE_CHARS = 80;
    /** Own text this long is a paragraph of the story. */
    private static final int STORY_CHARS = 200;

    private static String shortDate(Element e, boolean updates) {
        String own = ownLine(e);
        boolean line = own.length() >= 6 && own.length() <= DATELINE_CHARS && own.chars().anyMatch(Character::isDigit);
        String d = line ? DateParser.parseVisible(own).orElse(null) : null;
        if (e.normalName().equals("time")) {
            String machine = firstDate(e.attr("datetime"));
            // the date readers see wins over a machine date a day off, in another time zone ("2026-02-24T04:13:00Z"
            // shown as "February 23, 2026"); when they agree, the machine date carries the time; further apart,
            // the text is something else (a template's placeholder) and the machine date stands
            if (machine != null && (d == null || !withinADay(machine, d) || machine.startsWith(d))) {
                d = machine;
            }
        }
        if (d == null) {
            return null;
        }
        // "Updated May 3, 2025" is when the page changed, not when it was published (asked only of a date
        // found: the check reads the parent's line, which the page-wide search must not do for every element)
        return !updates && isUpdateLine(e) ? null : d;
    }

    /**
     * The month of a line that is a month and year alone ("November 2015", "mei 2024"), as "2015-11"; not
     * of a link, which is an archive's month ("October 2025" in an "Archives" list) or a citation.
     */
    private static String monthLine(Element e) {
        String own = ownLine(e);
        if (own.length() > MONTH_LINE_CHARS) {
            return null;
        }
        String month = DateParser.parseMonthYear(own).orElse(null);
        return month != null && e.closest(LINK) == null ? month : null;
    }

    /** "September 2025" with some space around it. */
    private static final int MONTH_LINE_CHARS = 20;

    /** Whether two ISO dates (date-times are read by their date) are at most a day apart. */
    private static boolean withinADay(String a, String b) {
        try {
            long days = ChronoUnit.DAYS.between(LocalDate.parse(a.substring(0, 10)), LocalDate.parse(b.substring(0, 10)));
            return Math.abs(days) <= 1;
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text may hold a publication label: a plain substring test, before any regex runs. */
    private static boolean mayNamePublication(String text) {
        for (String stem : PUBLICATION_STEMS) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PUBLICATION_STEMS = {"ublish", "UBLISH", "osted", "OSTED", "epubliceerd",
            "EPUBLICEERD", "eplaatst", "EPLAATST", "erschenen", "ERSCHENEN"};

    /**
     * The element's own text nodes joined by spaces: "October 16, 2020<span> · </span>8 min read" is
     * "October 16, 2020 8 min read", where {@link Element#ownText()} glues "20208".
     */
    private static String ownLine(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.text().strip());
            }
        }
        return b.toString();
    }

    /** "Published", "Posted on", "Gepubliceerd op" opening a line: the page says which date it is. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)^\\W*(?:first\\s+|originally\\s+)?(?:published|posted|gepubliceerd|geplaatst|verschenen)\\b"
                    + "(?:\\s+(?:on|op))?");
    /** "This article was originally published on ...", within a sentence. */
    private static final Pattern ORIGINALLY_PUBLISHED = Pattern.compile(
            "(?i)\\b(?:first|originally)\\s+(?:published|posted)(?:\\s+on)?\\b");
    /** Text after a publication label within which its date must start. */
    private static final int LABEL_REACH = 40;

    /**
     * The date of a line that says it is the publication date ("Published On: 15 August 2025", "Posted on
     * April 13, 2023", a "Published" heading over a {@code <time>}), outside navigation, footers, comments
     * and related lists; failing that, of a sentence saying when the story was "originally published". The
     * page states what the date means, so it beats a date that merely sits near the headline (often the
     * last update) and the markup.
     */
    private static String labelledPublication(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Matcher label = PUBLISHED_LABEL.matcher("");
        Matcher originally = ORIGINALLY_PUBLISHED.matcher("");
        String[] found = {null, null};
        // text nodes first: the label test is one regex per text, no string built per element
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof TextNode t) || t.parent() == null) {
                    return FilterResult.CONTINUE;
                }
                String text = t.getWholeText();
                if (!mayNamePublication(text)) {
                    return FilterResult.CONTINUE;
                }
                if (label.reset(text).find()) {
                    Element e = t.parent();
                    String own = ownLine(e);
                    if (own.length() <= STORY_CHARS && label.reset(own).find()) {
                        String d = dateAfterLabel(e, own, label.end());
                        if (d != null && !inPageChrome(e)) {
                            found[0] = d;
                            return FilterResult.STOP;
                        }
                    }
                }
                if (found[1] == null && originally.reset(text).find()) {
                    String d = DateParser.parseVisible(text.substring(originally.end(),
                            Math.min(text.length(), originally.end() + LABEL_REACH))).orElse(null);
                    if (d != null && !inPageChrome(t.parent())) {
                        found[1] = d;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0] != null ? found[0] : found[1];
    }

    /** The date a publication label in {@code e} (ending at {@code end} of its line {@code own}) gives. */
    private static String dateAfterLabel(Element e, String own, int end) {
        String d = DateParser.parseVisible(own.substring(end, Math.min(own.length(), end + LABEL_REACH))).orElse(null);
        // a bare label ("Published", "Posted on:"): its date is in a child ("Published <time>...</time>") or
        // just after it (a heading over its date); "Posted in Travel" is not a date label
        if (d != null || Words.count(own.substring(end)) > 0) {
            return d;
        }
        Element x = e;
        for (int k = 0; d == null && k < LABEL_NEXT_ELEMENTS && (x = next(x)) != null; k++) {
            d = shortDate(x, false);
        }
        return d;
    }

    /** How many elements after a publication label may hold its date. */
    private static final int LABEL_NEXT_ELEMENTS = 4;

    /** Class or id names of a date that is a change date (CMSs mark "updated" and "published" dates). */
    private static final Pattern CHANGE_NAMES = Pattern.compile("updat\\w*[-_]|[-_]updat|modif");
    private static final Pattern PUBLISH_NAMES = Pattern.compile("publish\\w*[-_]|[-_]publish|posted|created");

    /**
     * Whether the markup names the element's date a change date: itemprop dateModified, or a class like
     * "updated-on" / "date-modified" on it or its nearest ancestors (the nearest name that says only one of
     * published/updated decides). Bare "updated" and "published" classes say nothing: hAtom themes put
     * both on one date.
     */
    private static boolean namedChangeDate(Element e) {
        int up = 0;
        for (Element x = e; x != null && up < 3; x = x.parent(), up++) {
            String prop = x.attr("itemprop");
            if (prop.equalsIgnoreCase("dateModified")) {
                return true;
            }
            if (prop.equalsIgnoreCase("datePublished")) {
                return false;
            }
            String names = BoilerplateHints.names(x);
            boolean change = CHANGE_NAMES.matcher(names).find();
            if (change != PUBLISH_NAMES.matcher(names).find()) {
                return change;
            }
        }
        return false;
    }

    /** Comments, footers and related lists: their dates and names are not the article's. */
    private static final Pattern ASIDE_NAMES = Pattern.compile("comment|footer|related");

    /**
     * Whether {@code e} sits in navigation, a footer, an aside, comments or a related list. The body itself
     * does not count: CMSs put classes like "comments-open" on it; nor does an aside within the article,
     * which holds the article's own details (its date, its author).
     */
    private static boolean inPageChrome(Element e) {
        for (Element x = e; x != null && !x.normalName().equals("body"); x = x.parent()) {
            String tag = x.normalName();
            if (tag.equals("nav") || tag.equals("footer") || (tag.equals("aside") && x.closest(ARTICLE) == null)
                    || ASIDE_NAMES.matcher(BoilerplateHints.names(x)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern UPDATE_LINE = Pattern.compile(
            "(?i)^\\W*(last\\s+)?(updated|modified|reviewed|revised|edited|bijgewerkt|gewijzigd|laatst bijgewerkt"
                    + "|received|submitted|accepted)\\b");

    /**
     * Whether the element's line says it is an update date ("Updated", "Last modified", "Bijgewerkt") or a
     * manuscript's history ("Received 2022 Oct 12; Accepted ..."), or its markup names it a change date.
     */
    private static boolean isUpdateLine(Element e) {
        if (UPDATE_LINE.matcher(e.ownText()).find() || namedChangeDate(e)) {
            return true;
        }
        Element p = e.parent();
        if (p == null) {
            return false;
        }
        String line = shortText(p);
        return line != null && UPDATE_LINE.matcher(line).find();
    }

    /** The element's text when it is a line ({@link #DATELINE_CHARS} at most), else null, without reading more. */
    private static String shortText(Element e) {
        StringBuilder text = new StringBuilder();
        for (TextNode t : e.textNodes()) {
            text.append(t.text());
        }
        if (text.length() > DATELINE_CHARS || e.childrenSize() > 8) {
            return null;
        }
        String line = e.text();
        return line.length() <= DATELINE_CHARS ? line : null;
    }

    /** The element before {@code e} in document order (its previous sibling's last descendant, or its parent). */
    private static Element previous(Element e) {
        Element sib = e.previousElementSibling();
        if (sib == null) {
            return e.parent();
        }
        while (sib.childrenSize() > 0) {
            sib = sib.child(sib.childrenSize() - 1);
        }
        return sib;
    }

    private static String timeElement(Document doc, Element h1) {
        String first = null;
        for (Element t : doc.select(TIMES)) {
            if (inPageChrome(t)) {
                continue;
            }
            String d = firstDate(t.attr("datetime"));
            if (d == null) {
                d = firstDate(t.text());
            }
            if (d == null) {
                continue;
            }
            if (first == null) {
                first = d;
            }
            if (h1 == null || follows(t, h1)) {
                return d;
            }
        }
        return first;
    }

    /** A date printed near the headline: in a byline, dateline or meta line after the h1. */
    private static String visibleDate(Document doc, Element h1) {
        Element scope = h1 == null ? doc.body() : h1.parent();
        for (int up = 0; scope != null && up < 3; up++, scope = scope.parent()) {
            for (Element e : scope.getAllElements()) {
                if (e.childrenSize() > 6 || !DATE_NAMES.matcher(BoilerplateHints.names(e)).find()) {
                    continue;
                }
                String text = e.text();
                if (text.length() > 200) {
                    continue;
                }
                Optional<String> d = DateParser.parseVisible(text);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    /** Whether {@code a} comes after {@code b} in document order. */
    private static boolean follows(Element a, Element b) {
        // compare sibling indexes along the paths from the root; cheap enough for the few candidates there are
        List<Element> pa = path(a);
        List<Element> pb = path(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
            i++;
        }
        if (i == pa.size() || i == pb.size()) {
            return pa.size() > pb.size();
        }
        return pa.get(i).elementSiblingIndex() > pb.get(i).elementSiblingIndex();
    }

    private static List<Element> path(Element e) {
        List<Element> p = new ArrayList<>();
        for (Element x = e; x != null; x = x.parent()) {
            p.add(0, x);
        }
        return p;
    }

    private static String firstDate(String value) {
        return value == null ? null : DateParser.parseMachine(value).orElse(null);
    }

    private static String metaDate(MetaTags meta, String[] names) {
        for (String name : names) {
            String v = meta.first(name);
            String d = firstDate(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- authors

    private static List<String> authors(Document doc, MetaTags meta, JsonLd ld, JsonNode article, Element h1) {
        List<String> out = new ArrayList<>();
        if (article != null) {
            JsonNode a = article.get("author");
            if (a != null) {
                for (JsonNode n : a.isArray() ? a : List.of(a)) {
                    if (n.isObject() && n.get("name") == null && n.get("@id") != null) {
                        n = ld.byId(n.get("@id").asText());
                    }
                    String name = JsonLd.asText(n);
                    if (name != null) {
                        out.addAll(AuthorNames.fromByline(name));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (String name : AUTHOR_META) {
                for (String v : meta.named(name)) {
                    if (!v.isBlank() && !v.startsWith("http")) {
                        out.addAll(AuthorNames.fromByline(v));
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(visibleAuthors(doc, h1));
        }
        return AuthorNames.dedupe(out);
    }

    private static List<String> visibleAuthors(Document doc, Element h1) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(AUTHOR_MARKUP)) {
            if (inPageChrome(e)) {
                continue;
            }
            Element name = e.selectFirst(NAME_PROP);
            String text = name != null ? name.text() : e.text();
            out.addAll(AuthorNames.fromByline(text));
            if (!out.isEmpty()) {
                return out;
            }
        }
        String byline = bylineText(h1);
        if (byline != null) {
            out.addAll(AuthorNames.fromByline(byline));
            if (!out.isEmpty()) {
                return out;
            }
        }
        Element scope = h1 == null ? doc.body() : h1.parent();
        for (int up = 0; scope != null && up < 3; up++, scope = scope.parent()) {
            for (Element e : scope.getAllElements()) {
                if (e.childrenSize() > 4 || !BYLINE_NAMES.matcher(BoilerplateHints.names(e)).find()) {
                    continue;
                }
                String text = e.text();
                if (text.isBlank() || text.length() > 120) {
                    continue;
                }
                out.addAll(AuthorNames.fromByline(text));
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }

    /** A line starting "By ..." / "Door ..." among the few elements after the headline. */
    private static String bylineText(Element h1) {
        if (h1 == null) {
            return null;
        }
        int seen = 0;
        for (Element e = next(h1); e != null && seen < 40; e = next(e), seen++) {
            String own = e.ownText().strip();
            if (BYLINE_START.matcher(own).lookingAt()) {
                String text = e.text().strip();
                return text.length() <= 200 ? text : null;
            }
        }
        return null;
    }

    /** The next element in document order after {@code e} and its descendants' first child. */
    private static Element next(Element e) {
        if (e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element x = e; x != null; x = x.parent()) {
            Element sib = x.nextElementSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the rest

    private static String canonical(MetaTags meta) {
        for (Element link : meta.links()) {
            if (link.is(CANONICAL_LINK)) {
                String abs = link.absUrl("href");
                if (!abs.isEmpty()) {
                    return abs;
                }
            }
        }
        for (Element og : meta.elements()) {
            if (og.is(OG_URL)) {
                return og.attr("content").startsWith("http") ? og.attr("content") : null;
            }
        }
        return null;
    }

    private static List<String> tags(MetaTags meta, JsonNode article) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : meta.named("article:tag")) {
            addTag(tags, t);
        }
        if (tags.isEmpty()) {
            for (String k : JsonLd.texts(article, "keywords")) {
                for (String part : k.split(",")) {
                    addTag(tags, part);
                }
            }
        }
        if (tags.isEmpty()) {
            String news = meta.first("news_keywords");
            if (news != null) {
                for (String part : news.split(",")) {
                    addTag(tags, part);
                }
            }
        }
        return new ArrayList<>(tags);
    }

    private static void addTag(Set<String> tags, String tag) {
        String t = tag == null ? "" : tag.strip();
        if (!t.isEmpty() && t.length() <= 80) {
            tags.add(t);
        }
    }

    private static String declaredLanguage(Document doc, MetaTags meta, String canonical) {
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        if (lang.isBlank()) {
            lang = Objects.requireNonNullElse(firstNonBlank(meta.first("og:locale"), httpEquiv(meta, "content-language")), "");
        }
        if (lang.isBlank() && canonical != null) {
            for (Element alt : meta.links()) {
                if (alt.is(ALTERNATE_LINK) && alt.absUrl("href").equals(canonical)) {
                    lang = alt.attr("hreflang");
                    break;
                }
            }
        }
        return iso639(lang);
    }

    static String iso639(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf(',');
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        t = t.split("[-_]")[0];
        return t.length() == 2 && t.chars().allMatch(Character::isLetter) ? t : null;
    }

    private static String httpEquiv(MetaTags meta, String name) {
        for (Element m : meta.elements()) {
            if (m.is(HTTP_EQUIV) && m.attr("http-equiv").equalsIgnoreCase(name)) {
                return m.attr("content");
            }
        }
        return null;
    }


    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
