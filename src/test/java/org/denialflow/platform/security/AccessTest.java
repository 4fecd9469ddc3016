package org.denialflow.platform.security;

import org.denialflow.support.H2ApplicationTest;

@H2ApplicationTest
class AccessTest extends AccessChecks {
}
