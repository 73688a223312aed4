package dev.lede.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates business-news prose about AI companies in English and Dutch, deterministically from a
 * {@link Random}: sentences with people, companies, places, money written in each language's conventions
 * ("$6.6 billion", "€600M", "$6,6 miljard", "5 miljoen euro", "€ 1.234,56"), and the numbers that are not
 * money (years, percentages, parameters, tokens), which is what NER and the money extractor meet in
 * real archives. Titles, summaries, headings and data tables in the same vocabulary.
 */
final class NewsText {
    static final List<String> COMPANIES = List.of("OpenAI", "Mistral AI", "Anthropic", "SoftBank", "Nvidia", "ASML",
            "Adyen", "Booking.com", "ByteDance", "Alibaba", "DeepSeek", "Zhipu AI", "CoreWeave", "Oracle", "Microsoft",
            "Google DeepMind", "Meta", "Amazon", "Philips", "Prosus", "ING", "Rabobank", "KPN", "Siemens", "SAP",
            "Aleph Alpha", "Helsing", "Synthesia", "Tencent", "Baidu", "Samsung", "TSMC", "Intel", "AMD", "Arm",
            "Cohere", "xAI", "Hugging Face", "Perplexity", "Databricks", "Snowflake", "Salesforce", "Nebius",
            "Exact", "Picnic", "Mollie", "Bunq", "Elastic", "TomTom", "NXP", "Besi", "Axelera AI", "Lightyear");
    private static final List<String> NAME_PARTS_A = List.of("Kestrel", "Nordlicht", "Veldhoven", "Blue Heron",
            "Polder", "Lumen", "Tideway", "Quanta", "Hollands", "Orbital", "Cedar", "Brightwater", "Vireo", "Delta");
    private static final List<String> NAME_PARTS_B = List.of("Labs", "Robotics", "Photonics", "Systems", "AI",
            "Capital", "Ventures", "Technologies", "Analytics", "Cloud", "Dynamics", "Semiconductors");
    static final List<String> INVESTORS = List.of("Sequoia Capital", "Andreessen Horowitz", "Lightspeed", "General Catalyst",
            "Index Ventures", "Accel", "Thrive Capital", "Tiger Global", "MGX", "Temasek", "Invest-NL",
            "Prime Ventures", "Peak", "Northzone", "Balderton", "the European Investment Bank");
    static final List<String> PEOPLE = List.of("Sam Altman", "Arthur Mensch", "Dario Amodei", "Masayoshi Son",
            "Jensen Huang", "Christophe Fouquet", "Pieter van der Does", "Zhang Yiming", "Liang Wenfeng",
            "Larry Ellison", "Satya Nadella", "Demis Hassabis", "Ilya Sutskever", "Mira Murati", "Lisa Su",
            "Sanne de Vries", "Pieter Bakker", "Hannah Kerr", "Tom Okafor", "Joost Verbeek", "Eva Jansen",
            "Marieke van Dijk", "Daan Visser", "Lotte Smit", "Ruben Mulder", "Priya Raman", "Lukas Weber",
            "Claire Dubois", "Wei Chen", "Sofia Rossi", "James Whitfield", "Amara Nwosu", "Kenji Watanabe");
    private static final List<String> FIRST = List.of("Anna", "Bram", "Charlotte", "David", "Emma", "Floris",
            "Grace", "Hugo", "Iris", "Jasper", "Karin", "Liam", "Maud", "Niels", "Olivia", "Oscar", "Rachel", "Stefan");
    private static final List<String> LAST = List.of("Hendriks", "de Boer", "Peters", "van Leeuwen", "Dekker",
            "Brouwer", "Holloway", "Fischer", "Moreau", "Lindqvist", "Okonkwo", "Tanaka", "Carter", "Vermeulen");
    static final List<String> CITIES = List.of("Amsterdam", "Rotterdam", "Eindhoven", "Utrecht", "Delft", "Paris",
            "London", "San Francisco", "Beijing", "Shenzhen", "Berlin", "Munich", "New York", "Veldhoven", "Hangzhou");
    private static final List<String> FIRMS = List.of("Gartner", "IDC", "Morgan Stanley", "Goldman Sachs",
            "ABN Amro", "Bernstein", "Forrester", "PitchBook", "Dealroom", "Canalys");
    private static final List<String> TOPICS_EN = List.of("AI agents", "chips", "data centres", "language models",
            "robotics", "cloud computing", "AI safety", "open-weight models", "inference", "payments");
    private static final List<String> TOPICS_NL = List.of("AI-agenten", "chips", "datacenters", "taalmodellen",
            "robotica", "clouddiensten", "AI-veiligheid", "open modellen", "inferentie", "betalingen");
    private static final List<String> DAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> DAYS_NL = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag");
    private static final List<String> MONTHS_EN = List.of("January", "March", "May", "July", "September", "November");
    private static final List<String> MONTHS_NL = List.of("januari", "maart", "mei", "juli", "september", "november");
    private static final List<String> ROUNDS = List.of("seed", "Series A", "Series B", "Series C", "growth");

    private static final List<String> SENTENCES_EN = List.of(
            "{C} said on {DAY} that it had raised {M} in a {ROUND} round led by {I}, valuing the company at {M}.",
            "{P}, the chief executive of {C}, told analysts in {CITY} that revenue rose {PCT} to {M} in {YEAR}.",
            "The deal, which still needs approval from regulators in Brussels, would give {C} a stake of {PCT} in {C2}.",
            "According to {P}, an analyst at {FIRM}, the market for {TOPIC} could be worth {M} by {YEAR}.",
            "{C2} declined to comment on the talks, but people familiar with the matter said a price of about {M} had been discussed.",
            "Investors including {I} and {I2} have put more than {M} into {C} since it was founded in {YEAR}.",
            "In {CITY}, {C} employs about {N} people, most of them engineers working on {TOPIC}.",
            "\"We are building for the next ten years, not the next quarter,\" {P} said in an interview.",
            "Shares of {C} fell {PCT} on {DAY} after the company cut its forecast for {YEAR}.",
            "{C} plans to spend {M} on data centres over the next {SMALL} years, {P} wrote in a letter to shareholders.",
            "The company trained its latest model on {N} GPUs, a cluster that cost roughly {M} to build.",
            "Smaller rivals such as {C} and {C2} are trying to compete on price rather than scale.",
            "{P} joined {C} from {C2} in {MONTH} {YEAR}, after {SMALL} years in charge of its {TOPIC} business.",
            "The European Commission is investigating whether the agreement between {C} and {C2} breaks competition rules.",
            "Revenue from {TOPIC} reached {M} in the first quarter, up from {M} a year earlier.",
            "The model has {SMALL}0 billion parameters and was trained on {SMALL} trillion tokens, the company said.",
            "{P} and {P2} met in {CITY} last week to discuss a joint venture worth {M}.",
            "Analysts at {FIRM} expect {C} to report an operating margin of {PCT} for {YEAR}.",
            "That is a long way from {YEAR}, when {C} was a team of {SMALL}0 researchers with a single office in {CITY}.",
            "{C} will pay {C2} {M} a year for access to its computing capacity, under a contract that runs until {YEAR}.",
            "Critics, among them {P} of the University of Amsterdam, say the valuation assumes growth that few companies ever reach.",
            "The funding comes on top of a {M} credit line arranged by {I} in {MONTH}.");
    private static final List<String> SENTENCES_NL = List.of(
            "{C} maakte {DAY} bekend dat het {M} heeft opgehaald in een {ROUND}-ronde onder leiding van {I}.",
            "{P}, topman van {C}, zei tegen analisten in {CITY} dat de omzet met {PCT} steeg tot {M} in {YEAR}.",
            "Volgens {P}, analist bij {FIRM}, kan de markt voor {TOPIC} in {YEAR} {M} waard zijn.",
            "Investeerders als {I} en {I2} hebben sinds de oprichting in {YEAR} meer dan {M} in {C} gestoken.",
            "{C2} wilde niet reageren op de gesprekken, maar ingewijden zeggen dat een prijs van ongeveer {M} op tafel lag.",
            "In {CITY} werken ongeveer {N} mensen voor {C}, de meesten van hen ingenieurs.",
            "\"We bouwen voor de komende tien jaar, niet voor het volgende kwartaal\", zei {P} in een interview.",
            "Het aandeel {C} daalde {DAY} met {PCT} nadat het bedrijf zijn prognose voor {YEAR} verlaagde.",
            "{C} wil de komende {SMALL} jaar {M} uitgeven aan datacenters, schreef {P} in een brief aan aandeelhouders.",
            "Kleinere concurrenten zoals {C} en {C2} proberen te concurreren op prijs in plaats van op schaal.",
            "{P} stapte in {MONTH} {YEAR} over van {C2} naar {C}, na {SMALL} jaar aan het hoofd van de tak voor {TOPIC}.",
            "De Europese Commissie onderzoekt of de overeenkomst tussen {C} en {C2} de mededingingsregels schendt.",
            "De omzet uit {TOPIC} kwam in het eerste kwartaal uit op {M}, tegen {M} een jaar eerder.",
            "Het model heeft {SMALL}0 miljard parameters en is getraind op {SMALL} biljoen tokens, aldus het bedrijf.",
            "{P} en {P2} spraken vorige week in {CITY} over een joint venture van {M}.",
            "Analisten van {FIRM} verwachten dat {C} over {YEAR} een bedrijfsmarge van {PCT} haalt.",
            "Dat is ver verwijderd van {YEAR}, toen {C} nog een team van {SMALL}0 onderzoekers was met één kantoor in {CITY}.",
            "{C} betaalt {C2} jaarlijks {M} voor rekenkracht, onder een contract dat tot {YEAR} loopt.",
            "Critici, onder wie {P} van de Universiteit van Amsterdam, vinden dat de waardering uitgaat van groei die weinig bedrijven halen.",
            "De financiering komt bovenop een kredietlijn van {M} die {I} in {MONTH} regelde.");
    private static final List<String> TITLES_EN = List.of("{C} Raises {M} as the Race for {TOPIC} Heats Up",
            "{P} Bets {M} on {TOPIC}", "Why {C} Is Paying {M} for a Slice of {C2}",
            "{C} and {C2} Sign a {M} Pact on {TOPIC}", "Inside {C}'s Plan to Spend {M} on {TOPIC}");
    private static final List<String> TITLES_NL = List.of("{C} haalt {M} op voor {TOPIC}",
            "{P} zet {M} in op {TOPIC}", "Waarom {C} {M} betaalt voor een belang in {C2}",
            "{C} en {C2} sluiten akkoord van {M} over {TOPIC}", "Zo wil {C} {M} uitgeven aan {TOPIC}");
    static final List<String> HEADINGS_EN = List.of("Technical Deep Dive", "Key Players", "Industry Impact", "Risks",
            "What Comes Next", "The Numbers", "Background", "Verdict");
    static final List<String> HEADINGS_NL = List.of("Achtergrond", "De spelers", "Gevolgen voor de sector",
            "Risico's", "Wat nu", "De cijfers", "Hoe het zover kwam", "Conclusie");

    private final Random random;

    NewsText(Random random) {
        this.random = random;
    }

    /** A paragraph of two to five sentences. */
    String paragraph(String language) {
        int n = 2 + random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(language));
        }
        return sb.toString();
    }

    String sentence(String language) {
        return fill(pick(nl(language) ? SENTENCES_NL : SENTENCES_EN), language);
    }

    String title(String language) {
        return fill(pick(nl(language) ? TITLES_NL : TITLES_EN), language);
    }

    String heading(String language) {
        return pick(nl(language) ? HEADINGS_NL : HEADINGS_EN);
    }

    /** A data table: header and rows of companies, amounts and shares, with a takeaway line for its caption. */
    record Table(List<String> header, List<List<String>> rows, String takeaway) {
    }

    Table table(String language) {
        boolean nl = nl(language);
        List<String> header = nl ? List.of("Bedrijf", "Ronde", "Bedrag", "Aandeel")
                : List.of("Company", "Round", "Amount", "Share");
        int n = 3 + random.nextInt(5);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(company(), pick(ROUNDS), money(language), percent(language)));
        }
        String takeaway = (nl ? "Data-inzicht: " : "Data Takeaway: ") + sentence(language);
        return new Table(header, rows, takeaway);
    }

    String fill(String template, String language) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(slot(template.substring(open + 1, close), language));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name, String language) {
        boolean nl = nl(language);
        return switch (name) {
            case "C", "C2" -> company();
            case "I", "I2" -> pick(INVESTORS);
            case "P", "P2" -> person();
            case "M" -> money(language);
            case "PCT" -> percent(language);
            case "CITY" -> pick(CITIES);
            case "FIRM" -> pick(FIRMS);
            case "TOPIC" -> pick(nl ? TOPICS_NL : TOPICS_EN);
            case "DAY" -> pick(nl ? DAYS_NL : DAYS_EN);
            case "MONTH" -> pick(nl ? MONTHS_NL : MONTHS_EN);
            case "ROUND" -> pick(ROUNDS);
            case "YEAR" -> Integer.toString(2015 + random.nextInt(16));
            case "N" -> Integer.toString(100 + random.nextInt(20_000));
            case "SMALL" -> Integer.toString(2 + random.nextInt(8));
            default -> throw new IllegalArgumentException("unknown slot " + name);
        };
    }

    /** A known company most of the time, otherwise an invented one ("Kestrel Robotics"). */
    String company() {
        return random.nextInt(4) == 0 ? pick(NAME_PARTS_A) + " " + pick(NAME_PARTS_B) : pick(COMPANIES);
    }

    String person() {
        return random.nextInt(3) == 0 ? pick(FIRST) + " " + pick(LAST) : pick(PEOPLE);
    }

    /** An amount written as the language writes it, in one of the shapes real archives use. */
    String money(String language) {
        double units = 1 + random.nextInt(999);
        String tenths = Integer.toString(1 + random.nextInt(9));
        boolean nl = nl(language);
        String sep = nl ? "," : ".";
        int whole = (int) units;
        return switch (random.nextInt(nl ? 9 : 10)) {
            case 0 -> "$" + (whole % 20 + 1) + sep + tenths + (nl ? " miljard" : " billion");
            case 1 -> "€" + whole + (nl ? " miljoen" : " million");
            case 2 -> nl ? whole + " miljoen euro" : "€" + whole + "M";
            case 3 -> nl ? "€ " + (whole % 9 + 1) + "." + String.format(Locale.ROOT, "%03d", whole) + "," + tenths + "0"
                    : "€ " + (whole % 9 + 1) + "," + String.format(Locale.ROOT, "%03d", whole) + "." + tenths + "0";
            case 4 -> nl ? "meer dan " + (whole % 50 + 1) + " miljard dollar" : "over $" + (whole % 50 + 1) + " billion";
            case 5 -> "US$ " + (whole % 30 + 1) + "bn";
            case 6 -> "$" + (whole % 15 + 1) + (nl ? " mld" : "B+");
            case 7 -> "€" + whole + (nl ? " mln" : "M");
            case 8 -> "$" + (whole % 5 + 1) + sep + tenths + "-" + (whole % 5 + 2) + (nl ? " miljard" : " billion");
            default -> "£" + whole + " million";
        };
    }

    String percent(String language) {
        int p = 1 + random.nextInt(60);
        return nl(language) ? p + "%" : p + " per cent";
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static boolean nl(String language) {
        return "nl".equals(language);
    }
}
