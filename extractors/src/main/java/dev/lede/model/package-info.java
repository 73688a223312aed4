/**
 * The value types every stage of Lede shares: the {@link dev.lede.model.Article} record and its parts.
 *
 * <p>They are immutable Java records serialised with Jackson ({@link dev.lede.model.LedeJson}); their
 * field names are the JSON field names that scripts, the index and the web API rely on, so a field is
 * never renamed without keeping the old name as an alias.
 */
package dev.lede.model;
