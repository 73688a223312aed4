package dev.lede.index;

/**
 * The parts of a related article's score, each 0 to 1, for {@code lede related --explain}.
 *
 * @param text      MoreLikeThis over title, summary and body in the source's languages, relative to the
 *                  source's own score (1: says everything the source says); 0 across languages
 * @param anchors   shared name-like tokens (names, places, products), relative to the source's own score;
 *                  works across languages
 * @param entities  share of the source's companies and people (weighted by rarity) the article names too
 * @param money     share of the source's money figures (weighted by rarity) the article has too
 * @param numbers   share of the source's other numbers (weighted by rarity) the article has too
 * @param topics    share of the source's topics (weighted by rarity) the article has too
 * @param recency   closeness in publication date, 1 on the same day, halving every
 *                  {@value RelatedArticles#RECENCY_HALF_LIFE_DAYS} days (0.5 when a date is unknown)
 * @param relevance the weighted sum of the parts before recency
 * @param total     relevance scaled by recency: the score the list is ordered by
 */
public record RelatedScore(double text, double anchors, double entities, double money, double numbers,
                           double topics, double recency, double relevance, double total) {
}
