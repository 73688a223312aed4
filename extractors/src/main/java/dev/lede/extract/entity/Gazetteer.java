package dev.lede.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Known names with their canonical form and kind, read from a tab-separated resource
 * ({@code gazetteer.tsv}: canonical name, kind, aliases separated by {@code |}). The kinds are
 * {@code person}, {@code company}, {@code government}, {@code university}, {@code team}, {@code media},
 * {@code other} (organisations), {@code product} (names that must never become people or companies) and
 * {@code term} (generic terms written in capitals, "AI", "API", that are no name at all).
 *
 * <p>Lookups go through {@link NameKey}, so case, diacritics and possessives do not matter; the tagging
 * stage checks the case of the text itself. Immutable and thread-safe.
 */
public final class Gazetteer {
    /** The gazetteer shipped with Lede. */
    public static final String DEFAULT_RESOURCE = "/dev/lede/extract/entity/gazetteer.tsv";
    static final Set<String> KINDS = Set.of("person", "company", "government", "university", "team", "media",
            "other", "product", "term");

    /**
     * One known name.
     *
     * @param name    canonical name, as every article will list it
     * @param kind    one of {@link #KINDS}
     * @param aliases other names of the same entity
     */
    public record Entry(String name, String kind, List<String> aliases) {
        public Entry {
            Objects.requireNonNull(name);
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown kind '" + kind + "' for " + name);
            }
            aliases = List.copyOf(aliases);
        }

        /** The {@link NameSpan} type names of this kind get. */
        String spanType() {
            return switch (kind) {
                case "person" -> NameSpan.PER;
                case "product" -> NameSpan.PRODUCT;
                case "term" -> NameSpan.TERM;
                default -> NameSpan.ORG;
            };
        }
    }

    private final Map<String, Entry> byKey;
    private final java.util.Set<String> firstWords;
    private final List<Entry> entries;
    private final int maxTokens;

    Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> keys = new HashMap<>();
        int max = 1;
        for (Entry e : entries) {
            for (String form : forms(e)) {
                String key = NameKey.of(form);
                if (!key.isEmpty()) {
                    keys.putIfAbsent(key, e);
                    max = Math.max(max, key.split(" ").length);
                }
            }
        }
        this.byKey = Map.copyOf(keys);
        java.util.Set<String> first = new java.util.HashSet<>();
        for (String key : keys.keySet()) {
            int space = key.indexOf(' ');
            first.add(space < 0 ? key : key.substring(0, space));
        }
        this.firstWords = java.util.Set.copyOf(first);
        this.maxTokens = max + 2; // punctuation ("B.V.", "&") may add tokens that the key drops
    }

    static List<String> forms(Entry e) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        return forms;
    }

    /** The shipped gazetteer. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + DEFAULT_RESOURCE);
            }
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV format; {@code #} starts a comment line. A malformed line is an error naming the line. */
    public static Gazetteer read(InputStream in, String source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank()) {
                throw new IOException(source + ":" + number + ": expected 'name<TAB>kind[<TAB>aliases]'");
            }
            List<String> aliases = new ArrayList<>();
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            try {
                entries.add(new Entry(cols[0].strip(), cols[1].strip(), aliases));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return new Gazetteer(entries);
    }

    /** The entry whose name or alias has this key ({@link NameKey#of}), or null. */
    public Entry lookup(String name) {
        return byKey.get(NameKey.of(name));
    }

    /** Whether some known name starts with this word key: most words start none, which saves the lookups. */
    boolean startsSomeName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    Entry lookupKey(String key) {
        return byKey.get(key);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The longest span, in tokens, that a lookup can match. */
    int maxTokens() {
        return maxTokens;
    }
}
