package dev.lede.index;

import java.util.List;

/**
 * One entry of a "Further Reading" list, with why it is there.
 *
 * @param id              the article id
 * @param url             the article URL
 * @param title           the headline (plain text: escape it where you show it)
 * @param language        the edition language
 * @param publishedAt     ISO-8601 publication date(-time), or null
 * @param score           how related, 0 to 1 (the weighted sum of {@link RelatedScore}'s parts)
 * @param sharedCompanies companies both articles name (canonical names)
 * @param sharedPeople    people both articles name
 * @param sharedTerms     other things both say: money figures ("$6.6 billion"), names and words of the
 *                        text, as written in the source article, strongest first
 * @param alsoIn          ids of other editions of this entry folded into it: the same story in another
 *                        language (shared names and figures, published within days) or republished with
 *                        small changes (near-identical wording); best first. Look them up with
 *                        {@link ArticleIndex#get} for their language and title ("also in Dutch").
 */
public record RelatedArticle(String id, String url, String title, String language, String publishedAt, double score,
                             List<String> sharedCompanies, List<String> sharedPeople, List<String> sharedTerms,
                             List<String> alsoIn) {
    public RelatedArticle {
        sharedCompanies = List.copyOf(sharedCompanies);
        sharedPeople = List.copyOf(sharedPeople);
        sharedTerms = List.copyOf(sharedTerms);
        alsoIn = List.copyOf(alsoIn);
    }
}
