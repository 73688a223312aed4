package dev.lede.extract.money;

import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MoneySubjectsTest {
    private final MoneyExtractor money = new MoneyExtractor();
    private final MoneySubjects subjects = new MoneySubjects();

    /** An entity with a mention at every occurrence of each of its surface forms. */
    private static Entity entity(String body, String kind, String name, String... aliases) {
        List<Mention> mentions = new ArrayList<>();
        List<String> forms = new ArrayList<>(List.of(aliases));
        forms.add(0, name);
        for (String form : forms) {
            for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length())) {
                int end = at + form.length();
                int finalAt = at;
                if (mentions.stream().noneMatch(m -> m.start() <= finalAt && finalAt < m.end())) {
                    mentions.add(new Mention(at, end, form));
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entity(name, kind, mentions.size(), List.of(aliases), mentions, false, false);
    }

    private List<String> subjectsOf(String body, List<Entity> companies, List<Entity> people) {
        List<DataTable> tables = new MarkdownTableParser().parse(body);
        return subjects.attach(body, money.extract(body, "en"), companies, people, tables).stream()
                .map(MoneyAmount::subject).toList();
    }

    @Test
    void possessiveNamesTheSubjectEvenWithOtherEntitiesAround() {
        String body = "Amazon led the deal: Anthropic's $7.5B funding round is the largest this year.";
        List<String> s = subjectsOf(body, List.of(entity(body, "company", "Amazon"), entity(body, "company", "Anthropic")), List.of());
        assertEquals(List.of("Anthropic"), s);
    }

    @Test
    void onlyEntityInTheSentence() {
        String body = "Mistral AI is said to be raising €600M. Separately, OpenAI hired staff.";
        List<String> s = subjectsOf(body, List.of(entity(body, "company", "Mistral AI"), entity(body, "company", "OpenAI")), List.of());
        assertEquals(List.of("Mistral AI"), s);
    }

    @Test
    void sentenceOpenerWithoutAnotherEntityBetween() {
        String body = "For instance, the venture firm Sequoia Capital reportedly saw a $150 million investment in "
                + "OpenAI return over $1 billion in secondary sales.";
        List<String> s = subjectsOf(body, List.of(entity(body, "company", "Sequoia Capital"), entity(body, "company", "OpenAI")), List.of());
        assertEquals("Sequoia Capital", s.get(0));
        assertNull(s.get(1), "OpenAI stands between the opener and the second amount: not clear");
    }

    @Test
    void tableRowLabel() {
        String body = "| Company | Valuation |\n|---|---|\n| Anthropic | $18B (2024) |\n| Cohere | $5B (2024) |";
        List<String> s = subjectsOf(body, List.of(entity(body, "company", "Anthropic"), entity(body, "company", "Cohere")), List.of());
        assertEquals(List.of("Anthropic", "Cohere"), s);
    }

    @Test
    void personSubject() {
        String body = "Ilya Sutskever cashed out an estimated $400 million of his equity.";
        assertEquals(List.of("Ilya Sutskever"), subjectsOf(body, List.of(), List.of(entity(body, "person", "Ilya Sutskever"))));
    }

    @Test
    void noEntityNoSubject() {
        String body = "Some 600 people shared $6.6 billion.";
        List<String> s = subjectsOf(body, List.of(), List.of());
        assertEquals(1, s.size());
        assertNull(s.get(0));
    }

    @Test
    void capitalisedCommonWordsAtSentenceStartsAreNoSubject() {
        String body = "Het kabinet trok in 2024 €2,5 miljard uit. Dat geld gaat naar het onderwijs, zegt het ministerie.";
        List<DataTable> none = List.of();
        List<MoneyAmount> found = subjects.attach(body, money.extract(body, "nl"),
                List.of(entity(body, "company", "Het")), List.of(), none);
        assertNull(found.get(0).subject(), "'Het' opens the sentence and 'het' is a word of this text");

        String bos = "Volgens Bos kost een licentie al snel tussen de 200.000 en 500.000 euro, volgens analisten.";
        assertNull(subjects.attach(bos, money.extract(bos, "nl"), List.of(entity(bos, "company", "Volgens Bos")),
                List.of(), none).get(0).subject());

        String lower = "Ruim €1 miljard, meer dan ooit.";
        assertNull(subjects.attach(lower, money.extract(lower, "nl"), List.of(entity(lower, "company", "dan")),
                List.of(), none).get(0).subject(), "no capital letter: no name");
        String phrase = "Het bedrijf haalde €600 miljoen op, meer dan alle Nederlandse start-ups samen.";
        assertNull(subjects.attach(phrase, money.extract(phrase, "nl"), List.of(),
                List.of(entity(phrase, "person", "dan alle Nederlandse")), none).get(0).subject());
        String xai = "Musk's xAI raised $6B in May.";
        assertEquals("xAI", subjects.attach(xai, money.extract(xai, "en"), List.of(entity(xai, "company", "xAI")),
                List.of(), none).get(0).subject());
    }

    @Test
    void aCompanyThatOnlyOpensSentencesIsStillASubject() {
        String body = "Anthropic raised $7.5B from Amazon and others. Anthropic will spend it on compute.";
        assertEquals(List.of("Anthropic"), subjectsOf(body, List.of(entity(body, "company", "Anthropic")), List.of()));
        String mid = "Het Franse Mistral AI haalde €600 miljoen op, meer dan het vorige jaar.";
        assertEquals("Mistral AI", subjects.attach(mid, money.extract(mid, "nl"),
                List.of(entity(mid, "company", "Mistral AI")), List.of(), List.of()).get(0).subject());
    }

    @Test
    void aPersonActingBetweenACompanyAndTheAmountLeavesNoSubject() {
        String body = "After leaving OpenAI he sold a large part of his holding, worth roughly $400 million, and put "
                + "his energy into Safe Superintelligence.";
        List<String> s = subjectsOf(body, List.of(entity(body, "company", "OpenAI"),
                entity(body, "company", "Safe Superintelligence")), List.of());
        assertEquals(1, s.size());
        assertNull(s.get(0), "the holding is his, not OpenAI's");
        String company = "After a year of talks OpenAI sold a stake worth $400 million.";
        assertEquals(List.of("OpenAI"), subjectsOf(company, List.of(entity(company, "company", "OpenAI")), List.of()));
    }
}
