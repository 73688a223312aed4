package dev.lede.extract.entity;

/**
 * A name found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive) and its type.
 *
 * @param start  first token index in the sentence
 * @param end    token index after the last token
 * @param type   {@link #PER}, {@link #ORG}, {@link #LOC}, {@link #MISC}, {@link #PRODUCT} or {@link #TERM}
 * @param source which mechanism found it ("crf", "rule", "gazetteer", "document"), for evaluation and debugging
 */
public record NameSpan(int start, int end, String type, String source) {
    public static final String PER = "PER";
    public static final String ORG = "ORG";
    public static final String LOC = "LOC";
    public static final String MISC = "MISC";
    /** A product or model name (Claude, GPT-4): never a person, never listed. */
    public static final String PRODUCT = "PRODUCT";
    /** A generic term written in capitals ("AI", "API"): no name at all. */
    public static final String TERM = "TERM";

    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(NameSpan other) {
        return start < other.end && other.start < end;
    }

    public NameSpan withType(String newType, String newSource) {
        return new NameSpan(start, end, newType, newSource);
    }
}
