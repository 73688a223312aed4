package dev.lede.index;

/** What {@link ArticleIndex#upsert} did with an article, decided by its id and content hash. */
public enum UpsertResult {
    /** The id was not in the index: the article was added. */
    NEW,
    /** The id was there with another content hash: the document was replaced. */
    UPDATED,
    /** The id was there with the same content hash: nothing was written. */
    UNCHANGED
}
