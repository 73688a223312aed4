package dev.lede.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The words of the Dutch lexicon gazette the Dutch CRF was trained with ({@code dutch-lexicon.txt.gz}, from
 * the OpenTaal word list): ordinary Dutch words (capitalised) and the names the list itself holds. Kept as
 * sorted 64-bit hashes, some 3 MB instead of the 40 MB a set of 390,000 strings takes; a false match needs
 * a 64-bit hash collision.
 */
final class DutchLexicon {
    private static final String RESOURCE = "dev/lede/extract/entity/dutch-lexicon.txt.gz";
    private static volatile DutchLexicon shared;
    private final long[] hashes;

    private DutchLexicon(long[] hashes) {
        this.hashes = hashes;
    }

    /** The lexicon, read from the classpath on first use (once per process). */
    static DutchLexicon get() {
        DutchLexicon l = shared;
        if (l == null) {
            synchronized (DutchLexicon.class) {
                if (shared == null) {
                    shared = read();
                }
                l = shared;
            }
        }
        return l;
    }

    /** Whether the lexicon holds {@code word} as written (gazette entries are capitalised: "Vroege", "Philips"). */
    boolean contains(String word) {
        return Arrays.binarySearch(hashes, hash(word)) >= 0;
    }

    private static DutchLexicon read() {
        InputStream in = DutchLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Dutch lexicon not on the classpath: " + RESOURCE);
        }
        long[] hashes = new long[400_000];
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    if (n == hashes.length) {
                        hashes = Arrays.copyOf(hashes, n * 2);
                    }
                    hashes[n++] = hash(line.substring(space + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        return new DutchLexicon(sorted);
    }

    /** 64-bit FNV-1a over the UTF-16 code units. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
