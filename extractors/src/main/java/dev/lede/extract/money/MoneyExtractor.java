package dev.lede.extract.money;

import dev.lede.model.MoneyAmount;

import java.util.List;

/**
 * Finds money amounts in text written in English or Dutch conventions and normalises them to an exact
 * amount and an ISO 4217 currency. Thread-safe.
 */
public final class MoneyExtractor {

    /**
     * @param text     the text to search (offsets of the result refer to it)
     * @param language ISO 639-1 language of the text, which decides an ambiguous decimal separator
     */
    public List<MoneyAmount> extract(String text, String language) {
        // TODO(money helper)
        return List.of();
    }
}
