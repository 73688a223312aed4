package dev.lede.index;

import dev.lede.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import static dev.lede.index.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelatedArticlesTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;

    static final Article FACTORY = article("https://news.example/en/asml-factory")
            .title("ASML builds a new factory in Eindhoven")
            .summary("The chip machine maker invests €600 million in its home town.")
            .body("ASML said on Tuesday it will spend €600 million on a new factory near Eindhoven. "
                    + "The plant will build EUV lithography machines from 2028, chief executive Christophe Fouquet said. "
                    + "About 2,000 engineers will work at the Veldhoven campus extension.")
            .published("2026-05-12").company("ASML").person("Christophe Fouquet")
            .money("€600 million", "600000000", "EUR").topic("Semiconductors").build();
    static final Article FACTORY_COPY = article("https://mirror.example/asml-factory")
            .title("ASML builds a new factory in Eindhoven")
            .summary("The chip machine maker invests €600 million in its home town.")
            .body("ASML said on Tuesday it will spend €600 million on a new factory near Eindhoven. "
                    + "The plant will build EUV lithography machines from 2028, chief executive Christophe Fouquet said. "
                    + "About 2,000 engineers will work at the Veldhoven campus extension. Republished with permission.")
            .published("2026-05-12").company("ASML").person("Christophe Fouquet")
            .money("€600 million", "600000000", "EUR").topic("Semiconductors").build();
    static final Article FABRIEK = article("https://news.example/nl/asml-fabriek").language("nl")
            .title("ASML bouwt nieuwe fabriek in Eindhoven")
            .summary("De chipmachinemaker investeert 600 miljoen euro in de thuisstad.")
            .body("ASML gaat 600 miljoen euro uitgeven aan een nieuwe fabriek bij Eindhoven, zei het bedrijf dinsdag. "
                    + "Daar worden vanaf 2028 EUV-machines gebouwd, aldus topman Christophe Fouquet. "
                    + "Op de uitbreiding van de campus in Veldhoven komen zo'n 2.000 ingenieurs te werken.")
            .published("2026-05-12").company("ASML").person("Christophe Fouquet")
            .money("600 miljoen euro", "600000000", "EUR").topic("Halfgeleiders").build();
    static final Article ORDERS = article("https://news.example/en/asml-orders")
            .title("ASML orders jump as chip makers buy EUV machines")
            .body("Orders at ASML rose to €9.4 billion in the quarter, as chip makers in Taiwan and Korea bought "
                    + "EUV lithography machines. Christophe Fouquet said the new Eindhoven factory will help meet demand.")
            .published("2026-05-20").company("ASML").person("Christophe Fouquet")
            .money("€9.4 billion", "9400000000", "EUR").topic("Semiconductors").build();
    static final Article ORDERS_NL = article("https://news.example/nl/asml-orders").language("nl")
            .title("Orders ASML schieten omhoog door vraag naar EUV-machines")
            .body("De orders van ASML stegen in het kwartaal naar 9,4 miljard euro, doordat chipmakers in Taiwan en Korea "
                    + "EUV-machines kochten. Christophe Fouquet zei dat de nieuwe fabriek in Eindhoven helpt.")
            .published("2026-05-21").company("ASML").person("Christophe Fouquet")
            .money("9,4 miljard euro", "9400000000", "EUR").build();
    static final Article MISTRAL = article("https://news.example/en/mistral").title("Mistral AI raises $2 billion")
            .body("Mistral AI raised $2 billion from investors in Paris to build new data centres for its models. "
                    + "Arthur Mensch said the money will pay for chips.")
            .published("2026-05-13").company("Mistral AI").person("Arthur Mensch")
            .money("$2 billion", "2000000000", "USD").build();
    static final Article BAKERY = article("https://news.example/en/bakery").title("Bakery wins bread prize")
            .body("A bakery in Utrecht won the national bread prize on Sunday with a sourdough loaf.")
            .published("2026-05-12").build();

    @BeforeAll
    static void indexArticles() throws Exception {
        index = ArticleIndex.open(dir);
        for (Article a : List.of(FACTORY, FACTORY_COPY, FABRIEK, ORDERS, ORDERS_NL, MISTRAL, BAKERY)) {
            index.upsert(a);
        }
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void findsTheStoryAcrossLanguagesFoldsEditionsAndDropsCopiesOfTheSource() throws Exception {
        List<ExplainedRelated> list = index.related().explain(FACTORY.id(), 10);
        List<String> ids = list.stream().map(e -> e.article().id()).toList();
        assertFalse(ids.contains(FACTORY.id()), "the source is excluded");
        assertFalse(ids.contains(FACTORY_COPY.id()), "a republished copy of the source is not further reading");
        assertTrue(ids.contains(FABRIEK.id()), "the Dutch edition of the story: " + ids);
        assertTrue(ids.contains(ORDERS.id()) || ids.contains(ORDERS_NL.id()), ids.toString());
        RelatedArticle orders = list.stream().map(ExplainedRelated::article)
                .filter(a -> a.id().equals(ORDERS.id()) || a.id().equals(ORDERS_NL.id())).findFirst().orElseThrow();
        assertEquals(1, orders.alsoIn().size(), "the orders story in two languages is one entry");
        assertFalse(ids.contains(BAKERY.id()), "nothing in common: not listed");
        assertTrue(ids.indexOf(FABRIEK.id()) < Math.max(0, ids.indexOf(MISTRAL.id())) || !ids.contains(MISTRAL.id()));
    }

    @Test
    void eachEntrySaysWhy() throws Exception {
        RelatedArticle nl = index.related().related(FACTORY.id(), 5).stream()
                .filter(a -> a.id().equals(FABRIEK.id())).findFirst().orElseThrow();
        assertEquals(List.of("ASML"), nl.sharedCompanies());
        assertEquals(List.of("Christophe Fouquet"), nl.sharedPeople());
        assertTrue(nl.sharedTerms().contains("€600 million"), nl.sharedTerms().toString());
        assertTrue(nl.sharedTerms().contains("Eindhoven"), nl.sharedTerms().toString());
        assertEquals("nl", nl.language());
    }

    @Test
    void scorePartsAddUp() throws Exception {
        for (ExplainedRelated e : index.related().explain(FABRIEK.id(), 5)) {
            RelatedScore s = e.score();
            double relevance = RelatedArticles.W_TEXT * s.text() + RelatedArticles.W_ANCHORS * s.anchors()
                    + RelatedArticles.W_ENTITIES * s.entities() + RelatedArticles.W_MONEY * s.money()
                    + RelatedArticles.W_NUMBERS * s.numbers() + RelatedArticles.W_TOPICS * s.topics();
            assertEquals(relevance, s.relevance(), 0.001);
            assertTrue(s.total() <= s.relevance() + 1e-9);
            assertEquals(s.total(), e.article().score(), 1e-9);
        }
    }

    @Test
    void worksByUrlAndRefusesUnknownArticles() throws Exception {
        assertFalse(index.related().related("https://news.example/nl/asml-fabriek", 3).isEmpty());
        assertThrows(NoSuchElementException.class, () -> index.related().related("https://news.example/none", 3));
        assertTrue(index.related().related(FACTORY.id(), 1).size() <= 1);
    }
}
