package dev.lede.pipeline.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** How dates, months, languages and amounts read on the page (the interface is English). */
public final class Display {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private Display() {
    }

    /** "14 May 2026" for an ISO date or date-time; the text itself when it is not one; "" for null. */
    public static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        if (ISO_DATE_PREFIX.matcher(iso).matches()) {
            try {
                return LocalDate.parse(iso.substring(0, 10)).format(DAY);
            } catch (RuntimeException e) {
                return iso;
            }
        }
        return iso;
    }

    /** "May 2026" for "2026-05". */
    public static String month(String yearMonth) {
        try {
            return YearMonth.parse(yearMonth).format(MONTH);
        } catch (RuntimeException e) {
            return yearMonth;
        }
    }

    /** "Dutch" for "nl"; the code itself when Java does not know it; "" for null. */
    public static String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** "USD 6.6 billion", "EUR 600 million", "EUR 1,234.56" — exact amounts stay in the title attribute. */
    public static String amount(BigDecimal amount, String currency) {
        String cur = currency == null || currency.isBlank() ? "" : currency + " ";
        if (amount == null) {
            return cur.strip();
        }
        BigDecimal abs = amount.abs();
        if (abs.compareTo(TRILLION) >= 0) {
            return cur + scaled(amount, TRILLION) + " trillion";
        }
        if (abs.compareTo(BILLION) >= 0) {
            return cur + scaled(amount, BILLION) + " billion";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return cur + scaled(amount, MILLION) + " million";
        }
        return cur + exact(amount);
    }

    /** The amount with thousands separators and every decimal it has: "6,600,000,000". */
    public static String exact(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(Math.max(0, amount.stripTrailingZeros().scale()));
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    /** "92%" for 0.92. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** An amount for a form field: "1.5m" style is not needed, the plain number is. */
    public static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static String scaled(BigDecimal amount, BigDecimal unit) {
        BigDecimal v = amount.divide(unit, 3, RoundingMode.HALF_UP).stripTrailingZeros();
        return exact(v.compareTo(THOUSAND) >= 0 ? v.setScale(0, RoundingMode.HALF_UP) : v);
    }
}
