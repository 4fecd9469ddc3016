package org.denialflow.platform.security;

import org.denialflow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AccessIT extends AccessChecks {
}
