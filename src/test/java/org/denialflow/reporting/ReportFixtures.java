package org.denialflow.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Opens the report test data set to tests of other packages. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** Empties the ledger and the review tables, then loads {@link ReportFixture}'s data. */
    public static void load(JdbcClient jdbc) {
        ReportFixture.clear(jdbc);
        new ReportFixture(jdbc).load();
    }
}
