package dev.lede.pipeline.crawl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedListTest {
    @TempDir
    Path dir;

    @Test
    void urlsDirectoriesHtmlFilesAndUrlListsBecomeSeeds() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html></html>");
        Path loose = Files.createDirectories(dir.resolve("loose/sub"));
        Files.writeString(loose.resolve("b.html"), "<html></html>");
        Files.writeString(dir.resolve("loose/a.htm"), "<html></html>");
        Path list = dir.resolve("seeds.txt");
        Files.writeString(list, "# archives to crawl\nhttp://News.test/archive/   main archive\n\n"
                + "https://other.test/sitemap.xml\n" + site + "\n");

        List<String> seeds = new SeedList().expand(List.of(list.toString(), dir.resolve("loose").toString(),
                "http://news.test/archive/"));
        assertEquals(List.of("http://news.test/archive/", "https://other.test/sitemap.xml",
                site.resolve("index.html").toUri().toString(), dir.resolve("loose/a.htm").toUri().toString(),
                dir.resolve("loose/sub/b.html").toUri().toString()), seeds);
    }

    @Test
    void whatIsNeitherAUrlNorAFileIsAUsageError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeedList().expand(List.of(dir.resolve("missing").toString())));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SeedList().expand(List.of("ftp://news.test/")));
        assertThrows(IllegalArgumentException.class, () -> new SeedList().expand(List.of("http://")));
    }
}
