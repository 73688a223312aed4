package dev.lede.pipeline.crawl;

import java.util.Optional;

/** Fetches one URL; never throws for anything a remote site or a bad file can do. */
public interface PageFetcher {

    /**
     * Fetches {@code url}.
     *
     * @param url        the normalised URL
     * @param validators the ETag / Last-Modified of the copy Lede has, for a conditional request (may be null)
     * @param hopCheck   asked before each redirect hop is followed: a refusal ends the fetch there
     */
    FetchResult fetch(String url, Validators validators, HopCheck hopCheck);

    /** Decides whether a redirect target may be fetched. */
    @FunctionalInterface
    interface HopCheck {
        HopCheck ANY = url -> Optional.empty();

        Optional<Refusal> refusal(String url);
    }

    /**
     * The validators of a copy Lede already has.
     *
     * @param etag         the ETag it was served with, or null
     * @param lastModified the Last-Modified it was served with, or null
     */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }
}
