package org.seigraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TempDirsTest {

    @Test
    void aDeadJvmsDirectoriesAreSweptAndALiveOnesKept() throws Exception {
        Path mine = TempDirs.create("store"); // first: its class sweeps once when loaded
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.createTempDirectory("seigraph-t" + gone.pid() + "-store-");
        Files.writeString(Files.createDirectories(dead.resolve("neo4j")).resolve("data"), "x");
        Path unrelated = Files.createTempDirectory("seigraph-tx-");
        try {
            assertThat(mine.getFileName().toString()).startsWith("seigraph-t" + ProcessHandle.current().pid() + "-store-");

            assertThat(TempDirs.sweep()).isGreaterThanOrEqualTo(1);

            assertThat(dead).doesNotExist();
            assertThat(mine).isDirectory();
            assertThat(unrelated).isDirectory();
        } finally {
            Files.deleteIfExists(mine);
            Files.deleteIfExists(unrelated);
        }
    }
}
