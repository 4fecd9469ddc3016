package org.denialflow.ingest;

import org.denialflow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class IntakeIT extends IntakeChecks {
}
