package dev.lede.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name inside a hyphenated compound: Dutch writes "ByteDance-oprichter", "ASML-topman",
 * "Nvidia-chips", English "OpenAI-backed". The compound token is split into name, hyphen and rest, so
 * that the name can be tagged and counted on its own. When the rest is a role ("-oprichter",
 * "-topman", "-backed"), the name is a company; otherwise it keeps the type the CRF gave the compound
 * (if it gave a person or company) and later stages (gazetteer, rules, consistency) decide.
 */
final class CompoundStage implements NerStage {
    private static final Pattern COMPOUND = Pattern.compile("((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\p{N}.&]*)-(\\p{Ll}{2,}[\\p{L}-]*)");
    private static final Pattern ROLE = Pattern.compile(
            "(?:top|mede)?(?:man|vrouw|oprichter|oprichtster|baas|ceo|directeur|bestuurder|topbestuurder|voorzitter|"
                    + "woordvoerder|woordvoerster|aandeelhouder|aandeelhouders|werknemers|medewerkers|personeel|"
                    + "backed|owned|funded|founder|chief|boss|executive|employees|investor|investors|shareholders)");

    /** Word prefixes that are no names: "Co-founder", "Ex-topman", "Anti-Amerikaanse". */
    private static final Pattern PREFIXES = Pattern.compile("(?i)co|ex|anti|non|pre|post|vice|mid|self|semi|multi|"
            + "oud|super|mega|pro|e|re|de|neo|pseudo|quasi|ultra|half|all|over");

    @Override
    public String name() {
        return "compounds";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        for (TaggedSentence s : article) {
            for (int i = 0; i < s.size(); i++) {
                Matcher m = COMPOUND.matcher(s.word(i));
                if (!m.matches() || PREFIXES.matcher(m.group(1)).matches()) {
                    continue;
                }
                NameSpan covering = s.splitToken(i, m.end(1));
                String type = null;
                if (ROLE.matcher(m.group(2)).matches()) {
                    type = NameSpan.ORG;
                } else if (covering != null && covering.length() == 1
                        && (NameSpan.ORG.equals(covering.type()) || NameSpan.PER.equals(covering.type()))) {
                    type = covering.type();
                }
                if (covering != null && covering.start() < i) {
                    // a name of several tokens ending in the compound ("Jan De Vries-topman" is rare; "Hugging Face-oprichter")
                    s.put(new NameSpan(covering.start(), i + 1, covering.type(), covering.source()));
                } else if (covering != null && covering.end() > i + 1) {
                    // the CRF took the compound into the name after it: "Nvidia-topman Jensen Huang"
                    s.put(new NameSpan(i + 3, covering.end() + 2, covering.type(), covering.source()));
                }
                if (type != null && s.isFree(i, i + 1)) {
                    s.put(new NameSpan(i, i + 1, type, name()));
                }
                i += 2;
            }
        }
    }
}
