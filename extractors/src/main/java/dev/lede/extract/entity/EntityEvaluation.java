package dev.lede.extract.entity;

import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.Section;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures entity recognition against labelled data: exact-span precision, recall and F1 per type on
 * CoNLL-format files (as conlleval counts them), and entity-list precision and recall per article on
 * Lede's own domain set ({@link LabelledArticle}).
 */
public final class EntityEvaluation {

    /** True positives, false positives and false negatives of one measurement. */
    public record Counts(int tp, int fp, int fn) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Span scores of a CoNLL file or of the domain set's body mentions.
     *
     * @param byType counts per type (PER, ORG, LOC, MISC as present)
     * @param tokens tokens tagged
     * @param nanos  CPU time spent tagging (not reading), of the tagging thread
     * @param errors on a CoNLL file, one line per PER or ORG error (type, boundary, missed, extra), for reading;
     *               empty on the domain set, whose errors are listed per entity
     */
    public record SpanScores(Map<String, Counts> byType, long tokens, long nanos, List<String> errors) {
        public Counts type(String type) {
            return byType.getOrDefault(type, Counts.ZERO);
        }

        public Counts perOrg() {
            return type(NameSpan.PER).plus(type(NameSpan.ORG));
        }

        /** Tokens per CPU-second of tagging. */
        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }
    }

    /**
     * Entity-list scores on the domain set.
     *
     * @param people         listed people against marked people, per article, summed
     * @param companies      listed companies against marked companies
     * @param organizations  listed other organisations against marked ones (kind not compared)
     * @param kindsRight     matched organisations whose kind is right
     * @param canonicalRight matched entities listed under exactly the marked canonical name
     * @param matched        matched entities (people, companies, organisations)
     * @param productsListed marked products that were listed as a person, company or organisation
     * @param spans          exact-span scores of body mentions (PER; ORG = companies and organisations)
     * @param macroPrecision people and companies: precision averaged over articles
     * @param macroRecall    people and companies: recall averaged over articles
     * @param errors         one line per wrong or missed entity, for reading
     */
    public record ListScores(Counts people, Counts companies, Counts organizations, int kindsRight,
                             int canonicalRight, int matched, int productsListed, SpanScores spans,
                             double macroPrecision, double macroRecall, List<String> errors) {
        public Counts peopleAndCompanies() {
            return people.plus(companies);
        }
    }

    private EntityEvaluation() {
    }

    /**
     * CPU time of this thread: on a machine shared with other work, wall-clock speed says more about the
     * neighbours than about the tagger.
     */
    private static long cpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Tags a CoNLL file (one token a line, tag in the last column, blank line between sentences,
     * {@code -DOCSTART-} between articles) and scores the spans.
     */
    public static SpanScores conll(NamedEntityExtractor extractor, Path file, String language) throws IOException {
        List<List<List<String[]>>> documents = readConll(file);
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        long tokens = 0;
        long nanos = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<List<String[]>> doc = documents.get(d);
            List<List<String>> words = new ArrayList<>();
            for (List<String[]> sentence : doc) {
                List<String> w = new ArrayList<>();
                for (String[] row : sentence) {
                    w.add(row[0]);
                }
                words.add(w);
                tokens += w.size();
            }
            long t0 = cpuNanos();
            List<List<NameSpan>> predicted = extractor.tagTokens(words, language);
            nanos += cpuNanos() - t0;
            for (int s = 0; s < doc.size(); s++) {
                Set<String> gold = goldSpans(doc.get(s));
                Set<String> guess = new HashSet<>();
                List<NameSpan> kept = new ArrayList<>();
                for (NameSpan n : predicted.get(s)) {
                    if (!NameSpan.PRODUCT.equals(n.type()) && !NameSpan.TERM.equals(n.type())) {
                        guess.add(n.start() + ":" + n.end() + ":" + n.type());
                        kept.add(n);
                    }
                }
                score(gold, guess, counts);
                spanErrors("doc " + (d + 1) + " sentence " + (s + 1), words.get(s), gold, kept, errors);
            }
        }
        return new SpanScores(counts, tokens, nanos, List.copyOf(errors));
    }

    /**
     * The PER and ORG errors of one sentence, each in one line: a type confusion (the right words, another type),
     * a boundary error (overlapping words, or the same words cut differently), a missed name or an extra one,
     * with the mechanism that tagged it. Each line starts with its category, so that {@code sort | uniq -c}
     * on the first words counts them.
     */
    private static void spanErrors(String where, List<String> words, Set<String> gold, List<NameSpan> guessed,
                                   List<String> errors) {
        List<NameSpan> goldSpans = new ArrayList<>();
        for (String g : gold) {
            String[] f = g.split(":");
            goldSpans.add(new NameSpan(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], "gold"));
        }
        goldSpans.sort(java.util.Comparator.comparingInt(NameSpan::start));
        for (NameSpan g : goldSpans) {
            if (guessed.stream().anyMatch(p -> same(p, g) && p.type().equals(g.type()))) {
                continue;
            }
            NameSpan sameWords = guessed.stream().filter(p -> same(p, g)).findFirst().orElse(null);
            NameSpan overlap = guessed.stream().filter(p -> p.overlaps(g)).findFirst().orElse(null);
            if (!isPerOrg(g) && (overlap == null || !isPerOrg(overlap))) {
                continue;
            }
            String text = String.join(" ", words.subList(g.start(), g.end()));
            if (sameWords != null) {
                errors.add("type " + g.type() + " as " + sameWords.type() + "  " + text + "  (" + sameWords.source() + ", " + where + ")");
            } else if (overlap != null) {
                errors.add("boundary " + g.type() + " [" + text + "] as " + overlap.type() + " ["
                        + String.join(" ", words.subList(overlap.start(), overlap.end())) + "]  (" + overlap.source() + ", " + where + ")");
            } else {
                errors.add("missed " + g.type() + "  " + text + "  (" + where + ")");
            }
        }
        for (NameSpan p : guessed) {
            if (isPerOrg(p) && goldSpans.stream().noneMatch(p::overlaps)) {
                errors.add("extra " + p.type() + "  " + String.join(" ", words.subList(p.start(), p.end()))
                        + "  (" + p.source() + ", " + where + ")");
            }
        }
    }

    private static boolean same(NameSpan a, NameSpan b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    private static boolean isPerOrg(NameSpan n) {
        return NameSpan.PER.equals(n.type()) || NameSpan.ORG.equals(n.type());
    }

    private static void score(Set<String> gold, Set<String> guess, Map<String, Counts> counts) {
        for (String g : gold) {
            String type = g.substring(g.lastIndexOf(':') + 1);
            counts.merge(type, guess.contains(g) ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
        }
        for (String p : guess) {
            if (!gold.contains(p)) {
                counts.merge(p.substring(p.lastIndexOf(':') + 1), new Counts(0, 1, 0), Counts::plus);
            }
        }
    }

    /** IOB1 or IOB2 tags to "start:end:TYPE" spans. */
    private static Set<String> goldSpans(List<String[]> sentence) {
        Set<String> spans = new HashSet<>();
        String open = null;
        int start = 0;
        for (int i = 0; i <= sentence.size(); i++) {
            String tag = i < sentence.size() ? sentence.get(i)[sentence.get(i).length - 1] : "O";
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begin = tag.startsWith("B-");
            if (open != null && (type == null || !type.equals(open) || begin)) {
                spans.add(start + ":" + i + ":" + open);
                open = null;
            }
            if (type != null && open == null) {
                open = type;
                start = i;
            }
        }
        return spans;
    }

    static List<List<List<String[]>>> readConll(Path file) throws IOException {
        List<List<List<String[]>>> docs = new ArrayList<>();
        List<List<String[]>> doc = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("-DOCSTART-")) {
                    if (!sentence.isEmpty()) {
                        doc.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    if (!doc.isEmpty()) {
                        docs.add(doc);
                        doc = new ArrayList<>();
                    }
                } else if (line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        doc.add(sentence);
                        sentence = new ArrayList<>();
                    }
                } else {
                    String[] cols = line.strip().split("\\s+");
                    if (cols.length < 2) {
                        throw new IOException(file + ": expected 'token ... tag', got '" + line + "'");
                    }
                    sentence.add(cols);
                }
            }
        }
        if (!sentence.isEmpty()) {
            doc.add(sentence);
        }
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return docs;
    }

    /** Runs the extractor over each labelled article and compares entity lists and body mention spans. */
    public static ListScores domain(NamedEntityExtractor extractor, List<LabelledArticle> set) {
        Counts people = Counts.ZERO;
        Counts companies = Counts.ZERO;
        Counts organizations = Counts.ZERO;
        int kindsRight = 0;
        int canonicalRight = 0;
        int matchedTotal = 0;
        int productsListed = 0;
        Map<String, Counts> spanCounts = new LinkedHashMap<>();
        long words = 0;
        long nanos = 0;
        double macroP = 0;
        double macroR = 0;
        List<String> errors = new ArrayList<>();
        // a small set is over before the JIT compiler is done: one untimed pass first, so speed means something
        for (LabelledArticle a : set) {
            extractor.extract(a.title(), a.summary(), a.body(),
                    List.of(new Section("", a.bodyLanguage(), a.body(), 0, a.body().length())), a.language());
        }
        for (LabelledArticle a : set) {
            List<Section> sections = List.of(new Section("", a.bodyLanguage(), a.body(), 0, a.body().length()));
            long t0 = cpuNanos();
            EntityLists found = extractor.extract(a.title(), a.summary(), a.body(), sections, a.language());
            nanos += cpuNanos() - t0;
            words += (a.title() + " " + a.summary() + " " + a.body()).split("\\s+").length;

            Map<String, List<GoldEntity>> gold = goldEntities(a);
            Match pm = match("person", gold.get("person"), found.people(), a, errors);
            Match cm = match("company", gold.get("company"), found.companies(), a, errors);
            Match om = match("organisation", gold.get("organisation"), found.organizations(), a, errors);
            people = people.plus(pm.counts);
            companies = companies.plus(cm.counts);
            organizations = organizations.plus(om.counts);
            kindsRight += om.kindsRight;
            canonicalRight += pm.canonicalRight + cm.canonicalRight + om.canonicalRight;
            matchedTotal += pm.counts.tp() + cm.counts.tp() + om.counts.tp();
            Counts article = pm.counts.plus(cm.counts);
            macroP += article.tp() + article.fp() == 0 ? 1 : article.precision();
            macroR += article.tp() + article.fn() == 0 ? 1 : article.recall();

            Set<String> productKeys = new HashSet<>();
            for (LabelledArticle.GoldName g : a.names()) {
                if ("product".equals(g.kind())) {
                    productKeys.add(NameKey.of(g.text()));
                }
            }
            for (List<Entity> list : List.of(found.people(), found.companies(), found.organizations())) {
                for (Entity e : list) {
                    if (productKeys.contains(NameKey.of(e.name()))) {
                        productsListed++;
                        errors.add(a.id() + "  product listed as " + e.kind() + ": " + e.name());
                    }
                }
            }
            score(goldBodySpans(a), predictedBodySpans(found), spanCounts);
        }
        int n = Math.max(1, set.size());
        return new ListScores(people, companies, organizations, kindsRight, canonicalRight, matchedTotal,
                productsListed, new SpanScores(spanCounts, words, nanos, List.of()), macroP / n, macroR / n, errors);
    }

    private record GoldEntity(String canonical, String kind, Set<String> keys) {
    }

    private record Match(Counts counts, int kindsRight, int canonicalRight) {
    }

    private static Map<String, List<GoldEntity>> goldEntities(LabelledArticle a) {
        Map<String, Map<String, GoldEntity>> byClass = new LinkedHashMap<>();
        for (String c : List.of("person", "company", "organisation")) {
            byClass.put(c, new LinkedHashMap<>());
        }
        for (LabelledArticle.GoldName g : a.names()) {
            if ("product".equals(g.kind())) {
                continue;
            }
            String cls = g.kind().equals("person") || g.kind().equals("company") ? g.kind() : "organisation";
            GoldEntity e = byClass.get(cls).computeIfAbsent(NameKey.of(g.canonical()),
                    k -> new GoldEntity(g.canonical(), g.kind(), new HashSet<>(Set.of(k))));
            e.keys().add(NameKey.of(g.text()));
        }
        Map<String, List<GoldEntity>> out = new LinkedHashMap<>();
        byClass.forEach((c, m) -> out.put(c, new ArrayList<>(m.values())));
        return out;
    }

    private static Match match(String cls, List<GoldEntity> gold, List<Entity> predicted, LabelledArticle a,
                               List<String> errors) {
        List<GoldEntity> open = new ArrayList<>(gold);
        int tp = 0;
        int fp = 0;
        int kinds = 0;
        int canonical = 0;
        for (Entity e : predicted) {
            Set<String> keys = new HashSet<>();
            keys.add(NameKey.of(e.name()));
            e.aliases().forEach(x -> keys.add(NameKey.of(x)));
            GoldEntity hit = null;
            for (GoldEntity g : open) {
                if (g.keys().contains(NameKey.of(e.name())) || keys.contains(NameKey.of(g.canonical()))) {
                    hit = g;
                    break;
                }
            }
            if (hit == null) {
                fp++;
                errors.add(a.id() + "  extra " + cls + ": " + e.name() + (e.aliases().isEmpty() ? "" : " " + e.aliases()));
            } else {
                open.remove(hit);
                tp++;
                if (hit.kind().equals(e.kind())) {
                    kinds++;
                }
                if (hit.canonical().equals(e.name())) {
                    canonical++;
                } else {
                    errors.add(a.id() + "  " + cls + " named '" + e.name() + "', marked '" + hit.canonical() + "'");
                }
            }
        }
        for (GoldEntity g : open) {
            errors.add(a.id() + "  missed " + cls + ": " + g.canonical());
        }
        return new Match(new Counts(tp, fp, open.size()), kinds, canonical);
    }

    private static Set<String> goldBodySpans(LabelledArticle a) {
        Set<String> spans = new HashSet<>();
        for (LabelledArticle.GoldName g : a.names()) {
            if (g.part() == LabelledArticle.Part.BODY && g.spanType() != null) {
                spans.add(g.start() + ":" + g.end() + ":" + g.spanType());
            }
        }
        return spans;
    }

    private static Set<String> predictedBodySpans(EntityLists found) {
        Set<String> spans = new HashSet<>();
        for (Entity e : found.people()) {
            for (Mention m : e.mentions()) {
                spans.add(m.start() + ":" + m.end() + ":" + NameSpan.PER);
            }
        }
        for (List<Entity> list : List.of(found.companies(), found.organizations())) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) {
                    spans.add(m.start() + ":" + m.end() + ":" + NameSpan.ORG);
                }
            }
        }
        return spans;
    }
}
