package org.denialflow.appeal;

import org.denialflow.support.H2ApplicationTest;

@H2ApplicationTest
class AppealTest extends AppealChecks {
}
