package org.denialflow.appeal;

import org.denialflow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AppealIT extends AppealChecks {
}
