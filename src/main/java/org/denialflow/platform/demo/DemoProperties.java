package org.denialflow.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: on for a local run, off in the postgres profile. {@code loadWork} fills Tasklist and
 * Cockpit with generated remittances on the first start.
 */
@ConfigurationProperties(prefix = "denialflow.demo")
public record DemoProperties(boolean enabled, String password, @DefaultValue("true") boolean loadWork) {
}
