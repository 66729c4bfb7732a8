package org.seigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * Temporary directories of the tests (stores, browser profiles, schema copies), named after the JVM that made them.
 * A JVM cannot delete a store its own embedded Neo4j still holds open while it shuts down, so instead each test JVM,
 * the first time it asks for one, deletes what JVMs no longer running left behind: a developer's repeated
 * {@code mvn verify} does not fill the machine's temporary directory, and suites running side by side keep theirs.
 */
public final class TempDirs {

    private static final String PREFIX = "seigraph-t";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"));

    static {
        sweep();
    }

    /** A new directory under the temporary directory, {@code purpose} in its name. */
    public static Path create(String purpose) {
        try {
            return Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-" + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the directories of test JVMs that are gone. */
    static int sweep() {
        int deleted = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(ROOT, PREFIX + "*")) {
            for (Path dir : dirs) {
                Matcher m = NAME.matcher(dir.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1))) && FileSystemUtils.deleteRecursively(dir)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a directory another user owns, or one vanishing meanwhile: leave it, this is housekeeping
        }
        return deleted;
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private TempDirs() {
    }
}
