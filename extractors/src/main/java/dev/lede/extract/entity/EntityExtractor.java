package dev.lede.extract.entity;

import dev.lede.model.Section;

import java.util.List;

/**
 * Finds the people, companies and organisations of an article and merges the mentions of each.
 * Implementations load their models once and are thread-safe.
 */
public interface EntityExtractor {

    /**
     * @param title    the headline (entities found there are flagged {@code inTitle})
     * @param summary  the summary (entities found there are flagged {@code inSummary})
     * @param body     the body; mention offsets refer to it
     * @param sections the body's sections with their detected languages, so each is tagged with the right model
     * @param language the page's edition language
     */
    EntityLists extract(String title, String summary, String body, List<Section> sections, String language);
}
