package dev.lede.pipeline.bench;

import dev.lede.model.Article;
import dev.lede.model.ArticleId;
import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import dev.lede.model.Section;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Article records for benchmarks: news-shaped text in English and Dutch with companies, people and money
 * amounts at their true offsets, publication dates over two and a half years, and a skewed vocabulary
 * (a few words in most articles, most words in few), so that searches, facets and filters do the work they
 * do on a real archive. Deterministic for a seed, so two runs measure the same index.
 */
public final class SyntheticArticles {
    private static final String[] EN = ("the a of to and in that for on with as by at from its has was will are "
            + "said company market investors funding round valuation billion million model models training data "
            + "compute chips cloud revenue growth startup lab labs research safety regulators deal shares stock "
            + "sale acquisition merger partnership customers enterprise software open weights inference cost price "
            + "quarter year record analysts expect board chief executive founder engineers team europe america china "
            + "policy rules law court antitrust privacy energy power data-centre capacity supply demand shortage "
            + "launch release product users subscribers growth losses profit margin debt bond raise raised led "
            + "backed early later series seed valuation doubled tripled fell rose slowed jumped fund funds capital "
            + "venture partners strategy plan plans expansion hiring layoffs talent researchers benchmark scores "
            + "reasoning agents assistant search advertising platform developers api pricing contract government "
            + "defence health finance banks insurers media publishers licensing copyright lawsuit settlement").split(" ");
    private static final String[] NL = ("de het een van en in dat voor op met als door bij uit heeft was zal zijn "
            + "zei bedrijf markt investeerders financiering ronde waardering miljard miljoen model modellen training "
            + "gegevens rekenkracht chips omzet groei start-up lab onderzoek veiligheid toezichthouders deal aandelen "
            + "verkoop overname fusie samenwerking klanten software open gewichten kosten prijs kwartaal jaar record "
            + "analisten verwachten bestuur topman oprichter ingenieurs team europa amerika china beleid regels wet "
            + "rechter privacy energie stroom datacenter capaciteit vraag aanbod tekort lancering product gebruikers "
            + "verlies winst schuld ophalen opgehaald geleid gesteund vroeg later serie fonds kapitaal strategie "
            + "plannen uitbreiding talent onderzoekers agenten assistent zoeken adverteren platform ontwikkelaars "
            + "contract overheid defensie zorg banken verzekeraars media uitgevers licenties auteursrecht rechtszaak").split(" ");
    private static final String[] COMPANY_STEM = ("Nova Quantix Helio Arbor Vela Cobalt Lumen Stratus Kestrel Orbit "
            + "Tessel Ferro Atlas Nimbus Corvid Halcyon Pylon Argent Sable Vireo Meridian Onyx Cinder Talon Zephyr "
            + "Aurora Basalt Cedar Delta Ember").split(" ");
    private static final String[] COMPANY_SUFFIX = ("AI Labs Robotics Systems Capital Cloud Compute Health Data Group")
            .split(" ");
    private static final String[] FIRST = ("Anna Bram Chloe Daan Eva Finn Grace Hugo Iris Jonas Karin Lars Maya Noah "
            + "Olivia Pieter Quinn Rosa Sam Tess Umar Vera Wout Xena Yara Zoe").split(" ");
    private static final String[] LAST = ("Jansen Okafor Dubois Bakker Mensah Visser Lindqvist Moreau Smit Tanaka "
            + "Kowalski Novak Haddad Fischer Rossi Silva Meijer Costa Brandt Ortega").split(" ");

    private final Random random;
    private final List<String> companies = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    public SyntheticArticles(long seed) {
        random = new Random(seed);
        for (String stem : COMPANY_STEM) {
            for (String suffix : COMPANY_SUFFIX) {
                companies.add(stem + " " + suffix);
            }
        }
        for (String first : FIRST) {
            for (String last : LAST) {
                people.add(first + " " + last);
            }
        }
    }

    /** The {@code n}-th article (call in order: the text depends on the generator's state). */
    public Article next(int n) {
        boolean dutch = random.nextInt(3) == 0;
        String[] words = dutch ? NL : EN;
        String company = pick(companies);
        String other = pick(companies);
        String person = pick(people);
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(999)).scaleByPowerOfTen(6 + random.nextInt(4));
        String amountText = "$" + amount.movePointLeft(6).stripTrailingZeros().toPlainString() + (dutch ? " miljoen" : " million");

        StringBuilder body = new StringBuilder();
        List<MoneyAmount> money = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        int paragraphs = 4 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int sentenceStart = body.length();
                if (s > 0) {
                    body.append(' ');
                }
                int len = 8 + random.nextInt(18);
                for (int w = 0; w < len; w++) {
                    if (w > 0) {
                        body.append(' ');
                    }
                    int choice = random.nextInt(40);
                    if (choice == 0) {
                        mention(body, mentions, company);
                    } else if (choice == 1) {
                        mention(body, mentions, person);
                    } else if (choice == 2 && money.size() < 4) {
                        int start = body.length();
                        body.append(amountText);
                        money.add(new MoneyAmount(amountText, amount, "USD", null, null, null, null, company,
                                null, start, body.length()));
                    } else if (choice == 3) {
                        mention(body, mentions, other);
                    } else {
                        body.append(zipf(words));
                    }
                }
                body.append('.');
                fillSentences(money, body, sentenceStart);
            }
        }
        String text = body.toString();
        String title = company + (dutch ? " haalt " + amountText + " op voor " : " raises " + amountText + " for ")
                + zipf(words) + " " + zipf(words);
        String summary = person + (dutch ? " over de plannen van " : " on the plans of ") + company + ".";
        String url = "https://bench.lede.test/" + (dutch ? "nl" : "en") + "/" + day + "/article-" + n;
        List<Entity> companyEntities = new ArrayList<>();
        List<Entity> peopleEntities = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            boolean isPerson = people.contains(e.getKey());
            Entity entity = new Entity(e.getKey(), isPerson ? "person" : "company", e.getValue().size(), List.of(),
                    e.getValue(), title.contains(e.getKey()), summary.contains(e.getKey()));
            (isPerson ? peopleEntities : companyEntities).add(entity);
        }
        String lang = dutch ? "nl" : "en";
        return new Article(ArticleId.of(url), url, url, Instant.parse("2026-06-01T00:00:00Z"), day.toString(), null,
                lang, title, summary, List.of(person), "Bench Daily", text,
                List.of(new Section("", lang, text, 0, text.length())), Map.of(lang, 1.0), money, peopleEntities,
                companyEntities, List.of(), List.of(), List.of(), List.of(), List.of(),
                ArticleId.sha256Hex(title + "\u0000" + summary + "\u0000" + text));
    }

    /** A company name the corpus uses, for filters that match. */
    public String company(int i) {
        return companies.get(Math.floorMod(i, companies.size()));
    }

    private void mention(StringBuilder body, Map<String, List<Mention>> mentions, String name) {
        int start = body.length();
        body.append(name);
        mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(start, body.length(), name));
    }

    /** Money amounts of the sentence just written get that sentence. */
    private static void fillSentences(List<MoneyAmount> money, StringBuilder body, int sentenceStart) {
        for (int i = 0; i < money.size(); i++) {
            MoneyAmount m = money.get(i);
            if (m.sentence() == null && m.start() >= sentenceStart) {
                money.set(i, new MoneyAmount(m.text(), m.amount(), m.currency(), m.qualifier(), m.low(), m.high(),
                        m.per(), m.subject(), body.substring(sentenceStart).strip(), m.start(), m.end()));
            }
        }
    }

    private String pick(List<String> list) {
        // skewed: a few companies and people are in the news far more often than the rest
        int i = (int) Math.floor(list.size() * Math.pow(random.nextDouble(), 2.5));
        return list.get(Math.min(i, list.size() - 1));
    }

    private String zipf(String[] words) {
        int i = (int) Math.floor(words.length * Math.pow(random.nextDouble(), 3));
        return words[Math.min(i, words.length - 1)];
    }
}
