package org.denialflow.ingest;

import org.denialflow.support.H2ApplicationTest;

@H2ApplicationTest
class IntakeTest extends IntakeChecks {
}
