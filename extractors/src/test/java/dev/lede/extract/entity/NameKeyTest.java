package dev.lede.extract.entity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ASCII fast path of {@link NameKey} gives the same key as the general definition. */
class NameKeyTest {

    @Property(tries = 3000)
    void asciiKeyAgreesWithTheGeneralKey(@ForAll("asciiNames") String name) {
        String stripped = name.strip();
        assertEquals(NameKey.generalKey(stripped), NameKey.asciiKey(stripped), "key of [" + name + "]");
    }

    @Provide
    Arbitrary<String> asciiNames() {
        // letters, digits, quotes, possessive endings and punctuation, weighted towards what names contain
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24),
                Arbitraries.strings().withChars("aZs'`-. &9\t").ofMaxLength(12),
                Arbitraries.of("Musk's", "Mercedes'", "AT&T", "B.V.", "'s", "s'", "x``s", " OpenAI ", "Sam  Altman's"));
    }

    @Test
    void examples() {
        assertEquals("zoe musk", NameKey.of("Zoë Musk's"));
        assertEquals("zoe musk", NameKey.of("ZOE MUSK"));
        assertEquals("mercedes", NameKey.of(" Mercedes' "));
        assertEquals("at t", NameKey.of("AT&T"));
        assertEquals("b v", NameKey.of("B.V."));
    }
}
