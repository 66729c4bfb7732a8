package org.seigraph.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test needs something the machine may lack (a browser, a feature another branch adds): on a developer's
 * machine the test is skipped with the reason; in CI ({@code CI=true}, as .ci/run runs) it fails, so a missing
 * install step or a missing feature cannot pass unnoticed. (Only the Docker test, ContainerStoreTest, is skipped
 * everywhere without Docker; CI has none and the README says so.)
 */
public final class Ci {

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (locally) or fails (in CI) unless {@code condition} holds. */
    public static void require(boolean condition, String reason) {
        if (!condition) {
            if (isCi()) {
                Assertions.fail("Required in CI: " + reason);
            }
            Assumptions.abort(reason);
        }
    }

    private Ci() {
    }
}
