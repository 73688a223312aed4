package dev.lede.extract.entity;

import java.util.Set;

/**
 * Per language, the words its CRF saw in lower case in training ("maar", "vroege", "board"). Such a
 * word written with a capital at the start of a sentence is most likely no name, whatever a model or a
 * rule makes of it. Looked up per sentence, so a language's model is only loaded once text in that
 * language turns up.
 */
@FunctionalInterface
interface CommonWords {
    /** The lower-case words of {@code language}'s model, empty for a language without one. */
    Set<String> of(String language);
}
