package dev.lede.extract.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a company from the other organisations a business story names, for names the gazetteer does
 * not know: by the words organisations of each kind carry in their names, in English and Dutch.
 * What matches none of them is a company: in business and technology news, most named organisations are.
 */
final class OrganizationKinds {
    private static final Pattern GOVERNMENT = words(
            "ministry", "ministerie", "department", "departement", "commission", "commissie", "agency", "agentschap",
            "authority", "autoriteit", "government", "regering", "overheid", "kabinet", "parliament", "parlement",
            "senate", "senaat", "congress", "council", "raad", "court", "rechtbank", "hof", "tribunal", "police",
            "politie", "municipality", "gemeente", "provincie", "state council", "bureau", "administration",
            "inspectie", "inspectorate", "toezichthouder", "regulator", "central bank", "centrale bank",
            "federal", "national security", "army", "leger", "navy", "defensie", "belastingdienst", "kamer");
    private static final Pattern UNIVERSITY = words(
            "university", "universiteit", "université", "universität", "college", "hogeschool", "school",
            "institute of technology", "polytechnic", "academy", "academie", "faculty", "faculteit");
    private static final Pattern TEAM = words(
            "fc", "f.c.", "united", "city fc", "racing", "club", "sporting", "olympique", "ajax", "psv", "feyenoord");
    private static final Pattern MEDIA = words(
            "times", "news", "post", "journal", "tribune", "gazette", "herald", "krant", "dagblad", "courant",
            "magazine", "tv", "radio", "broadcasting", "omroep", "press", "pers", "telegraaf");
    // one-word media brands: "NeuralPost", "TechNews", "HuffPost"
    private static final Pattern MEDIA_BRAND = Pattern.compile("\\p{Ll}(?:Post|News|Times|Daily|Wire|Journal|Herald|Tribune)$");
    private static final Pattern OTHER = words(
            "foundation", "stichting", "association", "vereniging", "union", "vakbond", "federation", "federatie",
            "party", "partij", "institute", "instituut", "society", "genootschap", "charity", "ngo", "church",
            "kerk", "alliance", "coalition", "consortium", "committee", "comité", "forum", "museum", "hospital",
            "ziekenhuis", "laboratory");

    private OrganizationKinds() {
    }

    /** {@code company}, {@code government}, {@code university}, {@code team}, {@code media} or {@code other}. */
    static String of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (UNIVERSITY.matcher(n).find()) {
            return "university";
        }
        if (GOVERNMENT.matcher(n).find()) {
            return "government";
        }
        if (TEAM.matcher(n).find()) {
            return "team";
        }
        if (MEDIA.matcher(n).find() || MEDIA_BRAND.matcher(name).find()) {
            return "media";
        }
        if (OTHER.matcher(n).find()) {
            return "other";
        }
        return "company";
    }

    private static Pattern words(String... words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", java.util.Arrays.stream(words)
                .map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    }
}
