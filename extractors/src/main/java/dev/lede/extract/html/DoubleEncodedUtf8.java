package dev.lede.extract.html;

/**
 * Repairs text that went through UTF-8 twice: a CMS read UTF-8 bytes as Latin-1 and wrote them out as
 * UTF-8 again, so "Investor’s" reaches us as "Investorâ\u0080\u0099s". The sign is a C1 control character
 * (U+0080–U+009F), which never occurs in real text; only then is anything changed, and only the runs that
 * decode as one well-formed UTF-8 sequence (a lead char U+00C2–U+00F4 and its continuation chars
 * U+0080–U+00BF) are folded back into the character they encode.
 */
final class DoubleEncodedUtf8 {
    private DoubleEncodedUtf8() {
    }

    /** {@code text} with double-encoded characters repaired; the same instance when there is nothing to repair. */
    static String repair(String text) {
        if (!hasC1(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char lead = text.charAt(i);
            int more = continuationCount(lead);
            if (more == 0 || i + more >= text.length()) {
                continue;
            }
            int cp = lead & (more == 1 ? 0x1F : more == 2 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k <= more && ok; k++) {
                char c = text.charAt(i + k);
                ok = c >= 0x80 && c <= 0xBF;
                cp = (cp << 6) | (c & 0x3F);
            }
            // overlong forms and surrogates are not what an encoder writes: leave them as they are
            if (!ok || cp < (more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000) || cp > 0x10FFFF
                    || (cp >= 0xD800 && cp <= 0xDFFF)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).appendCodePoint(cp);
            i += more;
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean hasC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** How many continuation chars a lead char announces (0: not a lead). */
    private static int continuationCount(char lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    }
}
