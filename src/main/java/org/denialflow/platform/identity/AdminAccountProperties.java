package org.denialflow.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator account; the password has no default outside the demo profile. */
@ConfigurationProperties(prefix = "denialflow.admin")
public record AdminAccountProperties(String username, String password) {

    public AdminAccountProperties {
        if (username == null || username.isBlank()) {
            username = "admin";
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("""
                    No administrator password is configured.
                    Set DENIALFLOW_ADMIN_PASSWORD (or denialflow.admin.password) before starting DenialFlow.
                    Only the demo profile, meant for a local trial, has a default password.""");
        }
    }
}
