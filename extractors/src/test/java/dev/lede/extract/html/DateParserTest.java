package dev.lede.extract.html;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Month-and-year lines: every spelling of a month reads as that month, nothing longer reads at all. */
class DateParserTest {
    private static final String[][] SPELLINGS = {
            {"January", "Jan", "januari"}, {"February", "Feb.", "februari", "febr"}, {"March", "Mar", "maart", "mrt"},
            {"April", "Apr"}, {"May", "mei"}, {"June", "Jun", "juni"}, {"July", "Jul", "juli"},
            {"August", "Aug", "augustus"}, {"September", "Sept.", "Sep"}, {"October", "Oct", "oktober", "okt"},
            {"November", "Nov"}, {"December", "Dec"}};

    @Test
    void aMonthAndYearAloneReadAsThatMonth() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            int month = random.nextInt(12);
            String[] names = SPELLINGS[month];
            String name = names[random.nextInt(names.length)];
            name = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name;
            int year = 1990 + random.nextInt(111);
            String line = " ".repeat(random.nextInt(3)) + name + (random.nextBoolean() ? ", " : " ") + year;
            assertEquals(Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month + 1)),
                    DateParser.parseMonthYear(line), line);
        }
    }

    @Test
    void aFullDateAnImplausibleYearOrAnyOtherTextIsNotAMonthLine() {
        Random random = new Random(13);
        DateTimeFormatter[] forms = {DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE};
        for (int i = 0; i < 500; i++) {
            LocalDate d = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000));
            String full = d.format(forms[random.nextInt(forms.length)]);
            assertEquals(Optional.empty(), DateParser.parseMonthYear(full), full);
        }
        for (String text : new String[]{"November 1989", "May 2101", "Sued in March 2025", "March 2025 report",
                "Maybe 2024", "Nov 20255", "2024 May"}) {
            assertEquals(Optional.empty(), DateParser.parseMonthYear(text), text);
        }
    }
}
