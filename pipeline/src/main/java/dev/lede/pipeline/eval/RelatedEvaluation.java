package dev.lede.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.index.MoreLikeThisBaseline;
import dev.lede.index.RelatedArticle;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.ingest.JsonLinesIngester;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures related-article lists against a labelled corpus: JSON-lines of ingest records, each with a
 * {@code story} label (articles of one story are relevant to each other) and, for the same piece in two
 * editions or languages or republished, an {@code edition} label.
 *
 * <p>The corpus goes through {@code lede ingest}'s path (the extractors, then the index); then every
 * article's list is scored by precision at 5 and 10 and reciprocal rank of the first relevant entry,
 * counting entries as a reader sees them (an entry with editions folded into it counts once). Plain
 * MoreLikeThis runs on the same index as the baseline.
 */
public final class RelatedEvaluation {
    /** List length scored. */
    public static final int DEPTH = 10;

    private RelatedEvaluation() {
    }

    /** One labelled article. */
    public record Label(String id, String story, String language, String edition) {
    }

    /**
     * The figures of one system.
     *
     * @param bilingualMissed sources of a bilingual story without the story's other language in their top 5
     * @param firstWrong      sources whose first entry is of another story
     */
    public record SystemScores(String system, double precisionAt5, double precisionAt10, double mrr,
                               int bilingualFound, int bilingualSources, List<String> bilingualMissed,
                               List<String> firstWrong) {
    }

    /**
     * The evaluation's result.
     *
     * @param articles        labelled articles
     * @param stories         distinct stories
     * @param systems         Lede first, then the baselines
     * @param editionPairs    times two editions of one piece both made a list
     * @param editionsFolded  ... and were one entry
     * @param storyFolds      articles folded into an entry of the same story but another piece
     * @param wrongFolds      articles folded into an entry of another story
     */
    public record Report(int articles, int stories, List<SystemScores> systems, int editionPairs, int editionsFolded,
                         int storyFolds, int wrongFolds) {
    }

    /** Reads the labels of a corpus file. */
    public static List<Label> labels(Path corpus) throws IOException {
        List<Label> labels = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node = LedeJson.mapper().readTree(text);
            if (!node.hasNonNull("id") || !node.hasNonNull("story")) {
                throw new IOException(corpus + ":" + line + ": a labelled article needs \"id\" and \"story\"");
            }
            labels.add(new Label(node.get("id").asText(), node.get("story").asText(),
                    node.hasNonNull("language") ? node.get("language").asText() : null,
                    node.hasNonNull("edition") ? node.get("edition").asText() : null));
        }
        return labels;
    }

    /** Ingests {@code corpus} into a new index in {@code indexDir} and scores Lede and the baselines on it. */
    public static Report run(Path corpus, ArticleAnalyzer analyzer, Path indexDir) throws IOException {
        List<Label> labels = labels(corpus);
        try (ArticleIndex index = ArticleIndex.open(indexDir)) {
            try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                JsonLinesIngester.Summary s = new JsonLinesIngester(analyzer, index, 1000).ingest(in, corpus.toString(), p -> { });
                if (s.failed() > 0) {
                    throw new IOException(s.failed() + " lines of " + corpus + " failed to ingest (see the log)");
                }
            }
            // the language Lede decided is what "the other language" means
            Map<String, String> language = new HashMap<>();
            for (Label l : labels) {
                language.put(l.id(), index.get(l.id()).orElseThrow().language());
            }
            return score(index, labels, language);
        }
    }

    private static Report score(ArticleIndex index, List<Label> labels, Map<String, String> language) throws IOException {
        Map<String, Label> byId = new LinkedHashMap<>();
        labels.forEach(l -> byId.put(l.id(), l));
        Accumulator lede = new Accumulator("lede related");
        Accumulator tuned = new Accumulator("MoreLikeThis, small-index settings");
        Accumulator defaults = new Accumulator("MoreLikeThis, Lucene defaults");
        MoreLikeThisBaseline tunedBaseline = new MoreLikeThisBaseline(index, MoreLikeThisBaseline.Settings.SMALL_INDEX);
        MoreLikeThisBaseline defaultBaseline = new MoreLikeThisBaseline(index, MoreLikeThisBaseline.Settings.LUCENE_DEFAULTS);
        int editionPairs = 0;
        int editionsFolded = 0;
        int storyFolds = 0;
        int wrongFolds = 0;
        for (Label source : labels) {
            List<RelatedArticle> list = index.related().related(source.id(), DEPTH);
            List<List<String>> entries = new ArrayList<>();
            for (RelatedArticle a : list) {
                List<String> ids = new ArrayList<>();
                ids.add(a.id());
                ids.addAll(a.alsoIn());
                entries.add(ids);
                Label home = byId.get(a.id());
                for (String folded : a.alsoIn()) {
                    Label f = byId.get(folded);
                    if (!f.story().equals(home.story())) {
                        wrongFolds++;
                    } else if (f.edition() == null || !f.edition().equals(home.edition())) {
                        storyFolds++;
                    }
                }
            }
            lede.add(source, entries, byId, language);
            tuned.add(source, singletons(tunedBaseline.related(source.id(), DEPTH)), byId, language);
            defaults.add(source, singletons(defaultBaseline.related(source.id(), DEPTH)), byId, language);

            // editions: when two editions of one piece (other than the source's) are both listed, are they one entry?
            Map<String, Set<Integer>> entriesPerEdition = new HashMap<>();
            Map<String, Integer> listedPerEdition = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                for (String id : entries.get(i)) {
                    String edition = byId.get(id).edition();
                    if (edition != null && !edition.equals(source.edition())) {
                        entriesPerEdition.computeIfAbsent(edition, e -> new HashSet<>()).add(i);
                        listedPerEdition.merge(edition, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<String, Integer> e : listedPerEdition.entrySet()) {
                if (e.getValue() >= 2) {
                    editionPairs++;
                    if (entriesPerEdition.get(e.getKey()).size() == 1) {
                        editionsFolded++;
                    }
                }
            }
        }
        return new Report(labels.size(), (int) labels.stream().map(Label::story).distinct().count(),
                List.of(lede.scores(), tuned.scores(), defaults.scores()), editionPairs, editionsFolded, storyFolds, wrongFolds);
    }

    private static List<List<String>> singletons(List<String> ids) {
        return ids.stream().map(List::of).toList();
    }

    /** Sums one system's per-article figures. */
    private static final class Accumulator {
        private final String system;
        private double p5;
        private double p10;
        private double rr;
        private int n;
        private int bilingualFound;
        private int bilingualSources;
        private final List<String> bilingualMissed = new ArrayList<>();
        private final List<String> firstWrong = new ArrayList<>();

        Accumulator(String system) {
            this.system = system;
        }

        /** {@code entries}: the list as shown, each entry its article ids (first the entry's own). */
        void add(Label source, List<List<String>> entries, Map<String, Label> byId, Map<String, String> language) {
            int hits5 = 0;
            int hits10 = 0;
            double reciprocal = 0;
            boolean otherLanguageInTop5 = false;
            for (int i = 0; i < Math.min(DEPTH, entries.size()); i++) {
                boolean relevant = byId.get(entries.get(i).get(0)).story().equals(source.story());
                if (relevant) {
                    hits10++;
                    if (i < 5) {
                        hits5++;
                    }
                    if (reciprocal == 0) {
                        reciprocal = 1.0 / (i + 1);
                    }
                }
                if (i < 5) {
                    for (String id : entries.get(i)) {
                        if (byId.get(id).story().equals(source.story())
                                && !language.get(id).equals(language.get(source.id()))) {
                            otherLanguageInTop5 = true;
                        }
                    }
                }
            }
            if (reciprocal < 1) {
                firstWrong.add(source.id());
            }
            p5 += hits5 / 5.0;
            p10 += hits10 / 10.0;
            rr += reciprocal;
            n++;
            boolean storyIsBilingual = byId.values().stream().anyMatch(l -> l.story().equals(source.story())
                    && !language.get(l.id()).equals(language.get(source.id())));
            if (storyIsBilingual) {
                bilingualSources++;
                if (otherLanguageInTop5) {
                    bilingualFound++;
                } else {
                    bilingualMissed.add(source.id());
                }
            }
        }

        SystemScores scores() {
            return new SystemScores(system, round(p5 / n), round(p10 / n), round(rr / n), bilingualFound, bilingualSources,
                    List.copyOf(bilingualMissed), List.copyOf(firstWrong));
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
