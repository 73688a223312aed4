package dev.lede.pipeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs an extractor over a labelled set and scores it: WCXB word F1, the benchmark's shingle
 * precision/recall/F1, title accuracy, publishedAt accuracy where the truth states a date, and an author
 * check (clean names; agreement with the labelled author).
 */
public final class ExtractionEvaluation {

    /** One page's scores. */
    public record PageScore(String id, String url, ExtractionMetrics.Prf words, ExtractionMetrics.ShingleCounts shingles,
                            boolean sameTokens, String truthTitle, String title, String truthDate, String publishedAt,
                            String truthAuthor, List<String> authors, List<String> authorProblems, String error,
                            PageExtractor.Prediction prediction) {
        boolean dateStated() {
            return truthDate != null && !truthDate.isBlank();
        }

        boolean dateRight() {
            return dateStated() && publishedAt != null && publishedAt.startsWith(truthDate.strip());
        }

        boolean titleNormalizedMatch() {
            return ExtractionMetrics.normTitle(truthTitle).equals(ExtractionMetrics.normTitle(title));
        }

        boolean hasTitle() {
            return truthTitle != null && !truthTitle.isBlank();
        }

        /** Whether the labelled author's first name-and-surname is among the predicted authors. */
        boolean authorFound() {
            if (truthAuthor == null || truthAuthor.isBlank()) {
                return false;
            }
            String want = ExtractionMetrics.normTitle(truthAuthor.split(",| and |&")[0]);
            for (String a : authors) {
                String got = ExtractionMetrics.normTitle(a);
                if (!got.isEmpty() && (got.equals(want) || want.contains(got) || got.contains(want))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The scores of one extractor over the set. */
    public record Report(String extractor, List<PageScore> pages, double seconds) {
        public int size() {
            return pages.size();
        }

        public double wordF1() {
            return pages.stream().mapToDouble(p -> p.words().f1()).average().orElse(0);
        }

        public double wordPrecision() {
            return pages.stream().mapToDouble(p -> p.words().precision()).average().orElse(0);
        }

        public double wordRecall() {
            return pages.stream().mapToDouble(p -> p.words().recall()).average().orElse(0);
        }

        public ExtractionMetrics.Prf shingles() {
            return ExtractionMetrics.aggregate(pages.stream().map(PageScore::shingles).toList());
        }

        public double accuracy() {
            return pages.stream().filter(PageScore::sameTokens).count() / (double) Math.max(1, pages.size());
        }

        public int titlePages() {
            return (int) pages.stream().filter(PageScore::hasTitle).count();
        }

        public double titleExact() {
            return pages.stream().filter(PageScore::hasTitle)
                    .filter(p -> p.title().strip().equals(p.truthTitle().strip())).count() / (double) Math.max(1, titlePages());
        }

        public double titleNormalized() {
            return pages.stream().filter(PageScore::hasTitle).filter(PageScore::titleNormalizedMatch).count()
                    / (double) Math.max(1, titlePages());
        }

        public double titleTokenF1() {
            return pages.stream().filter(PageScore::hasTitle)
                    .mapToDouble(p -> ExtractionMetrics.titleTokenF1(p.truthTitle(), p.title())).average().orElse(0);
        }

        public int datePages() {
            return (int) pages.stream().filter(PageScore::dateStated).count();
        }

        public double dateAccuracy() {
            return pages.stream().filter(PageScore::dateRight).count() / (double) Math.max(1, datePages());
        }

        public int authorPages() {
            return (int) pages.stream().filter(p -> p.truthAuthor() != null && !p.truthAuthor().isBlank()).count();
        }

        public double authorFound() {
            return pages.stream().filter(PageScore::authorFound).count() / (double) Math.max(1, authorPages());
        }

        public List<PageScore> authorProblems() {
            return pages.stream().filter(p -> !p.authorProblems().isEmpty()).toList();
        }

        public int errors() {
            return (int) pages.stream().filter(p -> p.error() != null).count();
        }

        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : pages.size() / seconds;
        }

        /** The pages with the lowest word F1. */
        public List<PageScore> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble((PageScore p) -> p.words().f1())
                    .thenComparing(PageScore::id)).limit(n).toList();
        }
    }

    private ExtractionEvaluation() {
    }

    /** Runs {@code extractor} over every page with {@code threads} workers; {@code progress} hears each page id. */
    public static Report run(LabelledPages set, List<LabelledPages.Truth> truths, PageExtractor extractor, int threads,
                             Consumer<String> progress) throws InterruptedException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<PageScore>> futures = new ArrayList<>();
            for (LabelledPages.Truth t : truths) {
                futures.add(pool.submit(() -> {
                    PageScore s = score(t, set.html(t.id()), extractor);
                    progress.accept(t.id());
                    return s;
                }));
            }
            List<PageScore> scores = new ArrayList<>();
            for (Future<PageScore> f : futures) {
                try {
                    scores.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
                }
            }
            return new Report(extractor.name(), scores, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static PageScore score(LabelledPages.Truth t, String html, PageExtractor extractor) {
        PageExtractor.Prediction p;
        String error = null;
        try {
            p = extractor.extract(html, t.url());
        } catch (RuntimeException | StackOverflowError e) {
            p = new PageExtractor.Prediction("", "", null, List.of());
            error = e.toString();
        }
        String truthBody = t.body() == null ? "" : t.body();
        List<String> problems = new ArrayList<>();
        for (String a : p.authors()) {
            String why = AuthorSanity.problem(a);
            if (why != null) {
                problems.add(a + ": " + why);
            }
        }
        return new PageScore(t.id(), t.url(), ExtractionMetrics.wordF1(p.body(), truthBody),
                ExtractionMetrics.shingles(truthBody, p.body()), ExtractionMetrics.sameTokens(truthBody, p.body()),
                t.title(), p.title(), t.publishDate(), p.publishedAt(), t.author(), p.authors(), problems, error, p);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
