package dev.lede.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Title and publication date on small pages that each carry one of the shapes real pages have. */
class PageMetadataTest {
    private static final String STORY = "<p>The council approved the new harbour plan on Tuesday, after a debate of "
            + "six hours. Residents had asked for more time, but the majority said the works could not wait.</p>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private PageExtraction page(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://example.org/story");
    }

    @Test
    void aDateStampedOnTheHeadlineIsNotPartOfTheTitle() {
        PageExtraction p = page("<meta property=\"og:title\" content=\"Preparing a transition\">",
                "<article><h1>Dec 18 2025 Preparing a transition</h1>" + STORY + "</article>");
        assertEquals("Preparing a transition", p.title());
        p = page("<title>Porting a parser</title>", "<article><h1>Porting a parser / Dec 2025</h1>" + STORY + "</article>");
        assertEquals("Porting a parser", p.title());
    }

    @Test
    void aLabelBeforeTheHeadlineIsDroppedButAWordingDifferenceIsNot() {
        PageExtraction p = page("<meta property=\"og:title\" content=\"Best Agencies in 2025 | Silverback\">"
                        + "<meta property=\"og:site_name\" content=\"Silverback\">",
                "<article><h1>Blog: Best Agencies in 2025</h1>" + STORY + "</article>");
        assertEquals("Best Agencies in 2025", p.title());
        p = page("<meta property=\"og:title\" content=\"Best Home Security Cameras of 2026\">",
                "<article><h1>The Best Home Security Cameras of 2026</h1>" + STORY + "</article>");
        assertEquals("The Best Home Security Cameras of 2026", p.title(), "the visible wording stays");
    }

    @Test
    void doubleEncodedUtf8IsRepaired() {
        String twice = new String("A DIY Investor’s Guide – 2025".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        PageExtraction p = page("", "<article><h1>" + twice + "</h1>" + STORY + "</article>");
        assertEquals("A DIY Investor’s Guide – 2025", p.title());
    }

    @Test
    void doubleEncodingRepairRoundTripsAndLeavesCleanTextAlone() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                int pick = random.nextInt(4);
                s.appendCodePoint(pick == 0 ? 'a' + random.nextInt(26) : pick == 1 ? 0xA0 + random.nextInt(0x160)
                        : pick == 2 ? 0x2010 + random.nextInt(0x20) : 0x1F600 + random.nextInt(0x40));
            }
            String clean = s.toString();
            assertSame(clean, DoubleEncodedUtf8.repair(clean), "text without C1 controls is never touched");
            String twice = new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            if (twice.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F)) {
                assertEquals(clean, DoubleEncodedUtf8.repair(twice));
            }
        }
    }

    @Test
    void aLabelledPublicationDateBeatsTheUpdateDateNearTheHeadlineAndTheMarkup() {
        PageExtraction p = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2025-11-29\"}</script>",
                "<article><h1>Harbour plan approved</h1><p>Updated December 1, 2025</p>" + STORY
                        + "<div class=\"article-body__published\">Published <time datetime=\"2025-08-13\">August 13, 2025</time></div>"
                        + "</article>");
        assertEquals("2025-08-13", p.publishedAt());
        p = page("", "<article><h1>Harbour plan approved</h1><p>30 Sep 2022, 11:07am</p>" + STORY
                + "<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been updated since.</p></article>");
        assertEquals("2019-09-26", p.publishedAt());
    }

    @Test
    void postedInACategoryIsNotADateLabel() {
        PageExtraction p = page("", "<article><p>Posted in</p><p>March 3, 2020</p><h1>Harbour plan approved</h1>"
                + "<p>June 3, 2024</p>" + STORY + "</article>");
        assertEquals("2024-06-03", p.publishedAt());
    }

    @Test
    void aDateMarkedUpAsTheUpdateIsNotThePublicationDate() {
        PageExtraction p = page("<meta property=\"article:published_time\" content=\"2020-03-10T15:30:00Z\">",
                "<article><h1>Things to know before travelling</h1><span class=\"updated-on\"><time class=\"entry-date "
                        + "published updated\" datetime=\"2025-02-12T13:28:34+05:30\">12th February 2025</time></span>"
                        + STORY + "</article>");
        assertEquals("2020-03-10T15:30:00Z", p.publishedAt());
        p = page("<meta property=\"article:published_time\" content=\"2020-03-10T15:30:00Z\">",
                "<article><h1>Things to know before travelling</h1><span class=\"entry-meta-date updated\">June 3, 2024</span>"
                        + STORY + "</article>");
        assertEquals("2024-06-03", p.publishedAt(), "a bare hAtom 'updated' class says nothing");
    }

    @Test
    void theDateReadersSeeWinsOverAMachineDateInAnotherTimeZone() {
        PageExtraction p = page("", "<article><h1>Harbour plan approved</h1><time datetime=\"2026-02-24T04:13:00Z\">"
                + "February 23, 2026</time>" + STORY + "</article>");
        assertEquals("2026-02-23", p.publishedAt());
        p = page("", "<article><h1>Harbour plan approved</h1><time datetime=\"2024-12-20\">August 28, 2024</time>"
                + STORY + "</article>");
        assertEquals("2024-12-20", p.publishedAt(), "months apart, the text is not the same date");
    }

    @Test
    void aShownDateThatIsTheDeclaredMomentInTheSiteTimeZoneGivesWayToTheDeclaredDateTime() {
        String body = "<article><h1>Harbour plan approved</h1><p>December 3, 2025</p>" + STORY + "</article>";
        assertEquals("2025-12-02T23:00:55Z", page("<meta property=\"article:published_time\" "
                + "content=\"2025-12-02T23:00:55+00:00\">", body).publishedAt(), "11 pm UTC is December 3 east of UTC");
        assertEquals("2025-12-03", page("<meta property=\"article:published_time\" content=\"2025-12-04T22:02:58Z\">",
                body).publishedAt(), "no time zone puts 22:02 UTC on the day before: another date, the shown one stands");
        assertEquals("2025-12-03", page("<meta property=\"article:published_time\" content=\"2025-12-02T23:00:55\">",
                body).publishedAt(), "a date-time without an offset names no moment");
        assertEquals("2025-12-03", page("<meta property=\"article:published_time\" content=\"2025-12-02\">",
                body).publishedAt(), "a date alone is no better than the shown one");
        PageExtraction p = page("<meta property=\"article:published_time\" content=\"2025-07-05T00:04:00+00:00\">",
                "<article><h1>Harbour plan approved</h1><time datetime=\"2025-07-04T20:04:00-04:00\">July 4, 2025</time>"
                        + STORY + "</article>");
        assertEquals("2025-07-05T00:04:00Z", p.publishedAt(), "the same moment in UTC");
        assertEquals("2021-12-10T02:17:00Z", page("<meta property=\"article:published_time\" content=\"2021-12-10T02:17:00Z\">",
                "<article><h1>Harbour plan approved</h1><p>December 9, 2021</p>" + STORY + "</article>").publishedAt(),
                "2:17 UTC is still December 9 west of UTC");
    }

    @Test
    void aMonthAndYearOnALineOfTheirOwnDateAPageThatGivesNothingMore() {
        String archive = "<aside><h3>Archives</h3><ul><li><a href=\"/archives/2025/10\">October 2025</a></li></ul></aside>";
        assertEquals("2015-11", page("", "<h2>Noise-canceling headphones</h2><div class=\"body\"><p>November 2015</p>"
                + STORY + "</div>" + archive).publishedAt());
        assertEquals("2024-05", page("", "<article><h1>Harbour plan approved</h1><p>Mei 2024</p>" + STORY + "</article>")
                .publishedAt(), "Dutch, capitalised");
        assertNull(page("", "<article><h1>Harbour plan approved</h1>" + STORY
                + "<p>Sued in <a href=\"/news\">March 2025</a>.</p></article>" + archive).publishedAt(),
                "an archive's month or a month within a sentence does not date the page");
        assertEquals("2015-11-12", page("", "<article><h1>Harbour plan approved</h1><p>November 2015</p>" + STORY
                + "<p>12 November 2015</p></article>").publishedAt(), "a full date anywhere comes first");
    }

    @Test
    void citationDatesAndDatesSplitByASeparatorAreRead() {
        PageExtraction p = page("<meta name=\"citation_publication_date\" content=\"2023 Jan 7\">",
                "<article><h1>Physical activity and mental health</h1>" + STORY + "</article>");
        assertEquals("2023-01-07", p.publishedAt());
        p = page("", "<article><h1>Best mattress for side sleepers</h1><p>October 16, 2020<span> · </span>8 min read</p>"
                + STORY + "</article>");
        assertEquals("2020-10-16", p.publishedAt());
    }

    @Test
    void aCommentsClassOnTheBodyDoesNotHideThePageDates() {
        String html = "<html><body class=\"single comments-open footer-dark\"><article><h2>Menu</h2>" + STORY
                + "<div class=\"fusion-meta\"><span>Published On: 15 August 2025</span></div></article></body></html>";
        assertEquals("2025-08-15", extractor.extract(html, "https://example.org/x").publishedAt());
    }

    @Test
    void anAmbiguousNumericDateIsReadTheWayTheMarkupDatesIt() {
        String body = "<article><h1>Renovation phases and timelines</h1><p>09.10.2024</p>" + STORY + "</article>";
        assertEquals("2024-10-09", page("", body).publishedAt(), "day first, as in most of Europe");
        assertEquals("2024-09-10T16:07:00Z", page("<meta property=\"article:published_time\" content=\"2024-09-10T16:07:00Z\">",
                body).publishedAt());
    }

    @Test
    void theDatelineSkipsFootersButReadsAnAsideInsideTheArticle() {
        PageExtraction p = page("", "<article><aside><time datetime=\"2021-06-06\">June 6, 2021</time></aside>"
                + "<h1>A brief intro to git</h1>" + STORY + "</article>");
        assertEquals("2021-06-06", p.publishedAt());
        p = page("", "<div class=\"lhs\"><span>January 16, 2025</span><h1>Types of mobile apps</h1>"
                + "<div class=\"blogList-footer-social\"><span>July 15, 2025</span></div></div>" + STORY);
        assertEquals("2025-01-16", p.publishedAt());
    }
}
