package dev.lede.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A money amount found in text, normalised to an exact decimal and an ISO 4217 currency.
 *
 * @param text      the amount as written ("$6,6 miljard")
 * @param amount    the value in units of the currency (6600000000 for "$6,6 miljard"); for a range, its low end
 * @param currency  ISO 4217 code ("USD", "EUR")
 * @param qualifier {@code over}, {@code at least}, {@code about}, {@code up to}, {@code plus}, or null
 * @param low       for a range, the low end; otherwise null
 * @param high      for a range, the high end; otherwise null
 * @param per       for a unit rate, what the amount is per ("1M tokens"); otherwise null
 * @param subject   the company or person the amount is about, when the sentence says so; otherwise null
 * @param sentence  the sentence the amount stands in
 * @param start     offset of {@code text} in the body
 * @param end       end offset, exclusive
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MoneyAmount(String text, BigDecimal amount, String currency, String qualifier,
                          BigDecimal low, BigDecimal high, String per, String subject,
                          String sentence, int start, int end) {
}
