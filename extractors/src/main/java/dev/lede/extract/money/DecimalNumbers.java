package dev.lede.extract.money;

import java.math.BigDecimal;

/**
 * Reads a number written with either convention: "1,234.56" (English) or "1.234,56" (Dutch).
 *
 * <p>Where the digits decide, they win: two different separators, a separator used twice, or a
 * separator not followed by exactly three digits ("6,6", "1.5") can only be read one way. Only a single
 * separator followed by exactly three digits ("1,234", "1.234") is ambiguous; then the writer's
 * convention decides: in Dutch the comma is the decimal separator, in English the point.
 */
public final class DecimalNumbers {
    /** Longer numbers are not amounts anyone writes; refusing them keeps hostile input cheap. */
    static final int MAX_LENGTH = 40;

    private DecimalNumbers() {
    }

    /**
     * The value of {@code digits} (digits with '.' and ',' between them), or null when it is not a
     * well-formed number in any convention ("1.2.3", "12,34,567").
     *
     * @param language ISO 639-1 language of the writer; {@code nl} (and other decimal-comma languages)
     *                 reads "1,234" as 1.234, anything else as 1234
     */
    public static BigDecimal parse(CharSequence digits, String language) {
        int n = digits.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        int commas = 0;
        int points = 0;
        int lastComma = -1;
        int lastPoint = -1;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == '.') {
                points++;
                lastPoint = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        char decimal;
        if (commas == 0 && points == 0) {
            decimal = 0;
        } else if (commas > 0 && points > 0) {
            decimal = lastComma > lastPoint ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            if ((decimal == ',' ? commas : points) != 1 || !grouped(digits, group, Math.max(lastComma, lastPoint))) {
                return null;
            }
        } else {
            char sep = commas > 0 ? ',' : '.';
            int count = Math.max(commas, points);
            int last = Math.max(lastComma, lastPoint);
            if (count > 1) {
                if (!grouped(digits, sep, n)) {
                    return null;
                }
                decimal = 0;
            } else if (n - last - 1 != 3 || last > 3 || (last == 1 && digits.charAt(0) == '0')) {
                // "6,6", "1.50", "1234,567", "0,125": only a decimal reading makes sense
                decimal = sep;
            } else {
                decimal = usesDecimalComma(language) ? (sep == ',' ? ',' : 0) : (sep == '.' ? '.' : 0);
            }
        }
        StringBuilder plain = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        return new BigDecimal(plain.toString());
    }

    /** Whether {@code language} writes "6,6" for six point six. */
    public static boolean usesDecimalComma(String language) {
        if (language == null) {
            return false;
        }
        return switch (language) {
            case "nl", "de", "fr", "es", "it", "pt", "da", "sv", "nb", "no", "fi", "pl", "cs", "ru", "tr", "id" -> true;
            default -> false;
        };
    }

    /** The separators {@code group} before {@code until} split the digits into groups of three (first 1-3). */
    private static boolean grouped(CharSequence digits, char group, int until) {
        int run = 0;
        boolean first = true;
        for (int i = 0; i < until; i++) {
            char c = digits.charAt(i);
            if (c == group) {
                if (first ? run < 1 || run > 3 : run != 3) {
                    return false;
                }
                first = false;
                run = 0;
            } else if (c >= '0' && c <= '9') {
                run++;
            } else {
                return false;
            }
        }
        return first || run == 3;
    }
}
