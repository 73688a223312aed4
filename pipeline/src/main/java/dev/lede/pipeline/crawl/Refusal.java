package dev.lede.pipeline.crawl;

/**
 * Why the crawler will not fetch a URL (robots.txt, scope, a private address, ...).
 *
 * @param reason the reason, as the run report counts it
 * @param detail one human-readable line for the log
 */
public record Refusal(FailureReason reason, String detail) {
}
