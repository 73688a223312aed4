package dev.lede.model;

import java.util.List;

/**
 * A person, company or other organisation mentioned in an article, with all its mentions merged.
 *
 * @param name      canonical name ("Ilya Sutskever", "Mistral AI")
 * @param kind      {@code person}, {@code company}, or for organisations {@code government},
 *                  {@code university}, {@code team}, {@code media}, {@code other}
 * @param count     number of mentions in the body
 * @param aliases   other surface forms seen ("Sutskever", "Mistral"), canonical name excluded
 * @param mentions  every mention in the body, in text order
 * @param inTitle   whether the title names it
 * @param inSummary whether the summary names it
 */
public record Entity(String name, String kind, int count, List<String> aliases, List<Mention> mentions,
                     boolean inTitle, boolean inSummary) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
