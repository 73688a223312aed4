package dev.lede.extract.html;

import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The lists a news page carries beside its article, each with the elements it occupies (so the body leaves
 * them out).
 *
 * @param furtherReading the "Further Reading" / "Verder lezen" items
 * @param faq            the FAQ entries
 * @param topics         tag and "Related topics" names
 * @param listElements   the elements of the Further Reading and topics blocks (chrome, never body)
 * @param faqElements    the elements of the FAQ block
 */
record PageLists(List<FurtherReading> furtherReading, List<FaqEntry> faq, List<String> topics,
                 List<Element> listElements, List<Element> faqElements) {
}
