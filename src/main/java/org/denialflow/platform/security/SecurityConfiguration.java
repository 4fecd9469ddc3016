package org.denialflow.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. The REST APIs ({@code /engine-rest}, {@code /api}) and the metrics demand HTTP basic
 * authentication against the engine's users; reads under {@code /api} also accept a Tasklist or
 * Cockpit login (see {@link WebappLoginFilter}); so do DenialFlow's task pages, which protect their
 * forms with CSRF tokens. The Camunda webapps (Tasklist, Cockpit, Admin) keep
 * their own login, session and CSRF protection, so Spring Security lets them through.
 */
@Configuration
@EnableMethodSecurity
// The command-line import runs without a web server, and so without web security.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, EngineUserAuthenticationProvider users,
                                 IdentityService identityService) throws Exception {
        // Path matchers, not MVC matchers: /engine-rest is served by Jersey, not Spring MVC.
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/actuator/info"))
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .authenticationProvider(users)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless basic authentication: no session cookie a cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(WebappLoginFilter.readsOnly(users), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * DenialFlow's task pages ({@code /appeals/**}, linked from task forms) run on the Tasklist login,
     * with Spring's CSRF token on every change; without a login they send the user to Tasklist.
     */
    @Bean
    @Order(0)
    SecurityFilterChain taskPages(HttpSecurity http, EngineUserAuthenticationProvider users) throws Exception {
        http.securityMatcher(path("/appeals/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(TASKLIST)))
                .addFilterBefore(WebappLoginFilter.anyMethod(users), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    static final String TASKLIST = "/camunda/app/tasklist/";

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The Camunda webapps bring their own CSRF filter and session handling.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
