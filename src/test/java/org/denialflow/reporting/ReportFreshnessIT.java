package org.denialflow.reporting;

import org.denialflow.support.PostgresIntegrationTest;

/** The freshness checks of the report facts on PostgreSQL, where the fact SQL runs in production. */
@PostgresIntegrationTest
class ReportFreshnessIT extends ReportFreshnessChecks {
}
