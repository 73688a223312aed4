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
 *
 * <p>Articles come in stories of {@value #STORY_SIZE} consecutive articles, told in both languages, that
 * share their companies, person, amount, a week and a few words of their own, as related articles do. A
 * long tail of made-up words (Zipf-distributed over {@value #RARE_WORDS} per language) and of generated
 * company and person names gives large archives the term statistics of real ones: most words and names in
 * few articles, so that related-article and search queries do the work they do on a real archive.
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

    private static final String[] SYLLABLES = ("ber dam vel hoven stra kamp mer lin gaard ton ley field wood ford man "
            + "berg stein sen dijk veen mont ar el ka ri zo na te vo lu qui tra nex ion ly sys cor dex ora").split(" ");
    /** Articles per story. */
    static final int STORY_SIZE = 5;
    /** Made-up words per language in the long tail of the vocabulary. */
    static final int RARE_WORDS = 200_000;
    /** Generated names beyond the fixed ones, for the long tail of companies and people. */
    private static final int GENERATED_NAMES = 5_000;
    private static final int STORY_WORDS = 4;

    /** What the articles of one story share. */
    private record Story(String company, String other, String person, BigDecimal amount, LocalDate day,
                         List<String> wordsEn, List<String> wordsNl) {
    }

    private final long seed;
    private final Random random;
    private final List<String> companies = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    public SyntheticArticles(long seed) {
        this.seed = seed;
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
        // the long tail comes after the fixed names, which stay the most frequent
        Random names = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < GENERATED_NAMES; i++) {
            companies.add(capitalised(syllables(names, 2 + names.nextInt(2))) + " " + COMPANY_SUFFIX[names.nextInt(COMPANY_SUFFIX.length)]);
            people.add(FIRST[names.nextInt(FIRST.length)] + " " + capitalised(syllables(names, 2 + names.nextInt(2))));
        }
    }

    /** The {@code n}-th article (call in order: the text depends on the generator's state). */
    public Article next(int n) {
        Story story = story(n / STORY_SIZE);
        boolean dutch = random.nextInt(3) == 0;
        String[] words = dutch ? NL : EN;
        List<String> storyWords = dutch ? story.wordsNl() : story.wordsEn();
        String company = story.company();
        String other = story.other();
        String person = story.person();
        LocalDate day = story.day().plusDays(random.nextInt(7));
        BigDecimal amount = story.amount();
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
                    } else if (choice <= 5) {
                        body.append(storyWords.get(random.nextInt(storyWords.size())));
                    } else if (choice <= 10) {
                        body.append(rareWord(random.nextDouble(), dutch));
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

    /** A word for a search query, drawn as the articles draw theirs: mostly common, one in five from the long tail. */
    public String queryWord(Random r, boolean dutch) {
        return r.nextInt(5) == 0 ? rareWord(r.nextDouble(), dutch) : zipf(r, dutch ? NL : EN);
    }

    /** A company name the corpus uses, for filters that match. */
    public String company(int i) {
        return companies.get(Math.floorMod(i, companies.size()));
    }

    /** Story {@code k}: the same for every article of it, whatever was generated before. */
    private Story story(int k) {
        Random r = new Random(seed * 1_000_003L + k);
        String company = pick(r, companies);
        String other = pick(r, companies);
        String person = pick(r, people);
        BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(999)).scaleByPowerOfTen(6 + r.nextInt(4));
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(900));
        List<String> en = new ArrayList<>();
        List<String> nl = new ArrayList<>();
        for (int i = 0; i < STORY_WORDS; i++) {
            // words of the middle of the tail: rare in the archive, said in every article of the story
            en.add(rareWord(0.5 + r.nextDouble() / 2, false));
            nl.add(rareWord(0.5 + r.nextDouble() / 2, true));
        }
        return new Story(company, other, person, amount, day, en, nl);
    }

    /**
     * A word of the made-up vocabulary at quantile {@code u} of a log-uniform rank (Zipf with exponent 1):
     * rank 1 about as often as ranks 2 to 3, and so on, down to rank {@value #RARE_WORDS}.
     */
    private String rareWord(double u, boolean dutch) {
        int rank = (int) Math.min(RARE_WORDS - 1, Math.floor(Math.exp(u * Math.log(RARE_WORDS + 1.0))) - 1);
        long h = rank * 0x9E3779B97F4A7C15L + (dutch ? 2 : 1);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 3 + rank % 3; i++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            w.append(SYLLABLES[(int) ((h >>> 33) % SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String syllables(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    private static String pick(Random r, List<String> list) {
        // skewed: a few companies and people are in the news far more often than the rest
        int i = (int) Math.floor(list.size() * Math.pow(r.nextDouble(), 2.5));
        return list.get(Math.min(i, list.size() - 1));
    }

    private String zipf(String[] words) {
        return zipf(random, words);
    }

    private static String zipf(Random r, String[] words) {
        int i = (int) Math.floor(words.length * Math.pow(r.nextDouble(), 3));
        return words[Math.min(i, words.length - 1)];
    }
}
