package dev.lede.extract.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last pass over the article's blocks: drops the headline repeated in the body, the byline and date
 * lines before the first paragraph, and the short standard phrases of page chrome ("Share this article",
 * "Advertisement", "Read more") wherever they sit.
 */
final class BlockFilter {
    private static final Pattern CHROME_PHRASE = Pattern.compile(
            "(?i)^(share( this( article| story| post)?)?( on \\w+)?|tweet|pin( it)?|email|print|advertisement|advertentie|"
                    + "sponsored( content)?|ad|reklame|anzeige|read more|lees meer|lees ook|read also|see also|related|"
                    + "click here.*|tap here.*|subscribe.*|sign up.*|follow us.*|volg ons.*|log ?in.*|skip to .*|"
                    + "back to top|terug naar boven|(\\d+ )?comments?|reacties?|loading\\.*|laden\\.*|"
                    + "table of contents|inhoudsopgave|contents|in this article|jump to.*|listen to (this )?article.*|"
                    + "\\d+\\s*min(ute)?s?( read)?|copy link|link copied|photo:.*|foto:.*|image:.*|credit:.*|"
                    + "(image|photo) (credit|source).*|source:.*|bron:.*)[.!:]?$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|door|written by|posted by|published by|geschreven door|auteur:|author:|updated|published|posted|"
                    + "gepubliceerd|bijgewerkt|last updated|laatst bijgewerkt)\\b.*");

    List<TextBlock> filter(List<TextBlock> blocks, PageMetadata meta) {
        String title = MetadataReader.norm(meta.title());
        String summary = MetadataReader.norm(meta.summary());
        List<TextBlock> out = new ArrayList<>(blocks.size());
        boolean seenText = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            String t = b.text();
            int words = Words.count(t);
            String n = MetadataReader.norm(t);
            if (!title.isEmpty() && n.equals(title)) {
                continue;
            }
            if (!seenText && summary.length() > 20 && n.equals(summary) && apartFromText(blocks, i)) {
                // the dek: shown above the story, repeated in the page's description, and not in the
                // story's own container (a first paragraph that doubles as description stays)
                continue;
            }
            if (words <= 12 && CHROME_PHRASE.matcher(t.strip()).matches()) {
                continue;
            }
            if (!seenText && b.kind() != TextBlock.Kind.HEADING && words <= 15 && isBylineOrDate(t, meta)) {
                continue;
            }
            if (b.kind() == TextBlock.Kind.PARAGRAPH && words >= 8) {
                seenText = true;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Whether block {@code i} sits in another container than the story: the longest paragraph after it
     * stands for the story (a notice or a share line between the dek and the story says nothing).
     */
    private static boolean apartFromText(List<TextBlock> blocks, int i) {
        Element owner = blocks.get(i).owner();
        TextBlock story = null;
        int storyWords = 0;
        for (int j = i + 1; j < blocks.size(); j++) {
            TextBlock next = blocks.get(j);
            int words = next.kind() == TextBlock.Kind.PARAGRAPH ? Words.count(next.text()) : 0;
            if (words > storyWords) {
                story = next;
                storyWords = words;
            }
        }
        if (story == null || owner == null || story.owner() == null) {
            return true;
        }
        return story.owner().parent() != owner.parent();
    }

    private static boolean isBylineOrDate(String text, PageMetadata meta) {
        String t = text.strip();
        if (BYLINE.matcher(t).matches()) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String a : meta.authors()) {
            if (lower.contains(a.toLowerCase(Locale.ROOT)) && Words.count(t) <= Words.count(a) + 8) {
                return true;
            }
        }
        return DateParser.parseVisible(t).isPresent() && Words.sentencePunctuation(t.replaceAll("[,.:]", "")) == 0
                && Words.count(t) <= 10;
    }
}
