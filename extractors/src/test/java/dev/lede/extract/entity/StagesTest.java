package dev.lede.extract.entity;

import dev.lede.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mechanisms on top of the CRF, each on sentences tagged by hand (no model loaded). */
class StagesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    @Test
    void companyRulesFindCompaniesByCorporateWordsNounsAndAppositions() {
        List<TaggedSentence> a = Articles.english("Andreessen Horowitz led a round in Veldhoven Robotics, a maker of arms. "
                + "The start-up Brightwave signed a bank. Acme, a British chip designer, grew. The EU AI Act applies.",
                "Veldhoven=LOC", "Acme=LOC");
        new CompanyRulesStage(language -> Set.of()).apply(a);
        List<String> names = Articles.names(a);
        assertTrue(names.contains("Veldhoven Robotics|ORG"), names.toString());
        assertTrue(names.contains("Brightwave|ORG"), names.toString());
        assertTrue(names.contains("Acme|ORG"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("EU AI")), names.toString());
    }

    @Test
    void dutchRulesFindCompaniesAfterCityAdjectivesAndCompanyNouns() {
        List<TaggedSentence> a = Articles.dutch("Het Eindhovense Sioux Technologies neemt de Belgische softwaremaker "
                + "Codana over. Topman Roy Jakobs zwijgt.");
        new CompanyRulesStage(language -> Set.of()).apply(a);
        List<String> names = Articles.names(a);
        assertEquals(List.of("Sioux Technologies|ORG", "Codana|ORG", "Roy Jakobs|PER"), names);
    }

    @Test
    void dutchOfIsOrAndACompoundEndingInACompanyNounIsOne() {
        List<TaggedSentence> a = Articles.dutch("Ze werkten bij Sabena of Swissair. Het Brugse IT-bedrijf Tectrade groeit.",
                "Sabena=ORG", "Swissair=ORG");
        new CompanyRulesStage(language -> Set.of()).apply(a);
        assertEquals(List.of("Sabena|ORG", "Swissair|ORG", "Tectrade|ORG"), Articles.names(a));
    }

    @Test
    void anOrganisationWordWithOfAndAPlaceIsOneCompany() {
        List<TaggedSentence> en = Articles.english("Rates at the Bank of England rose, and a piece of land was sold "
                + "to Acme of Delft.", "Bank=ORG", "England=LOC", "Acme=ORG", "Delft=LOC");
        new CompanyRulesStage(language -> Set.of()).apply(en);
        assertEquals(List.of("Bank of England|ORG", "Acme of Delft|ORG"), Articles.names(en));
        List<TaggedSentence> nl = Articles.dutch("Onderzoekers van de Universiteit van Amsterdam werken mee.",
                "Universiteit=ORG", "Amsterdam=LOC");
        new CompanyRulesStage(language -> Set.of()).apply(nl);
        assertEquals(List.of("Universiteit van Amsterdam|ORG"), Articles.names(nl));
    }

    @Test
    void aRulesGroupsRequirementsAreParsedOrRejected() {
        String header = "$X = \"/x/\"\n";
        List<CompanyRulesStage.RuleGroup> groups = CompanyRulesStage.parse(header
                + "# @trigger $X\n# @requires -1:ner=ORG +1:tag=OF|NAME\n# @requires -2..-6:word=,\n"
                + "{ pattern: ( /x/ ), action: ( Annotate($0, ner, \"O\") ) }\n");
        List<List<CompanyRulesStage.Condition>> lines = groups.get(0).requires();
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).size());
        assertEquals(new CompanyRulesStage.Condition(1, 1, "tag", java.util.regex.Pattern.compile("OF|NAME")).toString(),
                lines.get(0).get(1).toString());
        assertEquals(new CompanyRulesStage.Condition(-6, -2, "word", java.util.regex.Pattern.compile(",")).toString(),
                lines.get(1).get(0).toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> CompanyRulesStage.parse(header
                + "# @trigger $X\n# @requires -1 ner=ORG\n"));
    }

    @Test
    void countriesAndProvincesAreNoPeopleOrCompanies() {
        List<TaggedSentence> a = Articles.dutch("Israël kan inleveren. Rellen in Tamil Nadu raakten BAM.",
                "Israël=ORG", "Tamil Nadu=PER", "BAM=ORG");
        new GazetteerStage(GAZETTEER).apply(a);
        assertEquals(List.of("Israël|LOC", "Tamil Nadu|LOC", "BAM|ORG"), Articles.names(a));
    }

    @Test
    void aRuleDoesNotTurnAFullPersonNameIntoACompany() {
        List<TaggedSentence> a = Articles.english("The company Sam Altman leads raised money.", "Sam Altman=PER");
        new CompanyRulesStage(language -> Set.of()).apply(a);
        assertEquals(List.of("Sam Altman|PER"), Articles.names(a));
    }

    @Test
    void productsAreFoundByVersionsProductNounsAndPossessives() {
        List<TaggedSentence> a = Articles.english("Anthropic's Claude beat Grok 3 and Gemini 1.5 Pro. "
                + "Tesla sells Optimus robots. Nvidia chips sold out. Later Claude wrote code.",
                "Anthropic=ORG", "Claude=PER", "Grok=PER", "Gemini=PER", "Tesla=ORG", "Optimus=ORG", "Nvidia=ORG");
        new ProductStage(GAZETTEER).apply(a);
        List<String> names = Articles.names(a);
        assertEquals(List.of("Anthropic|ORG", "Claude|PRODUCT", "Grok 3|PRODUCT", "Gemini 1.5 Pro|PRODUCT",
                "Tesla|ORG", "Optimus|PRODUCT", "Nvidia|ORG", "Claude|PRODUCT"), names);
    }

    @Test
    void clockTimesAreNoVersions() {
        List<TaggedSentence> a = Articles.dutch("Zwerfroute Canvas 21.30 en daarna Arte 0.45.", "Canvas=ORG", "Arte=ORG");
        new ProductStage(GAZETTEER).apply(a);
        assertEquals(List.of("Canvas|ORG", "Arte|ORG"), Articles.names(a));
    }

    @Test
    void compoundsGiveUpTheNameInFront() {
        List<TaggedSentence> a = Articles.dutch("ByteDance-oprichter Zhang Yiming en OpenAI-topman Altman spraken.",
                "Zhang Yiming=PER", "Altman=PER");
        new CompoundStage().apply(a);
        List<String> names = Articles.names(a);
        assertEquals(List.of("ByteDance|ORG", "Zhang Yiming|PER", "OpenAI|ORG", "Altman|PER"), names);
        TaggedSentence s = a.get(0);
        assertEquals("-", s.word(1));
        assertEquals("oprichter", s.word(2));
        assertEquals(9, s.beginOffset(1));
    }

    @Test
    void commonWordsAtSentenceStartsAndInLowerCaseAreNoNames() {
        List<TaggedSentence> a = Articles.dutch("Vroege investeerders verkochten. Volgens Altman groeit OpenAI. "
                        + "Daar zat maar één klant. Wie betaalt? Bos zei dat Marieke Bos blijft. Van der Does lacht.",
                "Vroege=PER", "Volgens Altman=PER", "OpenAI=ORG", "Daar=PER", "maar=PER", "Wie=PER",
                "Marieke Bos=PER", "Bos=PER", "Van der Does=PER");
        Set<String> common = Set.of("vroege", "investeerders", "volgens", "daar", "maar", "wie", "bos", "van", "der");
        new CommonWordsStage(language -> "nl".equals(language) ? common : Set.of()).apply(a);
        assertEquals(List.of("Altman|PER", "OpenAI|ORG", "Bos|PER", "Marieke Bos|PER", "Van der Does|PER"),
                Articles.names(a));
    }

    @Test
    void consistencyTagsAllOccurrencesAfterUnconfirmedSentenceInitialWordsWent() {
        List<TaggedSentence> a = Articles.english("Board members met Ilya Sutskever. Sutskever left. Later Sutskever "
                + "spoke with Brightwave, and Brightwave agreed.", "Board=ORG", "Ilya Sutskever=PER", "Brightwave=ORG");
        a.get(2).names().removeIf(n -> a.get(2).words(n.start(), n.end()).equals("Brightwave") && n.start() > 5);
        new CommonWordsStage(language -> "en".equals(language) ? Set.of("board", "later") : Set.of()).apply(a);
        new ConsistencyStage().apply(a);
        List<String> names = Articles.names(a);
        assertEquals(List.of("Ilya Sutskever|PER", "Sutskever|PER", "Sutskever|PER", "Brightwave|ORG", "Brightwave|ORG"), names);
    }

    @Test
    void consistencyWeighsDisagreeingReadingsByTheCrfsConfidence() {
        // two unsure company readings give way to one sure person reading; one vote each would make it a company
        List<TaggedSentence> a = Articles.dutch("Verbeke won. Verbeke verloor. Trainer Verbeke lachte.", "Verbeke=ORG");
        marginals(a.get(0), 0, NameSpan.ORG, 0.5, NameSpan.PER, 0.45);
        marginals(a.get(1), 0, NameSpan.ORG, 0.5, NameSpan.PER, 0.45);
        retype(a.get(2), 1, NameSpan.PER);
        marginals(a.get(2), 1, NameSpan.PER, 0.95, NameSpan.ORG, 0.03);
        new ConsistencyStage().apply(a);
        assertEquals(List.of("Verbeke|PER", "Verbeke|PER", "Verbeke|PER"), Articles.names(a));
    }

    @Test
    void consistencyKeepsAnUndisputedReadingAndMakesAnEvenPersonCompanySplitACompany() {
        // the CRF decoded "Eurocommissaris" as MISC although its marginals lean to ORG: with no other reading, MISC stays
        List<TaggedSentence> a = Articles.dutch("Eurocommissaris sprak. Noordwind Grid bouwt. Volgens Noordwind Grid groeit het.",
                "Eurocommissaris=MISC", "Noordwind Grid=ORG");
        marginals(a.get(0), 0, NameSpan.ORG, 0.46, NameSpan.MISC, 0.43);
        marginals(a.get(1), 0, NameSpan.ORG, 0.88, NameSpan.PER, 0.09);
        retype(a.get(2), 1, NameSpan.PER);
        marginals(a.get(2), 1, NameSpan.PER, 0.97, NameSpan.ORG, 0.03);
        new ConsistencyStage().apply(a);
        assertEquals(List.of("Eurocommissaris|MISC", "Noordwind Grid|ORG", "Noordwind Grid|ORG"), Articles.names(a));
    }

    @Test
    void aSureSecondOpinionOnAForeignNameDisputesTheDutchReading() {
        List<TaggedSentence> a = Articles.dutch("Volgens Quorvex daalt de koers. Bij Zentrix werken er 300.",
                "Quorvex=PER", "Zentrix=PER");
        marginals(a.get(0), 1, NameSpan.PER, 0.6, NameSpan.ORG, 0.3);
        secondOpinion(a.get(0), 1, NameSpan.ORG, 0.95, NameSpan.PER, 0.02);
        marginals(a.get(1), 1, NameSpan.PER, 0.6, NameSpan.ORG, 0.3);
        secondOpinion(a.get(1), 1, NameSpan.ORG, 0.7, NameSpan.PER, 0.3); // unsure: not counted
        new ConsistencyStage().apply(a);
        assertEquals(List.of("Quorvex|ORG", "Zentrix|PER"), Articles.names(a));
    }

    @Test
    void theDutchLexiconKnowsDutchWordsAndNamesButNotForeignOnes() {
        DutchLexicon lexicon = DutchLexicon.get();
        assertTrue(lexicon.contains("Bedrijven") && lexicon.contains("Vroege"));
        assertTrue(!lexicon.contains("Quorvex") && !lexicon.contains("bedrijven"));
    }

    /** Gives the tokens of the name at {@code token} the type marginals a CRF would have left on them. */
    private static void marginals(TaggedSentence s, int token, String type, double p, String other, double q) {
        set(s, token, CrfStage.TypeProbabilities.class, type, p, other, q);
    }

    private static void secondOpinion(TaggedSentence s, int token, String type, double p, String other, double q) {
        set(s, token, CrfStage.SecondOpinion.class, type, p, other, q);
    }

    private static void set(TaggedSentence s, int token, Class<? extends edu.stanford.nlp.ling.CoreAnnotation<double[]>> key,
                            String type, double p, String other, double q) {
        NameSpan n = s.nameAt(token);
        double[] probabilities = new double[CrfStage.MARGINAL_TYPES.size()];
        probabilities[CrfStage.MARGINAL_TYPES.indexOf(type)] = p;
        probabilities[CrfStage.MARGINAL_TYPES.indexOf(other)] = q;
        for (int i = n.start(); i < n.end(); i++) {
            s.tokens.get(i).set(key, probabilities);
        }
    }

    private static void retype(TaggedSentence s, int token, String type) {
        NameSpan n = s.nameAt(token);
        s.replace(n, n.withType(type, n.source()));
    }

    @Test
    void assemblerMergesShortFormsAndUsesGazetteerNames() {
        String body = "Mistral AI hired. Mistral's chief Arthur Mensch spoke. Google DeepMind and DeepMind and Google. "
                + "Musk replied.";
        List<TaggedSentence> a = Articles.english(body, "Mistral AI=ORG", "Mistral=ORG", "Arthur Mensch=PER",
                "Google DeepMind=ORG", "DeepMind=ORG", "Google=ORG", "Musk=PER");
        EntityLists found = new EntityAssembler(GAZETTEER).assemble(a, body);
        List<String> companies = found.companies().stream().map(e -> e.name() + "=" + e.count()).toList();
        assertEquals(List.of("Mistral AI=2", "Google DeepMind=2", "Google=1"), companies);
        Entity mistral = found.companies().get(0);
        assertEquals("Mistral", mistral.mentions().get(1).text());
        assertEquals(body.indexOf("Mistral's"), mistral.mentions().get(1).start());
        List<String> people = found.people().stream().map(Entity::name).toList();
        assertEquals(List.of("Arthur Mensch", "Elon Musk"), people);
    }

    @Test
    void unknownOrganisationsGetAKindFromTheirName() {
        assertEquals("university", OrganizationKinds.of("Universiteit Utrecht"));
        assertEquals("government", OrganizationKinds.of("Ministry of Finance"));
        assertEquals("media", OrganizationKinds.of("NeuralPost"));
        assertEquals("other", OrganizationKinds.of("Stichting Open Data"));
        assertEquals("company", OrganizationKinds.of("Brightwave Analytics"));
    }
}
