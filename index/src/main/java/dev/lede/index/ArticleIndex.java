package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.ArticleId;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Lede's article store on disk: one Lucene document per article, updated in place by id.
 *
 * <p>Open it with {@link #open} to write (one writer per index directory: a second writer, in this
 * process or another, fails with Lucene's {@code LockObtainFailedException}) or with {@link #openReadOnly}
 * to search an index that another process is writing, for example the web server during a crawl. Written
 * articles become durable, and visible to read-only opens, at {@link #commit()}; a crash between commits
 * loses only the articles since the last commit, never the index. {@link #close()} commits.
 *
 * <p>Reads ({@link #get}, {@link #search()}, {@link #related()}) are thread-safe and see this instance's
 * own uncommitted upserts. {@link #upsert} and {@link #commit} may be called from several threads too:
 * upserts of different articles run in parallel.
 */
public final class ArticleIndex implements Closeable {
    private static final long READ_ONLY_REFRESH_NANOS = 1_000_000_000L;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final ArticleDocuments documents;
    /** Upserts not yet visible to {@link #searchers}, so that upsert and get see them at once. */
    private final Map<String, Article> pending = new ConcurrentHashMap<>();
    private final Map<String, String> pendingUrls = new ConcurrentHashMap<>();
    private volatile boolean dirty;
    /** Upserts hold it shared; commit and refresh hold it exclusively. */
    private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock();
    private final Object[] stripes = new Object[64];
    private volatile long lastRefresh = System.nanoTime();
    private volatile ArticleSearch search;
    private volatile RelatedArticles related;

    private ArticleIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                         Analyzer analyzer, FacetsConfig facetsConfig) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.documents = new ArticleDocuments(facetsConfig);
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** Opens the index in {@code dir} for writing and reading, creating the directory and index if missing. */
    public static ArticleIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Analyzer analyzer = IndexFields.analyzer();
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // so that a read-only open finds an (empty) index at once
            }
            SearcherManager searchers = new SearcherManager(writer, true, false, null);
            return new ArticleIndex(dir, directory, writer, searchers, analyzer, IndexFields.facetsConfig());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code dir} for reading only, without taking the write lock, so that it can be
     * searched while another process writes it; commits of that process show up within a second. An
     * index that does not exist yet is created empty.
     */
    public static ArticleIndex openReadOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(IndexFields.analyzer()))) {
                    w.commit();
                }
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new ArticleIndex(dir, directory, null, searchers, IndexFields.analyzer(), IndexFields.facetsConfig());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The index directory. */
    public Path path() {
        return path;
    }

    /** Bytes of the index's files on disk now (a merge in progress included). */
    public long sizeOnDisk() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (NoSuchFileException | FileNotFoundException deletedByAMerge) {
                // gone between listing and measuring: it no longer takes space
            }
        }
        return bytes;
    }

    /** Whether this instance can write ({@link #open}) or only read ({@link #openReadOnly}). */
    public boolean isWritable() {
        return writer != null;
    }

    /**
     * Adds the article, or replaces the document with its id. An article whose id is indexed with the
     * same {@link Article#contentHash()} is left alone ({@link UpsertResult#UNCHANGED}, nothing written).
     *
     * @throws IllegalArgumentException when the article has no id
     * @throws IllegalStateException    when the index was opened read-only
     */
    public UpsertResult upsert(Article a) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("index " + path + " is open read-only");
        }
        if (a.id() == null || a.id().isBlank()) {
            throw new IllegalArgumentException("article without an id: " + a.url());
        }
        // upserts of different ids run in parallel (analysis is the costly part); one id at a time per
        // stripe, so that the hash check and the write cannot interleave; a refresh waits for all of them
        visibility.readLock().lock();
        try {
            synchronized (stripes[Math.floorMod(a.id().hashCode(), stripes.length)]) {
                Optional<String> previousHash = indexedHash(a.id());
                if (previousHash != null && previousHash.isPresent() && previousHash.get().equals(a.contentHash())) {
                    return UpsertResult.UNCHANGED;
                }
                writer.updateDocument(new Term(IndexFields.ID, a.id()), documents.toDocument(a));
                Article old = pending.put(a.id(), a);
                if (old != null) {
                    forgetUrls(old);
                }
                rememberUrls(a);
                dirty = true;
                return previousHash == null ? UpsertResult.NEW : UpsertResult.UPDATED;
            }
        } finally {
            visibility.readLock().unlock();
        }
    }

    private void rememberUrls(Article a) {
        if (a.url() != null) {
            pendingUrls.put(a.url(), a.id());
        }
        if (a.canonicalUrl() != null) {
            pendingUrls.put(a.canonicalUrl(), a.id());
        }
    }

    private void forgetUrls(Article a) {
        if (a.url() != null) {
            pendingUrls.remove(a.url(), a.id());
        }
        if (a.canonicalUrl() != null) {
            pendingUrls.remove(a.canonicalUrl(), a.id());
        }
    }

    /** The content hash indexed for an id: null when the id is absent, empty when it has no hash. */
    private Optional<String> indexedHash(String id) throws IOException {
        Article p = pending.get(id);
        if (p != null) {
            return Optional.ofNullable(p.contentHash());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.CONTENT_HASH));
            return Optional.ofNullable(doc.get(IndexFields.CONTENT_HASH));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything upserted so far durable and visible to searches and read-only opens. */
    public void commit() throws IOException {
        if (writer == null) {
            throw new IllegalStateException("index " + path + " is open read-only");
        }
        visibility.writeLock().lock();
        try {
            writer.commit();
            refreshNow();
        } finally {
            visibility.writeLock().unlock();
        }
    }

    /**
     * Merges the index into at most {@code maxSegments} segments and commits. Every search and related list
     * looks each of its terms up once per segment, so an archive of many segments answers slower than the
     * same archive in one: after a backfill (a large ingest or a first crawl), merging 11 segments of
     * 100,000 articles into one cut the CPU time of a related list by a quarter. Writing goes on merging
     * new segments as usual afterwards. It rewrites the whole index: it needs about the index's size again
     * on disk while it runs, and a minute or two per 100,000 articles.
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void forceMerge(int maxSegments) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("index " + path + " is open read-only");
        }
        if (maxSegments < 1) {
            throw new IllegalArgumentException("maxSegments must be at least 1: " + maxSegments);
        }
        writer.forceMerge(maxSegments);
        commit();
    }

    /** The number of segments the index is made of, as searches see it. */
    public int segments() throws IOException {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** The number of articles in the index (including this instance's uncommitted upserts). */
    public int count() throws IOException {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** The article with this id. */
    public Optional<Article> get(String id) throws IOException {
        if (id == null) {
            return Optional.empty();
        }
        Article p = pending.get(id);
        if (p != null) {
            return Optional.of(p);
        }
        return withSearcher(s -> first(s, new Term(IndexFields.ID, id)));
    }

    /**
     * The article fetched from {@code url} or declaring it as its canonical URL; failing that, the article
     * whose id the URL derives to (so that {@code HTTP://Example.org/a#top} finds {@code http://example.org/a}).
     */
    public Optional<Article> getByUrl(String url) throws IOException {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String pendingId = pendingUrls.get(url);
        if (pendingId != null && pending.containsKey(pendingId)) {
            return Optional.of(pending.get(pendingId));
        }
        Optional<Article> byUrl = withSearcher(s -> first(s, new Term(IndexFields.URL, url)));
        return byUrl.isPresent() ? byUrl : get(ArticleId.of(url));
    }

    /** An article by id, or else by URL: what the CLI and the web page accept as "an article". */
    public Optional<Article> find(String idOrUrl) throws IOException {
        Optional<Article> byId = get(idOrUrl);
        return byId.isPresent() ? byId : getByUrl(idOrUrl);
    }

    /** Calls {@code action} with every stored article, in index order, from one point-in-time view. */
    public void forEach(Consumer<Article> action) throws IOException {
        forEachRecord(false, cursor -> action.accept(ArticleRecords.parse(cursor.json())));
    }

    /** Receives one stored article as UTF-8 JSON; the array is reused, valid only during the call. */
    @FunctionalInterface
    public interface JsonRecordConsumer {
        void accept(byte[] utf8, int offset, int length) throws IOException;
    }

    /**
     * Calls {@code action} with every stored article as the JSON {@code lede export} writes (what the mapper
     * writes for the {@link Article}), in index order, from one point-in-time view. Records kept in today's
     * shape are passed as they are kept, without being parsed.
     */
    public void forEachJson(JsonRecordConsumer action) throws IOException {
        forEachRecord(true, cursor -> action.accept(cursor.bytes(), cursor.offset(), cursor.length()));
    }

    private interface RecordAction {
        void accept(ArticleRecords.Cursor record) throws IOException;
    }

    /** Calls {@code action} with the record of every live document, in index order, from one view. */
    private void forEachRecord(boolean todaysShape, RecordAction action) throws IOException {
        withSearcher(s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                ArticleRecords.Cursor cursor = new ArticleRecords.Cursor(leaf.reader(), todaysShape);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        cursor.read(doc);
                        action.accept(cursor);
                    }
                }
            }
            return null;
        });
    }

    /** Full-text search with facets and highlighted snippets; thread-safe, one instance per index. */
    public ArticleSearch search() {
        ArticleSearch s = search;
        if (s == null) {
            synchronized (this) {
                if (search == null) {
                    search = new ArticleSearch(this);
                }
                s = search;
            }
        }
        return s;
    }

    /** Related articles ("Further Reading"); thread-safe, one instance per index. */
    public RelatedArticles related() {
        RelatedArticles r = related;
        if (r == null) {
            synchronized (this) {
                if (related == null) {
                    related = new RelatedArticles(this);
                }
                r = related;
            }
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        try (Directory d = directory; SearcherManager s = searchers) {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /** Work against a current searcher. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with a searcher that sees every upsert so far (read-only: every recent commit). */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    private void refreshIfStale() throws IOException {
        if (writer == null) {
            long now = System.nanoTime();
            if (now - lastRefresh > READ_ONLY_REFRESH_NANOS) {
                lastRefresh = now;
                searchers.maybeRefresh();
            }
        } else if (dirty) {
            visibility.writeLock().lock();
            try {
                if (dirty) {
                    refreshNow();
                }
            } finally {
                visibility.writeLock().unlock();
            }
        }
    }

    /** Called holding the write lock, so that no upsert slips between the refresh and the clearing. */
    private void refreshNow() throws IOException {
        searchers.maybeRefreshBlocking();
        pending.clear();
        pendingUrls.clear();
        dirty = false;
    }

    private static Optional<Article> first(IndexSearcher s, Term term) throws IOException {
        TopDocs top = s.search(new TermQuery(term), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ArticleRecords.article(s.getIndexReader(), top.scoreDocs[0].doc));
    }
}
