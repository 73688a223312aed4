package dev.lede.pipeline.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawler's memory between runs, in one SQLite file: every URL with its state, validators, content
 * hash, failures and next fetch time, and every run with its counts.
 *
 * <p>SQLite because the ledger is a single-writer embedded store that must survive {@code kill -9}:
 * each batch is one transaction in a write-ahead log, so a killed run leaves the ledger as of its last
 * completed batch, never half-written. The crawler writes a batch only after the index has committed
 * the articles of that batch, so the ledger never claims more than the index holds; the worst a kill
 * does is make the next run fetch a few pages again, which the index then reports as unchanged.
 *
 * <p>One connection, used under this object's monitor: the crawler's workers share it.
 */
public final class CrawlLedger implements Closeable {
    private static final int SCHEMA_VERSION = 1;
    private static final String COLUMNS = "url, kind, state, depth, http_status, etag, last_modified, content_hash, "
            + "article_id, attempts, failure, last_error, first_seen, last_fetched, next_fetch";

    private final Path file;
    private final Connection db;

    /**
     * One run as the ledger lists it.
     *
     * @param id        the run's number
     * @param startedAt start time
     * @param endedAt   end time, or null while running or when it was killed
     * @param status    running, ok, some-failed or interrupted
     * @param report    the run report as JSON, or null when the run did not finish
     */
    public record RunRecord(long id, Instant startedAt, Instant endedAt, String status, String report) {
    }

    private CrawlLedger(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (or creates) the ledger file. */
    public static CrawlLedger open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA busy_timeout=10000");
                int version;
                try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version > SCHEMA_VERSION) {
                    db.close();
                    throw new IOException(file + " was written by a newer Lede (ledger schema " + version + ")");
                }
                if (version < 1) {
                    st.execute("""
                            CREATE TABLE IF NOT EXISTS urls (
                              url TEXT PRIMARY KEY,
                              kind TEXT NOT NULL,
                              state TEXT NOT NULL,
                              depth INTEGER NOT NULL,
                              http_status INTEGER NOT NULL DEFAULT 0,
                              etag TEXT,
                              last_modified TEXT,
                              content_hash TEXT,
                              article_id TEXT,
                              attempts INTEGER NOT NULL DEFAULT 0,
                              failure TEXT,
                              last_error TEXT,
                              first_seen INTEGER NOT NULL,
                              last_fetched INTEGER,
                              next_fetch INTEGER NOT NULL
                            ) WITHOUT ROWID""");
                    st.execute("CREATE INDEX IF NOT EXISTS urls_next_fetch ON urls(next_fetch)");
                    st.execute("""
                            CREATE TABLE IF NOT EXISTS runs (
                              id INTEGER PRIMARY KEY AUTOINCREMENT,
                              started_at TEXT NOT NULL,
                              ended_at TEXT,
                              status TEXT NOT NULL,
                              seeds TEXT NOT NULL,
                              report TEXT
                            )""");
                    st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
                }
            }
            return new CrawlLedger(file, db);
        } catch (SQLException e) {
            throw new IOException("cannot open the crawl ledger " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Starts a run; returns its number. */
    public synchronized long startRun(Instant startedAt, String seedsJson) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO runs(started_at, status, seeds) VALUES (?, 'running', ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, startedAt.toString());
            ps.setString(2, seedsJson);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw wrap("start a run", e);
        }
    }

    /**
     * Marks runs that are still "running" (but are not {@code current}) as interrupted: their process died.
     * Only called under the run lock, so no live run is touched.
     */
    public synchronized List<Long> closeInterruptedRuns(long current) throws IOException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM runs WHERE status = 'running' AND id <> ?")) {
            ps.setLong(1, current);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement up = db.prepareStatement(
                    "UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND id <> ?")) {
                up.setLong(1, current);
                up.executeUpdate();
            }
            return ids;
        } catch (SQLException e) {
            throw wrap("close interrupted runs", e);
        }
    }

    /** Records the end of a run with its report. */
    public synchronized void finishRun(long run, Instant endedAt, String status, String reportJson) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE runs SET ended_at = ?, status = ?, report = ? WHERE id = ?")) {
            ps.setString(1, endedAt.toString());
            ps.setString(2, status);
            ps.setString(3, reportJson);
            ps.setLong(4, run);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap("finish run " + run, e);
        }
    }

    /** The last {@code limit} runs, newest first. */
    public synchronized List<RunRecord> lastRuns(int limit) throws IOException {
        List<RunRecord> runs = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, started_at, ended_at, status, report FROM runs ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ended = rs.getString(3);
                    runs.add(new RunRecord(rs.getLong(1), Instant.parse(rs.getString(2)),
                            ended == null ? null : Instant.parse(ended), rs.getString(4), rs.getString(5)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw wrap("list runs", e);
        }
    }

    public synchronized Optional<LedgerEntry> get(String url) throws IOException {
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM urls WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw wrap("read " + url, e);
        }
    }

    /** URLs due at {@code now} (pending, retries, articles to refresh), nearest to the seeds first. */
    public synchronized List<LedgerEntry> due(Instant now) throws IOException {
        List<LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT " + COLUMNS + " FROM urls WHERE next_fetch <= ? ORDER BY depth, first_seen")) {
            ps.setLong(1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw wrap("list due URLs", e);
        }
    }

    /**
     * Writes one batch in one transaction: the outcome of fetched URLs (replacing what was known, keeping
     * the first-seen time) and newly discovered URLs (added as pending unless known; a shorter depth wins).
     */
    public synchronized void record(Collection<LedgerEntry> fetched, Collection<LedgerEntry> discovered) throws IOException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement up = db.prepareStatement("INSERT INTO urls(" + COLUMNS + ") "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
                    + "kind=excluded.kind, state=excluded.state, depth=min(depth, excluded.depth), "
                    + "http_status=excluded.http_status, etag=excluded.etag, last_modified=excluded.last_modified, "
                    + "content_hash=excluded.content_hash, article_id=excluded.article_id, attempts=excluded.attempts, "
                    + "failure=excluded.failure, last_error=excluded.last_error, last_fetched=excluded.last_fetched, "
                    + "next_fetch=excluded.next_fetch");
                 PreparedStatement add = db.prepareStatement("INSERT INTO urls(" + COLUMNS + ") "
                         + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
                         + "depth=min(depth, excluded.depth)")) {
                for (LedgerEntry e : fetched) {
                    bind(up, e);
                    up.addBatch();
                }
                up.executeBatch();
                for (LedgerEntry e : discovered) {
                    bind(add, e);
                    add.addBatch();
                }
                add.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the original error says why
            }
            throw wrap("record a batch", e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // next use reports it
            }
        }
    }

    /** Number of URLs per value of a column ({@code state} or {@code kind}). */
    public synchronized Map<String, Integer> countsBy(String column) throws IOException {
        if (!column.equals("state") && !column.equals("kind") && !column.equals("failure")) {
            throw new IllegalArgumentException("no such column: " + column);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + column + ", count(*) FROM urls WHERE " + column
                     + " IS NOT NULL GROUP BY " + column + " ORDER BY count(*) DESC")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw wrap("count URLs", e);
        }
    }

    /** Number of URLs due at {@code now}. */
    public synchronized int countDue(Instant now) throws IOException {
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM urls WHERE next_fetch <= ?")) {
            ps.setLong(1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw wrap("count due URLs", e);
        }
    }

    /** Folds the write-ahead log into the database file (so its size on disk is the data's). */
    public synchronized void checkpoint() throws IOException {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw wrap("checkpoint", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw wrap("close", e);
        }
    }

    private static void bind(PreparedStatement ps, LedgerEntry e) throws SQLException {
        ps.setString(1, e.url());
        ps.setString(2, e.kind().code());
        ps.setString(3, e.state().code());
        ps.setInt(4, e.depth());
        ps.setInt(5, e.httpStatus());
        ps.setString(6, e.etag());
        ps.setString(7, e.lastModified());
        ps.setString(8, e.contentHash());
        ps.setString(9, e.articleId());
        ps.setInt(10, e.attempts());
        ps.setString(11, e.failure() == null ? null : e.failure().code());
        ps.setString(12, e.lastError());
        ps.setLong(13, e.firstSeen().toEpochMilli());
        if (e.lastFetched() == null) {
            ps.setNull(14, Types.INTEGER);
        } else {
            ps.setLong(14, e.lastFetched().toEpochMilli());
        }
        ps.setLong(15, e.nextFetch().toEpochMilli());
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        long lastFetched = rs.getLong(14);
        boolean neverFetched = rs.wasNull();
        String failure = rs.getString(11);
        return new LedgerEntry(rs.getString(1), PageKind.of(rs.getString(2)), UrlState.of(rs.getString(3)),
                rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10), failure == null ? null : reason(failure), rs.getString(12),
                Instant.ofEpochMilli(rs.getLong(13)), neverFetched ? null : Instant.ofEpochMilli(lastFetched),
                Instant.ofEpochMilli(rs.getLong(15)));
    }

    private static FailureReason reason(String code) {
        for (FailureReason r : FailureReason.values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }

    private IOException wrap(String what, SQLException e) {
        return new IOException("crawl ledger " + file + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
