package org.denialflow.engine;

/**
 * Makes the connection pool test every connection before handing it out.
 *
 * <p>HikariCP skips that test for a connection used in the last 500 ms ({@code aliveBypassWindowMs}).
 * When PostgreSQL restarts or drops the sessions, the pool then hands such a dead connection to the
 * next caller; for the job executor that caller may be the transaction that records a job's failure,
 * so the job stays locked, never run and never retried, until its lock expires (15 minutes). With
 * the window at 0 a dead connection is found and replaced before use: a check costs one round trip
 * on a connection that is about to be used anyway. Hikari reads the setting once, when it creates
 * the pool, so it is set in {@code main} before Spring starts. A value given on the command line
 * ({@code -Dcom.zaxxer.hikari.aliveBypassWindowMs=...}) is left as it is.
 */
public final class ConnectionCheck {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    private ConnectionCheck() {
    }

    /** Call first thing in {@code main}. */
    public static void beforeEveryUse() {
        if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
            System.setProperty(ALIVE_BYPASS_WINDOW, "0");
        }
    }
}
