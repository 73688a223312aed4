package dev.lede.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of the index fields and how each is analysed.
 *
 * <p>Text is indexed per language ({@code title_en}, {@code body_nl}, ...), each with its language's
 * analyzer (stemming, stop words), so that term statistics of Dutch and English never mix: an English
 * word's rarity is measured among English text only. Text in any other language goes to the {@code _xx}
 * fields with a plain standard analyzer. What is the same in every language (companies, people, money,
 * numbers, names) is indexed as keywords, which is what lets related articles cross languages.
 */
public final class IndexFields {
    /** The article id: a keyword, stored. */
    public static final String ID = "id";
    /** {@code url} and {@code canonicalUrl}, as keywords. */
    public static final String URL = "url";
    /** The whole {@link dev.lede.model.Article} as JSON: binary doc values (see {@code ArticleRecords}). */
    public static final String RECORD = "record";
    /** The fingerprint of the JSON shape the record was written in: sorted doc values (see {@code RecordShape}). */
    public static final String RECORD_SHAPE = "record_shape";
    /** Where older indexes (before records became doc values) stored {@link #RECORD} (stored field); still read there. */
    public static final String JSON = "json";
    /** Where older indexes (before records became doc values) stored {@link #RECORD_SHAPE} (stored field); still read there. */
    public static final String JSON_SHAPE = "json_shape";
    /** The content hash (stored only), to tell an unchanged article on upsert. */
    public static final String CONTENT_HASH = "content_hash";
    /** Edition language, lower-case keyword and sorted doc values. */
    public static final String LANGUAGE = "language";
    /** Company keys (lower-cased canonical names): keyword terms. */
    public static final String COMPANY = "company";
    /** Person keys (lower-cased canonical names): keyword terms. */
    public static final String PERSON = "person";
    /** Topic keys (lower-cased tags): keyword terms. */
    public static final String TOPIC = "topic";
    /** Money keys ({@code USD:6600000000}): keyword terms. */
    public static final String MONEY_KEY = "money_key";
    /** Every money amount (and range end) as a double point, for "mentions an amount over X". */
    public static final String MONEY_AMOUNT = "money_amount";
    /** Normalised numbers of the text ("6.6", "2026"): keyword terms. */
    public static final String NUMBER = "number";
    /** Language-independent name tokens (capitalised words, acronyms, model names), whitespace-analysed. */
    public static final String ANCHORS = "anchors";
    /** Publication date as epoch day: an int point and numeric doc values. */
    public static final String PUBLISHED_DAY = "published_day";
    /** MinHash signature of the names and figures (binary doc values), for one piece in two languages. */
    public static final String STORY_HASH = "story_hash";
    /** Body length in characters (numeric doc values): translations have about the same length. */
    public static final String BODY_LENGTH = "body_length";
    /** MinHash signature of the body's word shingles (binary doc values), for near-duplicates. */
    public static final String MINHASH = "minhash";

    /** Facet dimensions, as the search results key them. */
    public static final String FACET_COMPANY = "company";
    public static final String FACET_PERSON = "person";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_MONTH = "month";

    /** Languages with their own analyzer; everything else is analysed as {@link #OTHER}. */
    public static final List<String> LANGUAGES = List.of("en", "nl");
    /** Suffix of the fields for text in any other language. */
    public static final String OTHER = "xx";

    static final String TITLE = "title_";
    static final String SUMMARY = "summary_";
    static final String BODY = "body_";

    private IndexFields() {
    }

    /** The analyzer key of an ISO 639-1 language: itself when Lede has its analyzer, else {@link #OTHER}. */
    public static String languageKey(String language) {
        if (language == null) {
            return OTHER;
        }
        String l = language.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(l) ? l : OTHER;
    }

    public static String title(String languageKey) {
        return TITLE + languageKey;
    }

    public static String summary(String languageKey) {
        return SUMMARY + languageKey;
    }

    public static String body(String languageKey) {
        return BODY + languageKey;
    }

    /** Every analysed text field, for every language key. */
    public static List<String> textFields() {
        List<String> fields = new java.util.ArrayList<>();
        for (String key : languageKeys()) {
            fields.add(title(key));
            fields.add(summary(key));
            fields.add(body(key));
        }
        return fields;
    }

    static List<String> languageKeys() {
        List<String> keys = new java.util.ArrayList<>(LANGUAGES);
        keys.add(OTHER);
        return keys;
    }

    /** The per-field analyzer: English and Dutch analysis for their fields, whitespace for anchors. */
    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer english = new EnglishAnalyzer();
        Analyzer dutch = new DutchAnalyzer();
        for (String key : languageKeys()) {
            Analyzer a = switch (key) {
                case "en" -> english;
                case "nl" -> dutch;
                default -> null;
            };
            if (a != null) {
                perField.put(title(key), a);
                perField.put(summary(key), a);
                perField.put(body(key), a);
            }
        }
        perField.put(ANCHORS, new WhitespaceAnalyzer());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** The facet configuration: companies and people are multi-valued, language and month are not. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_COMPANY, true);
        config.setMultiValued(FACET_PERSON, true);
        return config;
    }
}
