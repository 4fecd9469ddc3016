package org.denialflow.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The third door: the dashboard ({@code /dashboard/**}), a web page with its own form login and
 * session, checked against the engine's users like the REST APIs. Only supervisors, process owners
 * and administrators get in; anyone else who logs in is refused (403). The session is the
 * dashboard's own (not the Camunda webapps' login), so CSRF protection stays on for its forms.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DashboardSecurityConfiguration {

    static final String[] OVERSEER_GROUPS = {"supervisors", "process-owners", "camunda-admin"};

    @Bean
    @Order(0)
    SecurityFilterChain dashboard(HttpSecurity http, EngineUserAuthenticationProvider users) throws Exception {
        http.securityMatcher(path("/dashboard/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/dashboard/login")).permitAll()
                        .anyRequest().hasAnyRole(OVERSEER_GROUPS))
                .formLogin(form -> form.loginPage("/dashboard/login").loginProcessingUrl("/dashboard/login")
                        .defaultSuccessUrl("/dashboard", false).failureUrl("/dashboard/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/dashboard/logout").logoutSuccessUrl("/dashboard/login?logout"))
                .authenticationProvider(users);
        return http.build();
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
