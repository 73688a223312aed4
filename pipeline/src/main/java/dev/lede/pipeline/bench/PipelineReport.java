package dev.lede.pipeline.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code lede bench pipeline} run, written as JSON so that runs on different commits
 * can be compared field by field. Times in seconds, sizes in bytes, rates per second.
 *
 * @param benchmark   always {@code "pipeline"}
 * @param startedAt   when the run started
 * @param environment the machine and JVM, with the load average other processes put on it
 * @param corpus      what was measured on
 * @param startup     process start to the first article indexed
 * @param phases      every timed run: extraction without NER, NER alone, end to end; per thread count and round
 * @param ratios      end-to-end throughput over NER-only throughput, per thread count (best rounds)
 * @param scaling     throughput with the most threads over throughput with one, per kind of run
 * @param stages      where an end-to-end run (one thread) spends its time
 * @param memory      heap of the end-to-end runs
 * @param index       the index an end-to-end run wrote
 * @param export      JSON-lines export of that index: article records ({@code lede export})
 * @param factExport  and facts, one line each ({@code lede export --facts})
 * @param targets     the targets of issue 8, measured
 */
public record PipelineReport(String benchmark, Instant startedAt, Environment environment, Corpus corpus,
                             Startup startup, List<Phase> phases, List<Ratio> ratios, Map<String, Double> scaling,
                             List<Stage> stages, Memory memory, IndexFigures index, ExportFigures export,
                             ExportFigures factExport, List<Target> targets) {

    /**
     * @param cores            available processors
     * @param java             Java version
     * @param jvmArguments     the JVM's flags (-Xmx...)
     * @param maxHeapBytes     the heap limit
     * @param loadAverageStart one-minute load average before the run (other processes on the machine)
     * @param loadAverageEnd   and after it
     */
    public record Environment(int cores, String java, List<String> jvmArguments, long maxHeapBytes,
                              double loadAverageStart, double loadAverageEnd) {
    }

    /**
     * @param articles                articles in the corpus
     * @param words                   words of the extracted bodies
     * @param minWords                shortest body in words
     * @param maxWords                longest body
     * @param htmlBytes               size of the pages
     * @param bodyLanguages           articles per dominant body language
     * @param dutchEditionEnglishBody Dutch-edition pages over an English body
     * @param tables                  tables found
     * @param moneyAmounts            money amounts found
     * @param seed                    the generator's seed
     * @param generateSeconds         time to generate the corpus (not part of any figure)
     */
    public record Corpus(int articles, long words, int minWords, int maxWords, long htmlBytes,
                         Map<String, Integer> bodyLanguages, int dutchEditionEnglishBody, int tables,
                         int moneyAmounts, long seed, double generateSeconds) {
    }

    /**
     * @param toFirstArticleSeconds JVM start to the first article extracted and committed to an index
     * @param modelLoadSeconds      of which loading the models (CRFs, gazetteer, language detector)
     * @param liveHeapAfterLoadBytes heap in use after a full collection with the models loaded
     */
    public record Startup(double toFirstArticleSeconds, double modelLoadSeconds, long liveHeapAfterLoadBytes) {
    }

    /**
     * One timed run over the whole corpus.
     *
     * @param kind                   {@code without-ner}, {@code ner-only} or {@code end-to-end}
     * @param threads                worker threads
     * @param round                  which repetition (1-based)
     * @param articles               articles done
     * @param failed                 articles that failed
     * @param seconds                wall-clock time
     * @param articlesPerSecond      articles over wall-clock time
     * @param wordsPerSecond         body words over wall-clock time
     * @param articlesPerCpuSecond   articles over the CPU time of the whole process (GC and JIT included):
     *                               throughput per core, not distorted by other processes' load
     * @param allocatedBytesPerArticle heap allocated by every thread of the process, per article
     * @param loadAverage            one-minute load average at the end of the run
     * @param jitSeconds             time the JIT compilers spent compiling during the run (part of the process
     *                               CPU time): a large figure means the code was not yet warm
     * @param workerCpuSeconds       CPU time of the work itself: each worker thread while it runs an article,
     *                               plus the common fork-join pool, to which Lingua hands part of each detection.
     *                               Leaves out the JIT compilers, the garbage collector, the index writer and
     *                               Lucene's merges
     * @param articlesPerWorkerCpuSecond articles over {@code workerCpuSeconds}: the cost per core of the
     *                               parallel part, not inflated by the JIT compiling during a short run
     */
    public record Phase(String kind, int threads, int round, int articles, int failed, double seconds,
                        double articlesPerSecond, double wordsPerSecond, double articlesPerCpuSecond,
                        long allocatedBytesPerArticle, double loadAverage, double jitSeconds,
                        double workerCpuSeconds, double articlesPerWorkerCpuSecond) {
    }

    /**
     * End-to-end throughput over NER-only throughput with {@code threads} workers (best round of each): over
     * wall-clock time, over process CPU time, and over worker CPU time (see {@link Phase#workerCpuSeconds}).
     */
    public record Ratio(int threads, double wallClock, double perCpuSecond, double perWorkerCpuSecond) {
    }

    /** One stage's time per article and its share of the time of all stages. */
    public record Stage(String stage, double msPerArticle, double share) {
    }

    /**
     * @param maxHeapBytes  the heap limit (-Xmx)
     * @param peakUsedBytes peak heap in use (sum of the pools' peaks: an upper bound)
     * @param peakLiveBytes peak heap still in use after a collection
     * @param gcShare       share of wall-clock time in garbage collection
     */
    public record Memory(long maxHeapBytes, long peakUsedBytes, long peakLiveBytes, double gcShare) {
    }

    public record IndexFigures(int articles, long bytes, long bytesPer1000Articles, int commits) {
    }

    /** One export pass, the median of several: records written, bytes of the file, seconds. */
    public record ExportFigures(int records, long bytes, double seconds, double recordsPerSecond) {
    }

    /** A target of issue 8 and whether this run meets it. */
    public record Target(String name, String target, double measured, boolean holds) {
    }
}
