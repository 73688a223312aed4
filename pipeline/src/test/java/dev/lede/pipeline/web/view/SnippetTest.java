package dev.lede.pipeline.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetTest {
    @Test
    void splitsAtMarksAndUnescapesToText() {
        Snippet s = Snippet.fromIndexHtml("AT&amp;T and <mark>Mistral</mark> said &lt;b&gt; &quot;hi&quot; <mark>AI</mark>");
        assertEquals(List.of(new Snippet.Part("AT&T and ", false), new Snippet.Part("Mistral", true),
                new Snippet.Part(" said <b> \"hi\" ", false), new Snippet.Part("AI", true)), s.parts());
    }

    @Test
    void markupOtherThanMarkStaysText() {
        // if an index ever passed raw markup through, it would reach the template as text, to be escaped
        Snippet s = Snippet.fromIndexHtml("<script>x()</script><mark><img src=x></mark>");
        assertEquals(List.of(new Snippet.Part("<script>x()</script>", false), new Snippet.Part("<img src=x>", true)),
                s.parts());
    }

    @Test
    void emptyAndNull() {
        assertEquals(List.of(), Snippet.fromIndexHtml(null).parts());
        assertEquals(List.of(), Snippet.fromIndexHtml("").parts());
    }
}
