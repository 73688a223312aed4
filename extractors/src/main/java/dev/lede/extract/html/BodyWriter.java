package dev.lede.extract.html;

import dev.lede.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the article blocks as the body text: blocks separated by one blank line, a heading a block of its
 * own, and the body split at its headings into {@link Section}s with offsets into the body.
 */
final class BodyWriter {

    /** The body text and its sections. */
    record Body(String text, List<Section> sections) {
    }

    Body write(List<TextBlock> blocks) {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        String heading = "";
        int sectionStart = -1;
        int sectionEnd = -1;
        for (TextBlock b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            if (b.kind() == TextBlock.Kind.HEADING) {
                addSection(sections, heading, text, sectionStart, sectionEnd);
                heading = b.text().replace('\n', ' ');
                sectionStart = -1;
                sectionEnd = text.length();
            } else {
                if (sectionStart < 0) {
                    sectionStart = start;
                }
                sectionEnd = text.length();
            }
        }
        addSection(sections, heading, text, sectionStart, sectionEnd);
        return new Body(text.toString(), sections);
    }

    private static void addSection(List<Section> sections, String heading, StringBuilder text, int start, int end) {
        if (start < 0) {
            if (heading.isEmpty()) {
                return;
            }
            // a heading with nothing under it: an empty section right after the heading
            sections.add(new Section(heading, null, "", end, end));
            return;
        }
        sections.add(new Section(heading, null, text.substring(start, end), start, end));
    }
}
