package org.seigraph.store;

import java.util.concurrent.ThreadFactory;

/** Threads for work no request waits for: daemons (they never hold up a shutdown), at the lowest priority. */
public final class BackgroundThreads {

    private BackgroundThreads() {
    }

    /** Threads of this name. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        };
    }
}
