package dev.lede.extract.entity;

import dev.lede.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people, companies and organisations of an article with CoreNLP CRF models (English from
 * CoreNLP's models jar, Dutch trained for Lede) and the mechanisms a news domain needs on top: company
 * rules, a gazetteer, a product filter and article-level consistency (see {@link NerOptions}).
 *
 * <p>Each part of an article is tagged with the model of its language: the title and summary with the
 * edition's, each body section with its detected language ({@code ArticleAnalyzer} cuts sections where
 * the paragraph language changes: a Dutch-edition page often carries an English body, or quotes an English
 * paragraph). Headings are skipped; table rows are only looked up in the gazetteer and against names found in
 * the running text. Text in languages without a model (Chinese FAQ blocks) is not tagged.
 *
 * <p>Models load once per process, each on the first sentence of its language (an English-only archive
 * never loads the Dutch model); an instance is immutable and thread-safe.
 */
public final class NamedEntityExtractor implements EntityExtractor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NamedEntityExtractor.class);
    private final Map<String, SentenceTokenizer> tokenizers;
    private final List<NerStage> stages;
    private final EntityAssembler assembler;

    private NamedEntityExtractor(Map<String, SentenceTokenizer> tokenizers, List<NerStage> stages,
                                 EntityAssembler assembler) {
        this.tokenizers = Map.copyOf(tokenizers);
        this.stages = List.copyOf(stages);
        this.assembler = assembler;
    }

    /** The extractor Lede ships, with {@link NerOptions#defaults()}. */
    public static NamedEntityExtractor create() {
        return create(NerOptions.defaults());
    }

    public static NamedEntityExtractor create(NerOptions options) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Map<String, SentenceTokenizer> tokenizers = new LinkedHashMap<>();
        List<NerStage> stages = new ArrayList<>();
        tokenizers.put("en", new EnglishTokenizer());
        tokenizers.put("nl", new DutchTokenizer());
        // each language through its own model; a model loads on the first sentence of its language
        CrfStage english = new CrfStage("crf-en", "en", options.englishModels());
        CrfStage dutch = new CrfStage("crf-nl", "nl", List.of(options.dutchModel()));
        stages.add(english);
        stages.add(dutch);
        Map<String, CrfStage> byLanguage = Map.of(english.language(), english, dutch.language(), dutch);
        CommonWords lowercaseWords = language -> byLanguage.containsKey(language)
                ? byLanguage.get(language).knownLowercaseWords() : java.util.Set.of();
        if (options.document()) {
            stages.add(new ForeignNameStage(english));
            stages.add(new CommonWordsStage(lowercaseWords));
        }
        if (options.compounds()) {
            stages.add(new CompoundStage());
        }
        if (options.rules()) {
            stages.add(new CompanyRulesStage(lowercaseWords));
        }
        if (options.gazetteer()) {
            stages.add(new GazetteerStage(gazetteer));
        }
        if (options.products()) {
            stages.add(new ProductStage(gazetteer));
        }
        if (options.document()) {
            stages.add(new ConsistencyStage());
        }
        return new NamedEntityExtractor(tokenizers, stages,
                new EntityAssembler(options.gazetteer() ? gazetteer : new Gazetteer(List.of())));
    }

    /** The languages this extractor has a model for. */
    public java.util.Set<String> languages() {
        return tokenizers.keySet();
    }

    @Override
    public EntityLists extract(String title, String summary, String body, List<Section> sections, String language) {
        String edition = language == null || !tokenizers.containsKey(language) ? null : language;
        List<TaggedSentence> article = new ArrayList<>();
        if (edition != null) {
            add(article, title == null ? "" : title, 0, edition, TaggedSentence.Origin.TITLE);
            add(article, summary == null ? "" : summary, 0, edition, TaggedSentence.Origin.SUMMARY);
        }
        String text = body == null ? "" : body;
        for (TextLayout.Chunk chunk : TextLayout.chunks(text, sections, language)) {
            if (chunk.language() != null && tokenizers.containsKey(chunk.language())) {
                add(article, text.substring(chunk.start(), chunk.end()), chunk.start(), chunk.language(), chunk.origin());
            }
        }
        return recognise(article, text);
    }

    EntityLists recognise(List<TaggedSentence> article, String body) {
        for (NerStage stage : stages) {
            stage.apply(article);
            if (LOG.isTraceEnabled()) {
                LOG.trace("after {}: {}", stage.name(), describe(article));
            }
        }
        return assembler.assemble(article, body);
    }

    /** The names of each sentence, for tracing what each stage did. */
    private static String describe(List<TaggedSentence> article) {
        StringBuilder sb = new StringBuilder();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                sb.append('[').append(s.words(n.start(), n.end())).append('|').append(n.type()).append('|')
                        .append(n.source()).append("] ");
            }
            sb.append("/ ");
        }
        return sb.toString();
    }

    /**
     * Tags the pre-tokenised sentences of one article, as a CoNLL file gives them, with the same stages
     * as running text (for evaluation). Returns the names of each sentence; compound splitting must be
     * off, since it changes the tokens.
     */
    List<List<NameSpan>> tagTokens(List<List<String>> sentences, String language) {
        List<TaggedSentence> article = new ArrayList<>();
        int offset = 0;
        for (List<String> words : sentences) {
            List<edu.stanford.nlp.ling.CoreLabel> tokens = new ArrayList<>();
            for (String w : words) {
                edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
                t.setWord(w);
                t.setValue(w);
                t.setOriginalText(w);
                t.setBeginPosition(offset);
                t.setEndPosition(offset + w.length());
                offset += w.length() + 1;
                tokens.add(t);
            }
            article.add(new TaggedSentence(tokens, language, TaggedSentence.Origin.BODY));
        }
        for (NerStage stage : stages) {
            stage.apply(article);
        }
        List<List<NameSpan>> names = new ArrayList<>();
        for (TaggedSentence s : article) {
            names.add(List.copyOf(s.names()));
        }
        return names;
    }

    private void add(List<TaggedSentence> article, String text, int offset, String language,
                     TaggedSentence.Origin origin) {
        if (text.isBlank()) {
            return;
        }
        for (var tokens : tokenizers.get(language).sentences(text, offset)) {
            article.add(new TaggedSentence(tokens, language, origin));
        }
    }
}
