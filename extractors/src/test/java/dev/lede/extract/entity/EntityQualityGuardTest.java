package dev.lede.extract.entity;

import dev.lede.extract.SampleArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards entity quality at the level Lede reached, with the shipped models and mechanisms: the figures
 * {@code ./lede eval entities en nl conll-nl} prints may not fall below these floors (set a little under
 * the measured figures, which the model card and README report). A change that costs quality fails here
 * rather than in a newsroom.
 */
class EntityQualityGuardTest {
    private static NamedEntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = NamedEntityExtractor.create();
    }

    private static EntityEvaluation.ListScores domain(String set) throws IOException {
        return EntityEvaluation.domain(extractor, LabelledArticle.read(SampleArchive.root().resolve("samples/eval/entities/" + set + ".txt")));
    }

    @Test
    void englishDomainSetKeepsItsLevelAndListsNoProduct() throws IOException {
        EntityEvaluation.ListScores s = domain("en");
        // measured: 0.997 (lists) and 0.997 (mentions)
        assertAtLeast(0.95, s.peopleAndCompanies().f1(), "en people+companies list F1", s);
        assertAtLeast(0.95, s.spans().perOrg().f1(), "en PER+ORG mention F1", s);
        assertEquals(0, s.productsListed(), "products listed as people or companies: " + s.errors());
    }

    @Test
    void dutchDomainSetKeepsItsLevel() throws IOException {
        EntityEvaluation.ListScores s = domain("nl");
        assertAtLeast(DUTCH_DOMAIN_LISTS, s.peopleAndCompanies().f1(), "nl people+companies list F1", s);
        assertAtLeast(DUTCH_DOMAIN_SPANS, s.spans().perOrg().f1(), "nl PER+ORG mention F1", s);
        assertEquals(0, s.productsListed(), "products listed as people or companies: " + s.errors());
    }

    /**
     * The whole CoNLL-2002 development file: about 38,000 tokens, some five CPU-seconds. Measured 0.838,
     * above the 0.82 Lede aims for (see the model card), which is the floor.
     */
    @Test
    void dutchModelKeepsItsLevelOnTheCoNll2002DevelopmentFile() throws IOException {
        Path testa = Path.of(System.getProperty("lede.shared", "../shared"), "data/ner-nl/conll2002/ned.testa");
        assumeTrue(Files.isRegularFile(testa), "no CoNLL-2002 Dutch data at " + testa);
        // CoNLL fixes the tokens: compound splitting ("ByteDance-oprichter") would change them
        NamedEntityExtractor conll = NamedEntityExtractor.create(NerOptions.defaults().with(false, true, true, true, true));
        EntityEvaluation.SpanScores s = EntityEvaluation.conll(conll, testa, "nl");
        assertAtLeast(CONLL_PER_ORG, s.perOrg().f1(), "ned.testa PER+ORG F1 (PER " + s.type("PER") + ", ORG "
                + s.type("ORG") + ")", null);
        // the error listing (eval entities --errors) accounts for every missed PER or ORG span, once
        long missedLines = s.errors().stream().map(e -> e.split(" "))
                .filter(w -> !w[0].equals("extra") && (w[1].equals("PER") || w[1].equals("ORG"))).count();
        assertEquals(s.perOrg().fn(), missedLines, "PER/ORG spans missed vs. error lines");
    }

    private static void assertAtLeast(double floor, double measured, String what, EntityEvaluation.ListScores s) {
        assertTrue(measured >= floor, String.format(java.util.Locale.ROOT, "%s %.3f fell below %.3f%s", what,
                measured, floor, s == null ? "" : "; errors: " + s.errors()));
    }

    // measured: 0.973 and 0.967 on samples/eval/entities/nl.txt, 0.838 on ned.testa
    private static final double DUTCH_DOMAIN_LISTS = 0.93;
    private static final double DUTCH_DOMAIN_SPANS = 0.93;
    private static final double CONLL_PER_ORG = 0.82;
}
