package dev.lede.extract.entity;

import dev.lede.model.Entity;
import dev.lede.model.Mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the names found in one article into entities: one per person, company or organisation, with a
 * canonical name, aliases, and every body mention with its offsets.
 *
 * <p>Merging rules: names with the same {@link NameKey} are one entity (case, diacritics, possessives);
 * a known name takes the gazetteer's canonical form; a surname or first name alone joins the one person
 * whose full name ends or starts with it; a short company name joins the one company whose name starts
 * ("Mistral" → "Mistral AI") or ends with it ("DeepMind" → "Google DeepMind"), unless the gazetteer
 * knows the short name as a company of its own ("Google" stays apart from "Google DeepMind"). A single-word person name
 * that is the surname of exactly one person in the gazetteer takes that full name ("Musk" → "Elon
 * Musk"), so that every article lists the person under the same name.
 */
final class EntityAssembler {
    /** Words that make "X Word" the same company as "X". */
    private static final Set<String> CORPORATE_WORDS = Set.of(
            "ai", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
            "labs", "lab", "group", "groep", "holding", "holdings", "technologies", "technology", "systems", "bv",
            "b v", "nv", "n v", "gmbh", "ag", "sa", "se", "ab", "as", "asa", "oy", "kk", "inc.", "international",
            "platforms", "global", "research", "software", "robotics", "capital", "ventures", "partners", "cloud",
            "analytics", "energy", "therapeutics", "bio", "biotech", "pharma", "pharmaceuticals", "networks",
            "semiconductor", "semiconductors", "motors", "industries", "solutions", "security", "health",
            "financial", "media", "studios", "games", "entertainment", "logistics", "mobility", "automation",
            "dynamics", "intelligence", "computing", "data", "digital", "management", "investments",
            "electronics", "communications", "telecom", "materials", "devices", "aerospace",
            "brands", "foods", "bank", "orbit", "space", "trading", "insurance", "grid");

    /** Laws, events and prizes named like organisations: "EU AI Act", "Web Summit", "Nobelprijs". */
    private static final java.util.regex.Pattern NOT_AN_ORGANISATION = java.util.regex.Pattern.compile(
            "\\s(?:Act|Wet|Law|Regulation|Directive|Richtlijn|Treaty|Verdrag|Accord|Index|Summit|Conference|Congres|"
                    + "Award|Prize|Prijs|Cup|Games|Expo|Festival|Week|Day|Dag)$");

    private final Gazetteer gazetteer;
    private final Map<String, Gazetteer.Entry> personBySurname;
    /** Every gazetteer entry's keys, computed once: merging compares them for every pair of clusters. */
    private final Map<Gazetteer.Entry, EntryKeys> entryKeys;

    EntityAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, Gazetteer.Entry> bySurname = new HashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if ("person".equals(e.kind())) {
                String key = NameKey.of(e.name());
                int space = key.lastIndexOf(' ');
                if (space > 0) {
                    String surname = key.substring(space + 1);
                    if (bySurname.putIfAbsent(surname, e) != null) {
                        ambiguous.add(surname);
                    }
                }
            }
        }
        ambiguous.forEach(bySurname::remove);
        this.personBySurname = Map.copyOf(bySurname);
        Map<Gazetteer.Entry, EntryKeys> keys = new HashMap<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            keys.put(e, EntryKeys.of(e));
        }
        this.entryKeys = Map.copyOf(keys);
    }

    /** One name occurrence: where it was, as written, and how it was typed; {@code words} in its key. */
    private record Found(String surface, String key, int words, String type, TaggedSentence.Origin origin,
                         Mention mention, int order) {
    }

    /** The keys of a gazetteer entry's forms (name first) and the words of its name's key. */
    private record EntryKeys(Set<String> keys, int words) {
        static EntryKeys of(Gazetteer.Entry e) {
            Set<String> keys = new LinkedHashSet<>();
            for (String form : Gazetteer.forms(e)) {
                keys.add(NameKey.of(form));
            }
            return new EntryKeys(Collections.unmodifiableSet(keys), wordCount(NameKey.of(e.name())));
        }
    }

    private static int wordCount(String key) {
        return key.split(" ").length;
    }

    private EntryKeys keysOf(Gazetteer.Entry e) {
        EntryKeys k = entryKeys.get(e);
        return k != null ? k : EntryKeys.of(e);
    }

    /** A group of occurrences that are one entity. */
    private static final class Cluster {
        final List<Found> found = new ArrayList<>();
        Gazetteer.Entry entry;
        EntryKeys entryKeys;
        Cluster mergedInto;

        void know(Gazetteer.Entry e, EntryKeys keys) {
            entry = e;
            entryKeys = keys;
        }

        Cluster root() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }

        int tokens() {
            int max = 0;
            for (Found f : found) {
                max = Math.max(max, f.words);
            }
            if (entry != null) {
                max = Math.max(max, entryKeys.words());
            }
            return max;
        }

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            if (entry != null) {
                keys.addAll(entryKeys.keys());
            }
            for (Found f : found) {
                keys.add(f.key);
            }
            return keys;
        }

        String type() {
            if (entry != null) {
                return entry.spanType();
            }
            int per = 0;
            int org = 0;
            int product = 0;
            for (Found f : found) {
                int weight = f.words; // full names say more than a surname alone
                switch (f.type) {
                    case NameSpan.PER -> per += weight;
                    case NameSpan.PRODUCT -> product += weight;
                    default -> org += weight;
                }
            }
            if (product > per && product > org) {
                return NameSpan.PRODUCT;
            }
            return per > org ? NameSpan.PER : NameSpan.ORG;
        }
    }

    EntityLists assemble(List<TaggedSentence> article, String body) {
        List<Found> all = collect(article, body);
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        for (Found f : all) {
            Gazetteer.Entry entry = gazetteer.lookupKey(f.key);
            String id = entry != null ? "g:" + entry.name() : "k:" + f.key;
            Cluster c = clusters.computeIfAbsent(id, k -> new Cluster());
            c.know(entry, entry == null ? null : keysOf(entry));
            c.found.add(f);
        }
        mergeShortForms(new ArrayList<>(clusters.values()), clusters);

        List<Entity> people = new ArrayList<>();
        List<Entity> companies = new ArrayList<>();
        List<Entity> organizations = new ArrayList<>();
        for (Cluster c : clusters.values()) {
            if (c.mergedInto != null) {
                continue;
            }
            String type = c.type();
            if (NameSpan.PRODUCT.equals(type) || c.entry == null && NOT_AN_ORGANISATION.matcher(canonicalSurface(c.found)).find()) {
                continue;
            }
            Entity e = entity(c, type);
            switch (e.kind()) {
                case "person" -> people.add(e);
                case "company" -> companies.add(e);
                default -> organizations.add(e);
            }
        }
        return new EntityLists(people, companies, organizations);
    }

    private static List<Found> collect(List<TaggedSentence> article, String body) {
        List<Found> all = new ArrayList<>();
        int order = 0;
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                if (!NameSpan.PER.equals(n.type()) && !NameSpan.ORG.equals(n.type())
                        && !NameSpan.PRODUCT.equals(n.type())) {
                    continue;
                }
                int end = n.end();
                while (end > n.start() + 1 && isPossessiveToken(s.word(end - 1))) {
                    end--;
                }
                int startOffset = s.beginOffset(n.start());
                int endOffset = s.endOffset(end - 1);
                String surface = s.words(n.start(), end);
                int possessive = NameKey.possessiveLength(s.word(end - 1));
                if (possessive > 0) {
                    endOffset -= possessive;
                    surface = surface.substring(0, surface.length() - possessive);
                }
                Mention mention = null;
                if (s.origin == TaggedSentence.Origin.BODY || s.origin == TaggedSentence.Origin.TABLE) {
                    surface = body.substring(startOffset, endOffset);
                    mention = new Mention(startOffset, endOffset, surface);
                }
                String key = NameKey.of(surface);
                if (!key.isEmpty()) {
                    all.add(new Found(surface.replaceAll("\\s+", " "), key, wordCount(key), n.type(), s.origin, mention, order++));
                }
            }
        }
        return all;
    }

    private static boolean isPossessiveToken(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    /** Joins short forms to the one longer name they stand for; ambiguous short forms stay on their own. */
    private void mergeShortForms(List<Cluster> all, Map<String, Cluster> clusters) {
        all.sort((a, b) -> Integer.compare(a.tokens(), b.tokens()));
        for (Cluster c : all) {
            if (c.entry != null) {
                continue;
            }
            Set<Cluster> targets = new LinkedHashSet<>();
            for (Cluster d : all) {
                Cluster root = d.root();
                if (root != c && d.tokens() > c.tokens() && standsFor(c, root)) {
                    targets.add(root);
                }
            }
            if (targets.size() == 1) {
                c.mergedInto = targets.iterator().next();
                c.mergedInto.found.addAll(c.found);
            } else if (targets.isEmpty() && NameSpan.PER.equals(c.type()) && c.tokens() == 1) {
                Gazetteer.Entry person = personBySurname.get(c.found.get(0).key);
                if (person != null) {
                    Cluster known = clusters.computeIfAbsent("g:" + person.name(), k -> new Cluster());
                    known.know(person, keysOf(person));
                    c.mergedInto = known;
                    known.found.addAll(c.found);
                }
            }
        }
    }

    /** Whether every name of {@code shorter} is a short form of a name of {@code longer}. */
    private static boolean standsFor(Cluster shorter, Cluster longer) {
        boolean person = NameSpan.PER.equals(longer.type());
        for (String s : shorter.keys()) {
            boolean any = false;
            for (String l : longer.keys()) {
                if (person ? isPartOfPersonName(s, l) : isShortCompanyName(s, l)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPartOfPersonName(String part, String full) {
        String[] p = part.split(" ");
        String[] f = full.split(" ");
        if (p.length >= f.length) {
            return false;
        }
        // surname ("Sutskever"), surname with particles ("van der Berg"), or first name ("Ilya")
        return endsWith(f, p) || p.length == 1 && f[0].equals(p[0]);
    }

    private static boolean isShortCompanyName(String part, String full) {
        String[] p = part.split(" ");
        String[] f = full.split(" ");
        if (p.length >= f.length) {
            return false;
        }
        // "Brightline" for "Brightline Insurance", "Mistral" for "Mistral AI": a name the gazetteer gives an
        // entry of its own ("Google" beside "Google Cloud") never gets here
        if (startsWith(f, p)) {
            return !CORPORATE_WORDS.contains(p[0]);
        }
        // "DeepMind" for "Google DeepMind": the distinctive end of the name, never a corporate word alone
        return endsWith(f, p) && !(p.length == 1 && CORPORATE_WORDS.contains(p[0]));
    }

    private static boolean startsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) {
            if (!full[i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(String[] full, String[] part) {
        int offset = full.length - part.length;
        for (int i = 0; i < part.length; i++) {
            if (!full[offset + i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static Entity entity(Cluster c, String type) {
        String canonical = c.entry != null ? c.entry.name() : canonicalSurface(c.found);
        String kind = c.entry != null ? c.entry.kind()
                : NameSpan.PER.equals(type) ? "person" : OrganizationKinds.of(canonical);
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        boolean inTitle = false;
        boolean inSummary = false;
        c.found.sort((a, b) -> Integer.compare(a.order, b.order));
        for (Found f : c.found) {
            if (!f.surface.equals(canonical)) {
                aliases.add(f.surface);
            }
            if (f.mention != null) {
                mentions.add(f.mention);
            }
            inTitle |= f.origin == TaggedSentence.Origin.TITLE;
            inSummary |= f.origin == TaggedSentence.Origin.SUMMARY;
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entity(canonical, kind, mentions.size(), List.copyOf(aliases), mentions, inTitle, inSummary);
    }

    /** The fullest form written; among equals the most frequent, preferring normal case over ALL CAPS. */
    private static String canonicalSurface(List<Found> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : found) {
            counts.merge(f.surface, 1, Integer::sum);
        }
        String best = null;
        for (String s : counts.keySet()) {
            if (best == null || better(s, best, counts)) {
                best = s;
            }
        }
        return best;
    }

    private static boolean better(String a, String b, Map<String, Integer> counts) {
        int ta = NameKey.of(a).split(" ").length;
        int tb = NameKey.of(b).split(" ").length;
        if (ta != tb) {
            return ta > tb;
        }
        boolean capsA = a.equals(a.toUpperCase(Locale.ROOT)) && a.length() > 4;
        boolean capsB = b.equals(b.toUpperCase(Locale.ROOT)) && b.length() > 4;
        if (capsA != capsB) {
            return capsB;
        }
        return counts.get(a) > counts.get(b);
    }
}
