package dev.lede.pipeline.crawl;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String DUTCH = "<p>Één café, geïnterviewd over € 1.234,56 en een ruïne.</p>";
    private final PageDecoder decoder = new PageDecoder();

    @Test
    void windows1252BytesLabelledUtf8AreReadAsWindows1252() {
        PageDecoder.Decoded d = decoder.decode(DUTCH.getBytes(CP1252), "text/html; charset=utf-8");
        assertEquals(DUTCH, d.text());
        assertTrue(d.guessed());
    }

    @Test
    void windows1252BytesWithoutAnyLabelAreReadAsWindows1252() {
        assertEquals(DUTCH, decoder.decode(DUTCH.getBytes(CP1252), "text/html").text());
        assertEquals(DUTCH, decoder.decode(DUTCH.getBytes(CP1252), null).text());
    }

    @Test
    void latin1LabelMeansWindows1252AsInBrowsers() {
        assertEquals(DUTCH, decoder.decode(DUTCH.getBytes(CP1252), "text/html; charset=ISO-8859-1").text());
    }

    @Test
    void utf8BytesLabelledLatin1AreReadAsUtf8() {
        PageDecoder.Decoded d = decoder.decode(DUTCH.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1");
        assertEquals(DUTCH, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void aMetaCharsetIsHeededWhenTheBytesAreNotUtf8() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body>" + DUTCH + "</body></html>";
        assertEquals(html, decoder.decode(html.getBytes(CP1252), null).text());
        String legacy = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">" + "caf\u00e9";
        assertEquals(legacy, decoder.decode(legacy.getBytes(Charset.forName("ISO-8859-15")), null).text());
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] body = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(DUTCH, decoder.decode(body, "text/html; charset=windows-1252").text());
        assertFalse(decoder.binaryContent(body).isPresent(), "UTF-16 with a BOM is text");
    }

    @Test
    void binaryContentIsRecognisedWhateverItsLabel() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertTrue(decoder.binaryContent(png).isPresent());
        assertTrue(decoder.binaryContent("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)).isPresent());
        assertTrue(decoder.binaryContent(new byte[]{'<', 'h', 0, 1, 2}).isPresent());
        assertFalse(decoder.binaryContent(DUTCH.getBytes(CP1252)).isPresent());
    }

    @Test
    void onlyPageTypesAreSupported() {
        assertTrue(decoder.unsupportedType("image/png").isPresent());
        assertTrue(decoder.unsupportedType("application/pdf").isPresent());
        assertFalse(decoder.unsupportedType("text/html; charset=utf-8").isPresent());
        assertFalse(decoder.unsupportedType("application/xhtml+xml").isPresent());
        assertFalse(decoder.unsupportedType(null).isPresent());
    }
}
