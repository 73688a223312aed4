package dev.lede.pipeline.cli;

import dev.lede.index.ArticleIndex;
import dev.lede.index.FacetCount;
import dev.lede.index.SearchHit;
import dev.lede.index.SearchQuery;
import dev.lede.index.SearchResults;
import dev.lede.model.LedeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lede search}: full-text search of the index, with filters and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index: every word must match (in Dutch or English analysis), best first.",
                "Syntax: \"a phrase\", -word to exclude, a | b for either, prefix*. With no query and a filter,",
                "lists the filtered articles newest first.",
                "Example: lede search \"ASML fabriek\" --from 2026-05 --company ASML"})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "What to look for (may be empty with filters).")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (1-100, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging.")
    int offset;

    @Option(names = "--company", paramLabel = "NAME", description = "Only articles naming this company (repeatable: all of them).")
    List<String> companies = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Only articles naming this person (repeatable: all of them).")
    List<String> people = new ArrayList<>();

    @Option(names = {"--lang", "--language"}, paramLabel = "LANG", description = "Only this edition language (en, nl, ...).")
    String language;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-MM-dd, or yyyy-MM for the month's first day).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-MM-dd, or yyyy-MM for the month's last day).")
    String to;

    @Option(names = "--min-amount", paramLabel = "X", description = "Only articles mentioning a money amount of at least X (any currency).")
    BigDecimal minAmount;

    @Option(names = "--json", description = "Print the results as one JSON object: total, hits, facets.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchQuery q;
        try {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1");
            }
            q = new SearchQuery(query, companies, people, language, from, to, minAmount, limit, offset);
        } catch (IllegalArgumentException e) {
            System.err.println("lede search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ArticleIndex index = IndexReading.open(data.config().indexDir())) {
            if (index == null) {
                return ExitCodes.USAGE;
            }
            SearchResults results;
            try {
                results = index.search().search(q);
            } catch (IllegalArgumentException e) {
                System.err.println("lede search: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            PrintStream out = IndexReading.stdout();
            if (json) {
                out.println(LedeJson.mapper().writeValueAsString(results));
            } else {
                print(out, q, results);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void print(PrintStream out, SearchQuery q, SearchResults r) {
        boolean ansi = IndexReading.ansi();
        String what = q.text().isBlank() ? "" : " for \"" + q.text() + "\"";
        if (r.hits().isEmpty()) {
            out.println(r.total() + " results" + what + (r.total() > 0 ? " (none on this page)" : ""));
            return;
        }
        out.printf("%d results%s (showing %d-%d)%n%n", r.total(), what, q.offset() + 1, q.offset() + r.hits().size());
        int n = q.offset();
        for (SearchHit h : r.hits()) {
            out.printf("%d. %s  [%s%s]%n", ++n, h.title(), h.language(), h.publishedAt() == null ? "" : ", " + h.publishedAt());
            out.println("   " + h.url() + "  (id " + h.id() + ")");
            out.println("   " + IndexReading.terminalText(h.snippet(), ansi));
            List<String> facts = new ArrayList<>();
            if (!h.companies().isEmpty()) {
                facts.add("companies: " + String.join(", ", h.companies()));
            }
            if (!h.people().isEmpty()) {
                facts.add("people: " + String.join(", ", h.people()));
            }
            if (!facts.isEmpty()) {
                out.println("   " + String.join("; ", facts));
            }
            out.println();
        }
        for (Map.Entry<String, List<FacetCount>> facet : r.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.println(facet.getKey() + ": " + String.join(", ",
                        facet.getValue().stream().map(c -> c.value() + " (" + c.count() + ")").toList()));
            }
        }
    }
}
