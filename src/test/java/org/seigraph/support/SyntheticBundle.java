package org.seigraph.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic graph bundle in the CSV format of import/README.md: {@code subsectors} Subsector nodes, and
 * {@code technologies} Technology nodes each developed by one sub-sector (a DEVELOPS relationship per technology).
 * Big enough, it takes the loader long enough for a test to kill the app in the middle of the write.
 */
public final class SyntheticBundle {

    public static Path write(Path dir, int subsectors, int technologies) {
        try {
            Files.createDirectories(dir.resolve("nodes"));
            Files.createDirectories(dir.resolve("rels"));
            String nodeHeader = "id,name,nameEn,aliases:string[],doc,section,start:int,end:int,source";
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("nodes/Subsector.csv"), StandardCharsets.UTF_8)) {
                out.write(nodeHeader + ",rank:int\n");
                for (int i = 0; i < subsectors; i++) {
                    out.write("subsector:合成" + i + ",合成" + i + ",Synthetic " + i + ",,,,,,synthetic," + (i + 1) + "\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("nodes/Technology.csv"), StandardCharsets.UTF_8)) {
                out.write(nodeHeader + ",category\n");
                for (int i = 0; i < technologies; i++) {
                    out.write("technology:合成技术" + i + ",合成技术" + i + ",Synthetic technology " + i
                            + ",技术" + i + ";tech" + i + ",,,,,synthetic,technology\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("rels/DEVELOPS.csv"), StandardCharsets.UTF_8)) {
                out.write("id,from,to,doc,section,start:int,end:int,source,verb,rank:int\n");
                for (int i = 0; i < technologies; i++) {
                    String from = "subsector:合成" + (i % subsectors);
                    String to = "technology:合成技术" + i;
                    out.write("DEVELOPS:" + from + "->" + to + "," + from + "," + to + ",,,,,synthetic,发展," + (i / subsectors + 1) + "\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SyntheticBundle() {
    }
}
