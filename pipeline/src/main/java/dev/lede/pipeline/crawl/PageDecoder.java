package dev.lede.pipeline.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a response body into text, trusting the bytes more than the labels.
 *
 * <p>Real archives mislabel their pages: a Dutch page saved in windows-1252 is served as UTF-8, or
 * with no charset at all. The order here: a byte-order mark; then, if the bytes are valid UTF-8, UTF-8
 * (text in a single-byte charset with accented letters is practically never valid UTF-8); then the
 * charset the header or a {@code <meta>} declares; and failing all that windows-1252, the web's own
 * fallback for Western pages (which also covers ISO-8859-1 labels, as browsers do).
 *
 * <p>It also refuses what is not text: a body with NUL bytes or the magic number of an image, archive
 * or PDF is binary, whatever its URL or Content-Type says.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "application/xml",
            "text/xml", "application/rss+xml", "application/atom+xml", "text/plain");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[][] BINARY_MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {'R', 'I', 'F', 'F'},
            {0x7F, 'E', 'L', 'F'}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'}};

    /**
     * The decoded text of a page.
     *
     * @param text    the page as a string
     * @param charset the charset it was decoded with
     * @param guessed whether the charset was not the one declared (or none was declared)
     */
    public record Decoded(String text, Charset charset, boolean guessed) {
    }

    /** Why a response with this Content-Type is not a page Lede reads, or empty when it is (or unknown). */
    public Optional<String> unsupportedType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return PAGE_TYPES.contains(mime) || mime.isEmpty() ? Optional.empty()
                : Optional.of("Content-Type " + mime + " is not a web page");
    }

    /** Why {@code body} is binary rather than text, or empty when it looks like text. */
    public Optional<String> binaryContent(byte[] body) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(body, magic)) {
                return Optional.of("binary content (file signature " + hex(magic) + ")");
            }
        }
        if (startsWith(body, new byte[]{(byte) 0xFF, (byte) 0xFE}) || startsWith(body, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return Optional.empty(); // UTF-16 with a byte-order mark has NULs but is text
        }
        int n = Math.min(body.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return Optional.of("binary content (NUL bytes)");
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n ? Optional.of("binary content (control bytes)") : Optional.empty();
    }

    /** Decodes {@code body}; {@code contentType} is the response header (may be null). */
    public Decoded decode(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(body, skip, body.length - skip, bom), bom, false);
        }
        Charset declared = declared(contentType, body);
        if (validUtf8(body)) {
            boolean trustDeclared = declared != null && !declared.equals(StandardCharsets.UTF_8)
                    && !singleByteLatin(declared);
            if (!trustDeclared) {
                boolean guessed = declared != null && !declared.equals(StandardCharsets.UTF_8) && !ascii(body);
                return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, guessed);
            }
            return new Decoded(new String(body, declared), declared, false);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            Charset cs = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
            return new Decoded(new String(body, cs), cs, false);
        }
        return new Decoded(new String(body, WINDOWS_1252), WINDOWS_1252, true);
    }

    private static Charset declared(String contentType, byte[] body) {
        Charset fromHeader = contentType == null ? null : charset(HEADER_CHARSET.matcher(contentType));
        if (fromHeader != null) {
            return fromHeader;
        }
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        return charset(META_CHARSET.matcher(head));
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (startsWith(b, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, new byte[]{(byte) 0xFF, (byte) 0xFE})) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean singleByteLatin(Charset cs) {
        String name = cs.name().toLowerCase(Locale.ROOT);
        return name.startsWith("iso-8859") || name.startsWith("windows-125") || name.equals("us-ascii");
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean ascii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
