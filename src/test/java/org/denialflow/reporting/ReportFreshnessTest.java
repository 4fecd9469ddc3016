package org.denialflow.reporting;

import org.denialflow.support.H2ApplicationTest;
import org.springframework.test.context.TestPropertySource;

/** The freshness checks of the report facts on H2. */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class ReportFreshnessTest extends ReportFreshnessChecks {
}
