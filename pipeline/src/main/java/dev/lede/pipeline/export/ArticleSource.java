package dev.lede.pipeline.export;

import dev.lede.model.Article;

import java.io.IOException;
import java.util.function.Consumer;

/** Where exported articles come from: the index ({@code index::forEach}), or a list in tests. */
@FunctionalInterface
public interface ArticleSource {
    void forEach(Consumer<Article> action) throws IOException;
}
