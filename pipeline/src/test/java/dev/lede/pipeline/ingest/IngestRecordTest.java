package dev.lede.pipeline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publication dates an ingest line may carry: every ISO-8601 form Lede itself writes, nothing else. */
class IngestRecordTest {
    private static IngestRecord dated(String publishedAt) {
        return new IngestRecord(null, "https://news.example/a", "Title", "Body text.", null, publishedAt, null,
                List.of(), List.of());
    }

    @Test
    void isoDatesDateTimesAndMonthsAreAccepted() {
        for (String d : new String[]{"2026-05-12", "2026-05-12T09:30:00+02:00", "2026-05-12T07:30:00Z",
                "2026-05-12T09:30:00", "2015-11", null, ""}) {
            assertNull(dated(d).problem(), d);
        }
    }

    @Test
    void otherTextIsRefused() {
        for (String d : new String[]{"last Tuesday", "2015", "12-05-2026", "2015-11-", "May 2026"}) {
            assertTrue(dated(d).problem().startsWith("\"publishedAt\" is not an ISO-8601 date"), d);
        }
    }
}
