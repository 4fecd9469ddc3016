package org.denialflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.denialflow.platform.identity.AdminAccountProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the demo profile there is no default administrator password: binding the configuration
 * of the postgres profile without DENIALFLOW_ADMIN_PASSWORD fails with the reason. (Starting the
 * real application that way is checked, as a separate process, by TwoNodeClusterIT; a failing
 * Spring context here would unregister the shared process engine of the other tests.)
 */
class NoDefaultPasswordTest {

    @Test
    void thePostgresProfileWithoutAnAdministratorPasswordIsRefused() throws IOException {
        StandardEnvironment environment = profile("application-postgres.yaml", Map.of());
        assertThatThrownBy(() -> Binder.get(environment).bind("denialflow.admin", AdminAccountProperties.class))
                .hasStackTraceContaining("No administrator password is configured");
    }

    @Test
    void theVariableSetsIt() throws IOException {
        StandardEnvironment environment = profile("application-postgres.yaml",
                Map.of("DENIALFLOW_ADMIN_PASSWORD", "a long passphrase"));
        assertThat(Binder.get(environment).bind("denialflow.admin", AdminAccountProperties.class).get().password())
                .isEqualTo("a long passphrase");
    }

    @Test
    void theDemoProfileHasOne() throws IOException {
        StandardEnvironment environment = profile("application-demo.yaml", Map.of());
        assertThat(Binder.get(environment).bind("denialflow.admin", AdminAccountProperties.class).get().password())
                .isEqualTo("demo");
    }

    /** application.yaml with one profile's file over it, and the given variables instead of the machine's. */
    private static StandardEnvironment profile(String profileFile, Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new MapPropertySource("variables", variables));
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (PropertySource<?> source : loader.load(profileFile, new ClassPathResource(profileFile))) {
            sources.addLast(source);
        }
        for (PropertySource<?> source : loader.load("application.yaml", new ClassPathResource("application.yaml"))) {
            sources.addLast(source);
        }
        return environment;
    }
}
