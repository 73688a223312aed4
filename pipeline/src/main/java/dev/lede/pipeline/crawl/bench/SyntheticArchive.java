package dev.lede.pipeline.crawl.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated news archive of any size: listing pages with teasers and rel=next pagination, and article
 * pages with a headline, a standfirst, running text with money amounts, and a Further Reading list. The
 * same seed gives the same site. For the crawl benchmark and the crawler's kill-and-resume test, where
 * the sample archive is too small.
 */
public final class SyntheticArchive {
    private static final List<String> COMPANIES = List.of("Mistral AI", "Anthropic", "OpenAI", "Nvidia",
            "ASML", "Aleph Alpha", "DeepMind", "Cohere", "Databricks", "Hugging Face");
    private static final List<String> VERBS = List.of("raises", "invests", "spends", "commits", "borrows", "earns");
    private static final List<String> WORDS = List.of("investors", "the round", "a valuation", "data centres",
            "chips", "the board", "analysts", "regulators", "the market", "shareholders", "researchers",
            "the company", "its rivals", "cloud providers", "the deal", "revenue", "margins", "customers");

    private final int articles;
    private final int perListing;
    private final long seed;

    /**
     * @param articles   number of article pages
     * @param perListing teasers per listing page
     * @param seed       randomness seed of the text
     */
    public SyntheticArchive(int articles, int perListing, long seed) {
        this.articles = articles;
        this.perListing = perListing;
        this.seed = seed;
    }

    /** The number of listing pages. */
    public int listings() {
        return (articles + perListing - 1) / perListing;
    }

    /** The path of the first listing page, the crawl's seed. */
    public static String seedPath() {
        return "/archive/index.html";
    }

    /** Every page of the site by path. */
    public Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int p = 1; p <= listings(); p++) {
            pages.put(listingPath(p), listing(p));
        }
        for (int i = 1; i <= articles; i++) {
            pages.put(articlePath(i), article(i));
        }
        return pages;
    }

    /** Serves every page on {@code site}. */
    public void serveOn(LoopbackSite site) {
        pages().forEach(site::put);
    }

    public static String articlePath(int i) {
        return String.format("/news/%04d/story-%d.html", 2000 + i % 7, i);
    }

    private static String listingPath(int page) {
        return page == 1 ? seedPath() : "/archive/page/" + page + ".html";
    }

    private String listing(int page) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Archive, page " + page + "</title>");
        if (page < listings()) {
            html.append("<link rel=\"next\" href=\"").append(listingPath(page + 1)).append("\">");
        }
        html.append("</head><body><header><nav><a href=\"/archive/index.html\">Archive</a>"
                + "</nav></header><main><h1>Archive</h1><ul class=\"teasers\">");
        int first = (page - 1) * perListing + 1;
        for (int i = first; i < first + perListing && i <= articles; i++) {
            html.append("<li><a href=\"").append(articlePath(i)).append("\">").append(title(i))
                    .append("</a><p>").append(sentence(new Random(seed * 31 + i), i)).append("</p></li>");
        }
        html.append("</ul><nav class=\"pagination\">");
        if (page > 1) {
            html.append("<a rel=\"prev\" href=\"").append(listingPath(page - 1)).append("\">Newer</a> ");
        }
        if (page < listings()) {
            html.append("<a rel=\"next\" href=\"").append(listingPath(page + 1)).append("\">Older</a>");
        }
        return html.append("</nav></main><footer><p>Synthetic archive</p></footer></body></html>").toString();
    }

    private String article(int i) {
        Random random = new Random(seed * 7919 + i);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title(i)).append(" | Synthetic</title><meta property=\"og:type\" content=\"article\">")
                .append("</head><body><header><nav><a href=\"/archive/index.html\">Archive</a></nav></header>")
                .append("<main><article><h1>").append(title(i)).append("</h1><p class=\"dek\">")
                .append(sentence(random, i)).append("</p>");
        int paragraphs = 5 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>");
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                html.append(sentence(random, i)).append(' ');
            }
            html.append("</p>");
        }
        html.append("</article><aside><h2>Further Reading</h2><ul>");
        for (int k = 1; k <= 2; k++) {
            int other = (i + k * 3) % articles + 1;
            html.append("<li><a href=\"").append(articlePath(other)).append("\">").append(title(other)).append("</a></li>");
        }
        return html.append("</ul></aside></main><footer><p>Synthetic archive</p></footer></body></html>").toString();
    }

    private static String title(int i) {
        return COMPANIES.get(i % COMPANIES.size()) + " " + VERBS.get(i % VERBS.size()) + " $" + (i % 90 + 10)
                + " million, story " + i;
    }

    private static String sentence(Random random, int i) {
        String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
        StringBuilder s = new StringBuilder(company).append(' ').append(VERBS.get(random.nextInt(VERBS.size())));
        int words = 8 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            s.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
            if (w == words / 2) {
                s.append(" worth $").append(1 + random.nextInt(900)).append(random.nextBoolean() ? " million" : " billion");
            }
        }
        return s.append(" (story ").append(i).append(").").toString();
    }
}
