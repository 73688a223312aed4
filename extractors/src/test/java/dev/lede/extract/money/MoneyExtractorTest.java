package dev.lede.extract.money;

import dev.lede.model.MoneyAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyExtractorTest {
    private final MoneyExtractor money = new MoneyExtractor();

    private MoneyAmount only(String text, String language) {
        List<MoneyAmount> found = money.extract(text, language);
        assertEquals(1, found.size(), () -> "one amount in \"" + text + "\": " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} [{1}] = {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "$6.6 billion;en;6600000000;USD;$6.6 billion",
            "$6,6 miljard;nl;6600000000;USD;$6,6 miljard",
            "$6,6 miljard;en;6600000000;USD;$6,6 miljard",
            "€600M;en;600000000;EUR;€600M",
            "€ 1.234,56;nl;1234.56;EUR;€ 1.234,56",
            "€ 1.234,56;en;1234.56;EUR;€ 1.234,56",
            "US$2bn;en;2000000000;USD;US$2bn",
            "US$ 2bn;en;2000000000;USD;US$ 2bn",
            "USD 5 million;en;5000000;USD;USD 5 million",
            "5 miljoen euro;nl;5000000;EUR;5 miljoen euro",
            "EUR 1,2 mld.;nl;1200000000;EUR;EUR 1,2 mld.",
            "$300 mln.;nl;300000000;USD;$300 mln.",
            "€1,2 mld;nl;1200000000;EUR;€1,2 mld",
            "£30m;en;30000000;GBP;£30m",
            "¥1.8 trillion;en;1800000000000;JPY;¥1.8 trillion",
            "$150 million;en;150000000;USD;$150 million",
            "$80B (2024);en;80000000000;USD;$80B",
            "2 billion US dollars;en;2000000000;USD;2 billion US dollars",
            "3 miljard Canadese dollar;nl;3000000000;CAD;3 miljard Canadese dollar",
            "C$4.5 billion;en;4500000000;CAD;C$4.5 billion",
            "HK$300 million;en;300000000;HKD;HK$300 million",
            "1.234,56 €;nl;1234.56;EUR;1.234,56 €",
            "RMB 8 billion;en;8000000000;CNY;RMB 8 billion",
            "$5-million deal;en;5000000;USD;$5-million",
            "$128K;en;128000;USD;$128K",
            "€0,99;nl;0.99;EUR;€0,99",
            "$1,234,567;en;1234567;USD;$1,234,567",
            "€1.234.567;nl;1234567;EUR;€1.234.567",
    })
    void readsBothConventions(String text, String language, String amount, String currency, String written) {
        MoneyAmount m = only("De deal: " + text + " volgens bronnen.", language);
        assertEquals(0, new BigDecimal(amount).compareTo(m.amount()), m::toString);
        assertEquals(currency, m.currency());
        assertEquals(written, m.text());
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @CsvSource(delimiter = ';', value = {
            // a single separator before exactly three digits: the writer's convention decides
            "$1,234;en;1234",
            "$1,234;nl;1.234",
            "$1.234;en;1.234",
            "$1.234;nl;1234",
            "€1.234 miljoen;en;1234000000",
            "$1.234 billion;nl;1234000000",
            // the digits decide whatever the language
            "$1,2;en;1.2",
            "$1.50;nl;1.50",
            "$0,125;en;0.125",
            "$1234,567;en;1234.567",
    })
    void ambiguousSeparatorFollowsConvention(String text, String language, String amount) {
        MoneyAmount m = only("Prijs " + text + " nu.", language);
        assertEquals(0, new BigDecimal(amount).compareTo(m.amount()), m::toString);
    }

    @Test
    void exactDecimalWithoutFloatingPointNoise() {
        MoneyAmount m = only("They cashed out $6.6 billion.", "en");
        assertEquals("6600000000", m.amount().toPlainString());
        assertEquals("1234.56", only("Het kost € 1.234,56.", "nl").amount().toPlainString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "meer dan $10 miljoen;over",
            "over $1 billion;over",
            "$10B+;plus",
            "$1M+;plus",
            "at least €5 million;at least",
            "minstens 5 miljoen euro;at least",
            "about $2 billion;about",
            "ongeveer €3 miljoen;about",
            "zo'n €3 miljoen;about",
            "up to $500 million;up to",
            "maximaal €2 miljard;up to",
            "less than $1 million;under",
            "$5 million or more;at least",
            "ruim €40 miljoen;over",
            "estimated at $400 million;about",
    })
    void qualifiers(String text, String qualifier) {
        assertEquals(qualifier, only("Het bedrag: " + text + " in totaal.", "nl").qualifier());
    }

    @Test
    void ranges() {
        MoneyAmount a = only("It raised $1-2 billion last year.", "en");
        assertEquals(0, new BigDecimal("1000000000").compareTo(a.low()));
        assertEquals(0, new BigDecimal("2000000000").compareTo(a.high()));
        assertEquals(0, a.low().compareTo(a.amount()));
        assertEquals("$1-2 billion", a.text());

        MoneyAmount b = only("Het gaat om tussen 5 en 10 miljoen euro per jaar.", "nl");
        assertEquals(0, new BigDecimal("5000000").compareTo(b.low()));
        assertEquals(0, new BigDecimal("10000000").compareTo(b.high()));
        assertEquals("EUR", b.currency());
        assertEquals("jaar", b.per());

        MoneyAmount c = only("Estimates run from $500 million to $1 billion.", "en");
        assertEquals(0, new BigDecimal("500000000").compareTo(c.low()));
        assertEquals(0, new BigDecimal("1000000000").compareTo(c.high()));

        MoneyAmount d = only("between $5 and $10 million", "en");
        assertEquals(0, new BigDecimal("5000000").compareTo(d.low()));

        MoneyAmount e = only("De schade bedraagt 5-10 miljoen euro.", "nl");
        assertEquals(0, new BigDecimal("10000000").compareTo(e.high()));
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "two billion dollars;en;2000000000;USD",
            "half a billion dollars;en;500000000;USD",
            "a billion dollars;en;1000000000;USD",
            "twee miljard euro;nl;2000000000;EUR",
            "anderhalf miljard euro;nl;1500000000;EUR",
            "een half miljoen euro;nl;500000;EUR",
            "₹10,372 crore;en;103720000000;INR",
    })
    void numbersInWordsAndIndianScales(String text, String language, String amount, String currency) {
        MoneyAmount m = only("Er ging " + text + " naartoe.", language);
        assertEquals(0, new BigDecimal(amount).compareTo(m.amount()), m::toString);
        assertEquals(currency, m.currency());
        assertEquals(text, m.text());
    }

    @Test
    void wordsThatLookLikeAmountsAreNot() {
        assertEquals(List.of(), money.extract("One million users and two billion tokens later.", "en"));
        assertEquals(List.of(), money.extract("Een miljard mensen gebruiken het.", "nl"));
    }

    @Test
    void aChangeIsTwoAmountsNotARange() {
        List<MoneyAmount> found = money.extract("The price rose from $450 to $520 in a year.", "en");
        assertEquals(List.of("$450", "$520"), found.stream().map(MoneyAmount::text).toList());
        assertNull(found.get(0).high());
        MoneyAmount range = only("Estimates range from $5 to $10 million.", "en");
        assertEquals(0, new BigDecimal("10000000").compareTo(range.high()));
    }

    @Test
    void dutchRoundAmountsListsAndAdditions() {
        MoneyAmount round = only("Maximaal € 50.000,- per project.", "nl");
        assertEquals(0, new BigDecimal("50000").compareTo(round.amount()));
        assertEquals("project", round.per());
        assertEquals("up to", round.qualifier());
        List<MoneyAmount> list = money.extract("Basic €9,99 / Pro €19,99 / Team €49,00 per month.", "en");
        assertEquals(3, list.size());
        assertNull(list.get(0).per());
        assertEquals("month", list.get(2).per());
        assertNull(only("EUR 2.750.000 plus interest", "en").qualifier());
        assertEquals("plus", only("It will cost $10 billion plus.", "en").qualifier());
        assertNull(only("Valued at $4.1B a year earlier.", "en").per());
        assertEquals("miljoen tokens", only("Het model kost $2,50 per miljoen tokens.", "nl").per());
        assertEquals(0, new BigDecimal("400000000").compareTo(only("tussen de €300 en €400 miljoen", "nl").high()));
    }

    @Test
    void aYearBeforeACurrencyIsNotTheAmount() {
        MoneyAmount m = only("Het kabinet trok in 2024 €2,5 miljard uit voor de regio.", "nl");
        assertEquals("€2,5 miljard", m.text());
        assertEquals(0, new BigDecimal("2500000000").compareTo(m.amount()));
        assertEquals("EUR 900 miljoen", only("Brussel trok in 2025 EUR 900 miljoen uit.", "nl").text());
        assertEquals(List.of(), money.extract("Measured in 2020 dollars, the bridge was cheap.", "en"));
        assertEquals(List.of(), money.extract("Tussen 2020 en 2024 verdubbelde het aantal.", "nl"));
    }

    @Test
    void fromToRangesAreOneAmountWrittenWithTheirOpener() {
        MoneyAmount nl = only("Ze schrijven cheques van $250.000 tot $1 miljoen uit.", "nl");
        assertEquals("van $250.000 tot $1 miljoen", nl.text());
        assertEquals(0, new BigDecimal("250000").compareTo(nl.low()));
        assertEquals(0, new BigDecimal("1000000").compareTo(nl.high()));
        assertEquals("van 2 tot 8 miljoen euro", only("Rondes van 2 tot 8 miljoen euro zijn gewoon.", "nl").text());
        assertEquals("2 tot 8 miljoen euro", money.extract("Grachtwerk | €150 miljoen | 2 tot 8 miljoen euro", "nl").get(1).text());
        List<MoneyAmount> change = money.extract("De huur steeg van €5 tot €6 per uur.", "nl");
        assertEquals(List.of("€5", "€6"), change.stream().map(MoneyAmount::text).toList());
        List<MoneyAmount> plural = money.extract("De kosten stegen van $2 tot $3 per miljoen tokens.", "nl");
        assertEquals(List.of("$2", "$3"), plural.stream().map(MoneyAmount::text).toList());
    }

    @Test
    void estimatesAndStartingPrices() {
        assertEquals("about", only("Hij verkocht naar schatting voor $400 miljoen aan aandelen.", "nl").qualifier());
        assertEquals("about", only("De omzet komt naar schatting op €100 miljoen.", "nl").qualifier());
        assertEquals("at least", only("Typische ronde: vanaf 50 miljoen euro", "nl").qualifier());
        assertEquals("at least", only("Team plans start starting at $25 a month.", "en").qualifier());
        assertNull(only("Hij verkocht voor $400 miljoen aan aandelen.", "nl").qualifier());
    }

    @Test
    void vagueNumberWordsAreNotAmounts() {
        assertEquals(List.of(), money.extract("Small labs raise a few hundred million euros at most.", "en"));
        assertEquals(List.of(), money.extract("Ze halen een paar honderd miljoen euro op.", "nl"));
        assertEquals(List.of(), money.extract("Several hundred million dollars went elsewhere.", "en"));
        assertEquals("hundred million euros", only("It raised a hundred million euros.", "en").text());
    }

    @Test
    void unitRates() {
        List<MoneyAmount> found = money.extract("Input costs $5.00 per 1M tokens and output $15 per 1M output tokens.", "en");
        assertEquals(2, found.size(), found::toString);
        assertEquals("1M tokens", found.get(0).per());
        assertEquals(0, new BigDecimal("5").compareTo(found.get(0).amount()));
        assertEquals("1M output tokens", found.get(1).per());
        assertEquals("hour", only("GPUs rent for $2/hour.", "en").per());
        assertEquals("persoon", only("gemiddeld meer dan $10 miljoen per persoon", "nl").per());
        assertEquals("month", only("The plan costs $20 a month.", "en").per());
    }

    @Test
    void sentenceAndOffsets() {
        String text = "Sequoia invested early. Anthropic's $7.5B funding round closed in May. Mr. Smith agreed.";
        MoneyAmount m = only(text, "en");
        assertEquals("Anthropic's $7.5B funding round closed in May.", m.sentence());
        assertEquals("$7.5B", text.substring(m.start(), m.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "The exponent is lower than in 2020-2023.",
            "Training took 2.1e25 FLOPs.",
            "Its context window is 128K tokens.",
            "GPT-4 scored 86.4% on MMLU.",
            "Llama 3 405B has 405 billion parameters.",
            "It was trained on 15 trillion tokens.",
            "Call +31 20 123 4567 or 020-1234567.",
            "Published on 12.05.2026 and 5/12/2026.",
            "Mixtral 8x7B routes each token to 2 experts.",
            "Over 70k stars on GitHub, and 1.8 trillion parameters.",
            "Het bedrijf telt 1.284 medewerkers en groeide 12%.",
            "Een stijging van 5 procent in 2024.",
            "The 100,000 H100 cluster in Memphis.",
    })
    void notMoney(String text) {
        assertEquals(List.of(), money.extract(text, "en"));
        assertEquals(List.of(), money.extract(text, "nl"));
    }

    @Test
    void tableRowsAreReadCellByCell() {
        String row = "| OpenAI | $80B (2024) | $2.5B | Early investors, 50+ senior engineers |";
        List<MoneyAmount> found = money.extract(row, "en");
        assertEquals(2, found.size(), found::toString);
        assertEquals(0, new BigDecimal("80000000000").compareTo(found.get(0).amount()));
        assertEquals(row, found.get(0).sentence());
    }

    @Test
    void firstAmountOfACell() {
        MoneyAmount m = money.first("$80B (2024)", "en");
        assertEquals("USD", m.currency());
        assertNull(money.first("—", "en"));
        assertNull(money.first("43.9%", "en"));
    }

    @Test
    void offsetsWithinARange() {
        String text = "Intro. Het kostte €5 miljoen. Einde.";
        int from = text.indexOf("Het");
        List<MoneyAmount> found = money.extract(text, from, text.indexOf("Einde"), "nl");
        assertEquals(1, found.size());
        assertEquals("€5 miljoen", text.substring(found.get(0).start(), found.get(0).end()));
        assertTrue(found.get(0).sentence().startsWith("Het kostte"));
    }
}
