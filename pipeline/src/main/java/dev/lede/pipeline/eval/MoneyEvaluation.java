package dev.lede.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.model.LedeJson;
import dev.lede.model.MoneyAmount;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores the money extractor on a labelled set: JSON-lines files of sentences, each with its language and
 * the amounts a reader finds in it ({@code samples/eval/money/*.jsonl}).
 *
 * <p>A found amount matches a labelled one when their spans overlap (one to one, in text order).
 * Precision and recall count matches; exact-amount accuracy counts matches whose amount, currency and
 * range ends are all equal, among all matches. Qualifier and unit-rate agreement are reported too.
 */
public final class MoneyEvaluation {
    private final MoneyExtractor extractor = new MoneyExtractor();

    /** One labelled amount. */
    public record Gold(String text, int start, int end, BigDecimal amount, String currency, String qualifier,
                       BigDecimal low, BigDecimal high, String per) {
    }

    /** One labelled sentence. */
    public record Item(String file, String id, String language, String text, List<Gold> money) {
    }

    /** A disagreement, for the error list. */
    public record Error(String id, String kind, String text, String detail) {
    }

    /** Counts for one group of items (all, or one file). */
    public static final class Score {
        int gold;
        int found;
        int matched;
        int exact;
        int qualifier;
        int per;
        int text;

        public int gold() {
            return gold;
        }

        public int found() {
            return found;
        }

        public int matched() {
            return matched;
        }

        public double precision() {
            return found == 0 ? 1.0 : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactAmount() {
            return matched == 0 ? 1.0 : (double) exact / matched;
        }

        public double qualifierAgreement() {
            return matched == 0 ? 1.0 : (double) qualifier / matched;
        }

        public double perAgreement() {
            return matched == 0 ? 1.0 : (double) per / matched;
        }

        /** Matches whose text is the labelled text exactly ("EUR 1,2 mld." with its period, a range with "van"). */
        public double textAgreement() {
            return matched == 0 ? 1.0 : (double) text / matched;
        }
    }

    /** The figures of one run. */
    public record Report(int sentences, Score all, Map<String, Score> byFile, List<Error> errors) {
    }

    /** Reads every {@code *.jsonl} file of {@code dir}. */
    public static List<Item> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no labelled money set at " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        List<Item> items = new ArrayList<>();
        for (Path file : files) {
            int lineNo = 0;
            for (String line : Files.readAllLines(file)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = LedeJson.mapper().readTree(line);
                String text = n.get("text").asText();
                List<Gold> gold = new ArrayList<>();
                int from = 0;
                for (JsonNode m : n.get("money")) {
                    String t = m.get("text").asText();
                    int at = text.indexOf(t, from);
                    if (at < 0) {
                        throw new IOException(file + ":" + lineNo + ": \"" + t + "\" is not in the text (in order)");
                    }
                    from = at + t.length();
                    gold.add(new Gold(t, at, at + t.length(), decimal(m.get("amount")), m.get("currency").asText(),
                            string(m.get("qualifier")), decimal(m.get("low")), decimal(m.get("high")), string(m.get("per"))));
                }
                items.add(new Item(file.getFileName().toString(), n.get("id").asText(), n.get("lang").asText(), text, gold));
            }
        }
        return items;
    }

    /** Runs the extractor on every item and scores it. */
    public Report evaluate(List<Item> items) {
        Score all = new Score();
        Map<String, Score> byFile = new LinkedHashMap<>();
        List<Error> errors = new ArrayList<>();
        for (Item item : items) {
            Score file = byFile.computeIfAbsent(item.file(), f -> new Score());
            List<MoneyAmount> found = extractor.extract(item.text(), item.language());
            boolean[] used = new boolean[found.size()];
            for (Score s : List.of(all, file)) {
                s.gold += item.money().size();
                s.found += found.size();
            }
            for (Gold g : item.money()) {
                int match = -1;
                for (int i = 0; i < found.size() && match < 0; i++) {
                    MoneyAmount f = found.get(i);
                    if (!used[i] && f.start() < g.end() && g.start() < f.end()) {
                        match = i;
                    }
                }
                if (match < 0) {
                    errors.add(new Error(item.id(), "missed", g.text(), item.text()));
                    continue;
                }
                used[match] = true;
                MoneyAmount f = found.get(match);
                boolean exact = same(f.amount(), g.amount()) && Objects.equals(f.currency(), g.currency())
                        && same(f.low(), g.low()) && same(f.high(), g.high());
                boolean qualifier = Objects.equals(f.qualifier(), g.qualifier());
                boolean per = Objects.equals(f.per(), g.per());
                boolean text = f.text().equals(g.text());
                for (Score s : List.of(all, file)) {
                    s.matched++;
                    s.exact += exact ? 1 : 0;
                    s.qualifier += qualifier ? 1 : 0;
                    s.per += per ? 1 : 0;
                    s.text += text ? 1 : 0;
                }
                if (!exact) {
                    errors.add(new Error(item.id(), "wrong amount", g.text(), "expected " + show(g.amount(), g.currency(),
                            g.low(), g.high()) + ", got " + show(f.amount(), f.currency(), f.low(), f.high())));
                }
                if (!qualifier) {
                    errors.add(new Error(item.id(), "qualifier", g.text(), "expected " + g.qualifier() + ", got " + f.qualifier()));
                }
                if (!per) {
                    errors.add(new Error(item.id(), "per", g.text(), "expected " + g.per() + ", got " + f.per()));
                }
                if (!text) {
                    errors.add(new Error(item.id(), "text", g.text(), "got \"" + f.text() + "\""));
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    errors.add(new Error(item.id(), "spurious", found.get(i).text(), item.text()));
                }
            }
        }
        return new Report(items.size(), all, byFile, errors);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String show(BigDecimal amount, String currency, BigDecimal low, BigDecimal high) {
        String s = (amount == null ? "null" : amount.toPlainString()) + " " + currency;
        return low == null ? s : s + " [" + low.toPlainString() + ".." + (high == null ? "?" : high.toPlainString()) + "]";
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    private static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
