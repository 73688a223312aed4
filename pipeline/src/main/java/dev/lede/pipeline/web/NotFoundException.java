package dev.lede.pipeline.web;

/** Something a request names that does not exist (an article id); answered with 404 and this message. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
