package dev.lede.index;

import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryTest}: writes articles into an index in batches, commits
 * after each batch and says so on stdout, and never stops on its own; the test kills it with SIGKILL.
 * Arguments: the index directory, the number to start the ids at, the batch size.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            while (true) {
                for (int i = 0; i < batch; i++, next++) {
                    index.upsert(CrashRecoveryTest.article(next));
                }
                index.commit();
                System.out.println("committed " + next);
                System.out.flush();
            }
        }
    }
}
