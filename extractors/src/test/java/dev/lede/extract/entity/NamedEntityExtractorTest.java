package dev.lede.extract.entity;

import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the shipped extractor on English text (models load once for the class). */
class NamedEntityExtractorTest {
    private static NamedEntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = NamedEntityExtractor.create();
    }

    private static EntityLists english(String body) {
        return extractor.extract("", "", body, List.of(), "en");
    }

    private static Optional<Entity> find(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void crfStageDecodesAsClassifySentenceAndLeavesTypeMarginals() {
        String text = "Jensen Huang van Nvidia sprak in Amsterdam met topman Peter Wennink van ASML. "
                + "Swissair en Sabena vlogen samen.";
        for (String language : List.of("nl", "en")) {
            CrfStage stage = new CrfStage("crf", language, List.of("nl".equals(language) ? NerOptions.DUTCH : NerOptions.ENGLISH_4CLASS));
            for (List<edu.stanford.nlp.ling.CoreLabel> tokens : new DutchTokenizer().sentences(text, 0)) {
                TaggedSentence s = new TaggedSentence(tokens, language, TaggedSentence.Origin.BODY);
                List<edu.stanford.nlp.ling.CoreLabel> expected = NerModels.load(stage.models()).classifySentence(tokens);
                stage.apply(List.of(s));
                for (int i = 0; i < s.size(); i++) {
                    String type = CrfStage.type(expected.get(i).get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class));
                    NameSpan name = s.nameAt(i);
                    assertEquals(type, name == null ? null : name.type(), s.word(i) + " in " + language);
                    double[] marginals = s.tokens.get(i).get(CrfStage.TypeProbabilities.class);
                    double sum = java.util.Arrays.stream(marginals).sum();
                    assertTrue(sum <= 1 + 1e-9 && (type == null || marginals[CrfStage.MARGINAL_TYPES.indexOf(type)] > 0.2),
                            s.word(i) + " " + java.util.Arrays.toString(marginals));
                }
            }
        }
    }

    @Test
    void theEnglishModelIsAskedOnlyAboutDutchSentencesWithAForeignName() {
        List<TaggedSentence> a = Articles.dutch("Topman Jan de Vries van Quorvex sprak. Ook Amsterdam groeit.",
                "Jan de Vries=PER", "Quorvex=ORG", "Amsterdam=LOC");
        new ForeignNameStage(new CrfStage("crf-en", "en", List.of(NerOptions.ENGLISH_4CLASS))).apply(a);
        assertTrue(a.get(0).secondOpinion(5, 6) != null, "Quorvex is no Dutch word");
        assertTrue(a.get(1).secondOpinion(1, 2) == null, "Amsterdam is in the Dutch lexicon");
    }

    @Test
    void mergesFullNameSurnameAndPossessive() {
        String body = "Ilya Sutskever left OpenAI in May. Sutskever's new company, Safe Superintelligence, "
                + "raised money, and Sutskever said little about it.";
        EntityLists found = english(body);
        Entity ilya = find(found.people(), "Ilya Sutskever").orElseThrow();
        assertEquals(3, ilya.count());
        assertTrue(ilya.aliases().contains("Sutskever"), ilya.aliases().toString());
        for (Mention m : ilya.mentions()) {
            assertEquals(m.text(), body.substring(m.start(), m.end()));
            assertFalse(m.text().endsWith("'s"), m.text());
        }
        assertTrue(find(found.companies(), "OpenAI").isPresent(), found.companies().toString());
    }

    @Test
    void shortCompanyFormsJoinTheLongOneButGoogleStaysApartFromDeepMind() {
        String body = "Mistral AI released a model on Monday. Mistral said the model is free. "
                + "Google DeepMind answered a day later; DeepMind is part of Google, which did not comment.";
        EntityLists found = english(body);
        Entity mistral = find(found.companies(), "Mistral AI").orElseThrow();
        assertEquals(2, mistral.count());
        Entity deepMind = find(found.companies(), "Google DeepMind").orElseThrow();
        assertEquals(2, deepMind.count());
        Entity google = find(found.companies(), "Google").orElseThrow();
        assertEquals(1, google.count());
    }

    @Test
    void productsAndGenericTermsAreNeitherPeopleNorCompanies() {
        String body = "Anthropic said Claude now writes code, while Google pushed Gemini and xAI trained Grok. "
                + "OpenAI showed Sora. The AI industry watched.";
        EntityLists found = english(body);
        assertTrue(found.people().isEmpty(), found.people().toString());
        for (String product : List.of("Claude", "Gemini", "Grok", "Sora", "AI")) {
            assertTrue(find(found.companies(), product).isEmpty(), product);
        }
        assertTrue(find(found.companies(), "xAI").isPresent(), found.companies().toString());
    }

    @Test
    void headingsAndTableRowsAreNotRunningText() {
        String body = "Key Players & Case Studies\n\nCoreWeave rents out graphics chips.\n\n"
                + "| Company | Valuation |\n|---|---|\n| CoreWeave | $19B |\n| Lambda | $4B |\n\n"
                + "Data Takeaway: CoreWeave leads the market.";
        EntityLists found = english(body);
        Entity coreWeave = find(found.companies(), "CoreWeave").orElseThrow();
        assertEquals(3, coreWeave.count(), coreWeave.mentions().toString());
        assertTrue(find(found.companies(), "Key Players").isEmpty());
        assertTrue(found.companies().stream().noneMatch(e -> e.name().contains("Data Takeaway")), found.companies().toString());
        assertTrue(find(found.companies(), "Company").isEmpty());
    }

    @Test
    void organisationsAreToldApartFromCompanies() {
        String body = "The European Commission fined Apple, and researchers at Stanford University "
                + "said the Federal Trade Commission might follow.";
        EntityLists found = english(body);
        assertTrue(find(found.companies(), "Apple").isPresent(), found.companies().toString());
        assertEquals("government", find(found.organizations(), "European Commission").orElseThrow().kind());
        assertEquals("university", find(found.organizations(), "Stanford University").orElseThrow().kind());
    }

    @Test
    void titleAndSummaryMentionsAreFlaggedNotCounted() {
        String body = "Nvidia sold more chips than expected, its chief Jensen Huang said.";
        EntityLists found = extractor.extract("Nvidia beats forecasts", "Jensen Huang is pleased.", body,
                List.of(new Section("", "en", body, 0, body.length())), "en");
        Entity nvidia = find(found.companies(), "Nvidia").orElseThrow();
        assertTrue(nvidia.inTitle());
        assertFalse(nvidia.inSummary());
        assertEquals(1, nvidia.count());
        Entity huang = find(found.people(), "Jensen Huang").orElseThrow();
        assertTrue(huang.inSummary());
        assertEquals(1, huang.count());
    }
}
