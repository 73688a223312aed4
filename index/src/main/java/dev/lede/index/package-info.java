/**
 * Lede's Lucene store of article records: {@link dev.lede.index.ArticleIndex} writes articles (updated in
 * place by id), {@link dev.lede.index.ArticleSearch} answers full-text queries with facets and highlighted
 * snippets, and {@link dev.lede.index.RelatedArticles} builds "Further Reading" lists across languages.
 *
 * <p>This package knows nothing of HTTP or the command line; it takes and returns the shared
 * {@link dev.lede.model.Article} record and small value types of its own.
 */
package dev.lede.index;
