package dev.lede.pipeline.crawl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkExtractorTest {
    private final LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());

    private Map<String, Boolean> links(String html) {
        Document doc = Jsoup.parse(html, "http://news.test/archive/index.html");
        List<LinkExtractor.Link> links = extractor.links(doc);
        return links.stream().collect(Collectors.toMap(LinkExtractor.Link::url, LinkExtractor.Link::pagination));
    }

    @Test
    void paginationIsRecognisedGenerically() {
        Map<String, Boolean> links = links("""
                <link rel="next" href="page/2.html">
                <a href="/en/story.html">A story about money</a>
                <a href="?page=3">3</a>
                <nav class="pagination"><a href="/archive/older-stuff.html">4</a></nav>
                <a href="/archive/p7.html">Volgende »</a>
                <a href="/nl/archief/pagina/9">somewhere</a>
                <a href="#top">top</a> <a href="mailto:x@news.test">mail</a>""");
        assertEquals(Boolean.TRUE, links.get("http://news.test/archive/page/2.html"));
        assertEquals(Boolean.FALSE, links.get("http://news.test/en/story.html"));
        assertEquals(Boolean.TRUE, links.get("http://news.test/archive/index.html?page=3"));
        assertEquals(Boolean.TRUE, links.get("http://news.test/archive/older-stuff.html"));
        assertEquals(Boolean.TRUE, links.get("http://news.test/archive/p7.html"));
        assertEquals(Boolean.TRUE, links.get("http://news.test/nl/archief/pagina/9"));
        assertEquals(6, links.size(), links.toString());
    }

    @Test
    void metaRobotsIsRead() {
        Document doc = Jsoup.parse("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertTrue(LinkExtractor.noIndex(doc));
        assertTrue(LinkExtractor.noFollow(doc));
        Document plain = Jsoup.parse("<meta name=\"robots\" content=\"index, follow\">");
        assertFalse(LinkExtractor.noIndex(plain));
        assertFalse(LinkExtractor.noFollow(plain));
    }
}
