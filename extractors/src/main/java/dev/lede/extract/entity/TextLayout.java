package dev.lede.extract.entity;

import dev.lede.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article body into the stretches a sequence model should read: running text, table rows
 * (looked up in the gazetteer but never tagged by the CRF) and headings (skipped: "Key Players & Case
 * Studies" is a heading in Title Case, not a company). Each stretch keeps its offset in the body and the
 * language of its section.
 */
final class TextLayout {
    /** A stretch of the body: {@code [start, end)}, its language and what kind of text it is. */
    record Chunk(int start, int end, String language, TaggedSentence.Origin origin) {
    }

    // a run-in label at the start of a paragraph: "Data Takeaway:", "Verdict:", "Wat te volgen:"
    private static final Pattern RUN_IN_LABEL = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ &][\\p{L}'’&-]+){0,3}):\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’)]\\s*$");

    private TextLayout() {
    }

    /**
     * @param body     the body
     * @param sections the body's sections with their detected languages (may be empty)
     * @param fallback language for sections whose language is unknown
     */
    static List<Chunk> chunks(String body, List<Section> sections, String fallback) {
        List<Section> parts = sections;
        if (parts == null || parts.isEmpty()) {
            parts = List.of(new Section("", fallback, body, 0, body.length()));
        }
        Set<String> headings = new java.util.HashSet<>();
        for (Section s : parts) {
            if (s.heading() != null && !s.heading().isBlank()) {
                headings.add(s.heading().strip());
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (Section s : parts) {
            int start = Math.max(0, Math.min(s.start(), body.length()));
            int end = Math.max(start, Math.min(s.end(), body.length()));
            String language = s.language() == null ? fallback : s.language();
            lines(body, start, end, language, headings, chunks);
        }
        return chunks;
    }

    /** Splits a section into lines; consecutive prose lines of one paragraph form one chunk. */
    private static void lines(String body, int from, int to, String language, Set<String> headings, List<Chunk> out) {
        int proseStart = -1;
        int proseEnd = -1;
        int i = from;
        while (i < to) {
            int nl = body.indexOf('\n', i);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            String line = body.substring(i, lineEnd);
            boolean blank = line.isBlank();
            boolean table = !blank && isTableLine(line);
            boolean heading = !blank && !table && isHeading(line, headings);
            if (blank || table || heading) {
                if (proseStart >= 0) {
                    out.add(prose(body, proseStart, proseEnd, language));
                    proseStart = -1;
                }
                if (table) {
                    out.add(new Chunk(i, lineEnd, language, TaggedSentence.Origin.TABLE));
                }
            } else {
                if (proseStart < 0) {
                    proseStart = i;
                }
                proseEnd = lineEnd;
            }
            i = lineEnd + 1;
        }
        if (proseStart >= 0) {
            out.add(prose(body, proseStart, proseEnd, language));
        }
    }

    private static Chunk prose(String body, int start, int end, String language) {
        Matcher label = RUN_IN_LABEL.matcher(body.substring(start, end));
        if (label.find() && label.group(1).split(" ").length <= 4) {
            start += label.end();
        }
        return new Chunk(start, end, language, TaggedSentence.Origin.BODY);
    }

    /** Markdown pipe rows and delimiter rows, and " | "-separated rows of text tables. */
    static boolean isTableLine(String line) {
        String t = line.strip();
        if (t.startsWith("|") || t.endsWith("|") && t.indexOf('|') < t.length() - 1) {
            return true;
        }
        int bars = 0;
        for (int k = t.indexOf(" | "); k >= 0; k = t.indexOf(" | ", k + 3)) {
            bars++;
        }
        return bars >= 1 && t.matches("^[-:| ]+$") || bars >= 2;
    }

    /**
     * A heading: a section heading of the page, or a short line without sentence punctuation whose
     * words are mostly capitalised ("Key Players & Case Studies", "Risks, Limitations & Open Questions").
     */
    static boolean isHeading(String line, Set<String> headings) {
        String t = line.strip();
        if (headings.contains(t)) {
            return true;
        }
        if (t.length() > 90 || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 10) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                content++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        // a short line with no sentence end: a heading if Title Case, or if it has very few words
        return content > 0 && capitalised * 10 >= content * 7 || words.length <= 3;
    }
}
