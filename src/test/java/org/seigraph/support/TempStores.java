package org.seigraph.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Throw-away store directories and the properties that point an app at one. */
public final class TempStores {

    /** The admin bearer token of every app the tests start through {@link #embedded}. */
    public static final String ADMIN_TOKEN = "test-admin-token-5f1c9d7e2b8a4c06";
    /**
     * Curation tokens of every app the tests start: curators alice and ravi, reviewers rita and ravi (ravi holds both
     * roles, so the rule that nobody approves their own proposal can be tried).
     */
    public static final String CURATOR_TOKEN = "test-curator-alice-3e9b1f0c7d2a";
    public static final String REVIEWER_TOKEN = "test-reviewer-rita-8c4d2e6f1a0b";
    public static final String REVIEWER2_TOKEN = "test-reviewer-ravi-1b7e5c3a9d2f";

    public static Path newStoreDir() {
        return TempDirs.create("store");
    }

    /** Embedded mode on a temporary store, Bolt on a free port, no log preallocation. */
    public static Map<String, Object> embedded(Path storeDir, String bundle) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("seigraph.embedded.store-dir", storeDir.toString());
        props.put("seigraph.embedded.bolt-port", "0");
        props.put("seigraph.embedded.preallocate-transaction-logs", "false");
        props.put("seigraph.embedded.page-cache", "32m");
        props.put("seigraph.store.bundle", bundle);
        props.put("server.port", "0");
        props.put("seigraph.admin.token", ADMIN_TOKEN);
        props.put("seigraph.curation.curator-tokens", "alice:" + CURATOR_TOKEN + ",ravi:" + REVIEWER2_TOKEN);
        props.put("seigraph.curation.reviewer-tokens", "rita:" + REVIEWER_TOKEN + ",ravi:" + REVIEWER2_TOKEN);
        return props;
    }

    /**
     * {@link #embeddedArgs} for an app that a test starts only to write, restart or kill it: without the background
     * work that serves reads faster (text vectors, planning query shapes ahead, park fit's warm-up), which such a test never waits for
     * and which would only compete with it for the machine's two cores.
     */
    public static String[] leanArgs(Path storeDir, String bundle) {
        return leanArgs(storeDir, bundle, Map.of());
    }

    /** {@link #leanArgs(Path, String)} with some of its properties set otherwise. */
    public static String[] leanArgs(Path storeDir, String bundle, Map<String, Object> overrides) {
        Map<String, Object> props = embedded(storeDir, bundle);
        props.put("seigraph.text.vectors", "false");
        props.put("seigraph.compiler.plan-ahead", "false");
        props.put("seigraph.parks.warm-up", "false");
        props.putAll(overrides);
        return args(props);
    }

    /** The same as command-line arguments, which (unlike default properties) win over application.yml. */
    public static String[] embeddedArgs(Path storeDir, String bundle) {
        return args(embedded(storeDir, bundle));
    }

    private static String[] args(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private TempStores() {
    }
}
