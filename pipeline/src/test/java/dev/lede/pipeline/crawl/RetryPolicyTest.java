package dev.lede.pipeline.crawl;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(1), policy.backoffInRun(1));
        assertEquals(Duration.ofSeconds(2), policy.backoffInRun(2));
        assertEquals(Duration.ofSeconds(4), policy.backoffInRun(3));
        assertEquals(Duration.ofSeconds(30), policy.backoffInRun(20));
        assertEquals(Duration.ofMinutes(15), policy.backoffBetweenRuns(1));
        assertEquals(Duration.ofMinutes(60), policy.backoffBetweenRuns(3));
        assertEquals(Duration.ofDays(1), policy.backoffBetweenRuns(100));
    }

    @Test
    void retriesWithinARunAreBounded() {
        assertTrue(policy.retryInRun(1));
        assertTrue(policy.retryInRun(2));
        assertFalse(policy.retryInRun(3));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(120), HttpFetcher.retryAfter("120"));
        Duration d = HttpFetcher.retryAfter(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(10)));
        assertTrue(d.compareTo(Duration.ofMinutes(9)) > 0 && d.compareTo(Duration.ofMinutes(11)) < 0, d.toString());
        assertEquals(Duration.ZERO, HttpFetcher.retryAfter("Mon, 01 Jan 2001 00:00:00 GMT"));
        assertNull(HttpFetcher.retryAfter("soon"));
        assertNull(HttpFetcher.retryAfter(null));
    }
}
