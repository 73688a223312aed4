package dev.lede.pipeline.web.view;

import dev.lede.index.RelatedArticle;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import dev.lede.model.MoneyAmount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The article page as the template draws it: the text, the extracted facts, and Further Reading (the
 * index's related articles with why each is related, beside the page's own list).
 *
 * @param chrome         the page frame
 * @param id             the article's id
 * @param title          the headline
 * @param summary        the standfirst, or ""
 * @param originalHref   the original page when it is an http(s) URL, else null
 * @param originalText   the original URL as text
 * @param date           the publication date as read, or ""
 * @param language       the edition language's name
 * @param lang           the edition language's code (for the title and summary), or null
 * @param bodyLang       the body's main language code, or null
 * @param languages      the body's languages with their shares ("English 92%")
 * @param byline         authors and site name, or ""
 * @param topics         the page's topics
 * @param body           the body with facts marked
 * @param money          money amounts, in text order
 * @param people         people, most mentioned first
 * @param companies      companies, most mentioned first
 * @param organizations  other organisations
 * @param tables         data tables
 * @param faq            the page's FAQ
 * @param related        related articles from the index
 * @param siteReading    the page's own Further Reading list
 * @param jsonHref       this article as JSON
 */
public record ArticlePage(Chrome chrome, String id, String title, String summary, String originalHref,
                          String originalText, String date, String language, String lang, String bodyLang,
                          List<String> languages, String byline,
                          List<String> topics, BodyText body, List<Money> money, List<Name> people,
                          List<Name> companies, List<Name> organizations, List<DataTable> tables, List<FaqEntry> faq,
                          List<Related> related, List<SiteReading> siteReading, String jsonHref) {

    /**
     * A money amount for reading.
     *
     * @param anchor    the id of its place in the body
     * @param display   "USD 6.6 billion"
     * @param exact     "6,600,000,000"
     * @param text      as written ("$6,6 miljard")
     * @param qualifier over, about, ... or ""
     * @param range     "1 billion – 2 billion" for a range, or ""
     * @param per       what a rate is per, or ""
     * @param subject   who the amount is about, or ""
     * @param sentence  the sentence it stands in
     */
    public record Money(String anchor, String display, String exact, String text, String qualifier, String range,
                        String per, String subject, String sentence) {
    }

    /**
     * A person, company or organisation.
     *
     * @param name    canonical name
     * @param count   mentions in the body
     * @param aliases other forms seen
     * @param kind    the organisation kind, or ""
     * @param href    a search for everything on it, or null
     */
    public record Name(String name, int count, List<String> aliases, String kind, String href) {
    }

    /**
     * A related article from the index.
     *
     * @param href   its page here
     * @param title  its title
     * @param meta   date and language
     * @param why    why it is related, one phrase per reason
     * @param alsoIn the same story's other editions (in Dutch, republished), linked
     */
    public record Related(String href, String title, String meta, List<String> why, List<Edition> alsoIn) {
    }

    /**
     * Another edition of a related story.
     *
     * @param text  its language ("Dutch"), or its title when in the same language
     * @param href  its page here
     * @param title its headline, for the tooltip
     */
    public record Edition(String text, String href, String title) {
    }

    /**
     * An item of the page's own Further Reading list.
     *
     * @param title   the linked title
     * @param snippet its teaser
     * @param href    where the link goes (this server's copy when indexed, else the original), or null
     * @param indexed whether the linked article is in the index
     */
    public record SiteReading(String title, String snippet, String href, boolean indexed) {
    }

    /**
     * Builds the page.
     *
     * @param related    related articles from the index
     * @param find       looks an article up by id or URL: the editions of related stories, and the page's
     *                   own Further Reading, which links to this server's copy when there is one
     * @param searchHref the search link for a filter ("company", name) or ("person", name)
     */
    public static ArticlePage of(Chrome chrome, Article a, List<RelatedArticle> related,
                                 Function<String, Optional<Article>> find,
                                 java.util.function.BiFunction<String, String, String> searchHref) {
        List<String> languages = new ArrayList<>();
        List<Map.Entry<String, Double>> shares = new ArrayList<>(a.languages().entrySet());
        shares.sort(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())).reversed());
        for (Map.Entry<String, Double> e : shares) {
            languages.add(Display.language(e.getKey()) + " " + Display.percent(e.getValue() == null ? 0 : e.getValue()));
        }
        List<String> by = new ArrayList<>(a.authors());
        if (a.siteName() != null && !a.siteName().isBlank()) {
            by.add(a.siteName());
        }
        List<Money> money = new ArrayList<>();
        for (int i = 0; i < a.money().size(); i++) {
            MoneyAmount m = a.money().get(i);
            String range = m.low() != null && m.high() != null
                    ? Display.amount(m.low(), m.currency()) + " – " + Display.amount(m.high(), m.currency()) : "";
            money.add(new Money(BodyText.moneyAnchor(i), Display.amount(m.amount(), m.currency()),
                    Display.exact(m.amount()), nz(m.text()), nz(m.qualifier()), range, nz(m.per()), nz(m.subject()),
                    nz(m.sentence())));
        }
        List<Related> rel = new ArrayList<>();
        for (RelatedArticle r : related) {
            List<String> why = new ArrayList<>();
            if (!r.sharedCompanies().isEmpty()) {
                why.add("companies: " + String.join(", ", r.sharedCompanies()));
            }
            if (!r.sharedPeople().isEmpty()) {
                why.add("people: " + String.join(", ", r.sharedPeople()));
            }
            if (!r.sharedTerms().isEmpty()) {
                why.add("terms: " + String.join(", ", r.sharedTerms()));
            }
            String meta = String.join(" · ", nonEmpty(Display.date(r.publishedAt()), Display.language(r.language())));
            List<Edition> editions = new ArrayList<>();
            for (String editionId : r.alsoIn()) {
                find.apply(editionId).ifPresent(e -> editions.add(new Edition(
                        e.language() != null && !e.language().equals(r.language()) ? Display.language(e.language())
                                : "another edition", SafeLinks.article(e.id()), e.title())));
            }
            rel.add(new Related(SafeLinks.article(r.id()), r.title(), meta, why, editions));
        }
        List<SiteReading> site = new ArrayList<>();
        for (FurtherReading fr : a.furtherReading()) {
            Optional<Article> local = fr.url() == null || fr.url().isBlank() ? Optional.empty() : find.apply(fr.url());
            String href = local.map(l -> SafeLinks.article(l.id())).orElseGet(() -> SafeLinks.external(fr.url()));
            site.add(new SiteReading(nz(fr.title()), nz(fr.snippet()), href, local.isPresent()));
        }
        return new ArticlePage(chrome, a.id(), a.title(), a.summary(), SafeLinks.external(a.url()), nz(a.url()),
                Display.date(a.publishedAt()), Display.language(a.language()), langCode(a.language()),
                langCode(a.languages().keySet().stream().findFirst().orElse(a.language())), languages, String.join(", ", by),
                a.topics(), BodyText.of(a), money,
                names(a.people(), n -> searchHref.apply("person", n)),
                names(a.companies(), n -> searchHref.apply("company", n)),
                names(a.organizations(), n -> null), a.tables(), a.faq(), rel, site,
                "/api/articles/" + SafeLinks.article(a.id()).substring("/articles/".length()));
    }

    private static List<Name> names(List<Entity> entities, Function<String, String> href) {
        return entities.stream()
                .sorted(java.util.Comparator.comparingInt(Entity::count).reversed())
                .map(e -> new Name(e.name(), e.count(), e.aliases(),
                        e.kind() == null || e.kind().equals("person") || e.kind().equals("company") ? "" : e.kind(),
                        href.apply(e.name())))
                .toList();
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String langCode(String code) {
        return code == null || !code.matches("[a-z]{2,3}") ? null : code;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
