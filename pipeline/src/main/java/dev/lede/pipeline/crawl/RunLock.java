package dev.lede.pipeline.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps two crawl runs off one data directory: an operating-system lock on {@code crawl/run.lock}.
 *
 * <p>An OS lock, not a "lock file exists" convention, because the kernel releases it when the process
 * dies, however it dies: a run killed with {@code kill -9} never leaves a stale lock behind that would
 * block every later scheduled run. The file holds the holder's pid and start time, for the message the
 * second run prints.
 */
public final class RunLock implements Closeable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, or returns empty at once when another run holds it.
     *
     * @throws IOException when the lock file cannot be created or written
     */
    public static Optional<RunLock> tryAcquire(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (another crawl in the same JVM)
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, as its file says ("pid 1234, started ..."), or a plain word when unreadable. */
    public static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another run" : text;
        } catch (IOException e) {
            return "another run";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
