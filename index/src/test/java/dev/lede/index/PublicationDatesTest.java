package dev.lede.index;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicationDatesTest {
    @Test
    void readsTheDateAsWrittenWithoutShiftingTimeZones() {
        assertEquals(LocalDate.of(2026, 5, 12), PublicationDates.dateOf("2026-05-12"));
        assertEquals(LocalDate.of(2026, 5, 12), PublicationDates.dateOf("2026-05-12T23:30:00-07:00"));
    }

    @Test
    void aMonthAloneIsItsFirstDay() {
        // what extraction gives a page that only says "November 2015"
        assertEquals(LocalDate.of(2015, 11, 1), PublicationDates.dateOf("2015-11"));
    }

    @Test
    void anythingElseIsNoDate() {
        assertNull(PublicationDates.dateOf(null));
        assertNull(PublicationDates.dateOf("2015"));
        assertNull(PublicationDates.dateOf("2015-13"));
        assertNull(PublicationDates.dateOf("2026-02-30"));
        assertNull(PublicationDates.dateOf("12 May 2026"));
    }
}
