package org.denialflow.platform.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a user who is logged into Tasklist or Cockpit open DenialFlow's pages and downloads (an
 * appeal packet linked from a task form, the dashboard) without logging in a second time.
 *
 * <p>On the REST APIs only reads ride on the webapp session ({@link #readsOnly}): a GET or HEAD
 * cannot change anything, so a forged cross-site link gains nothing, and every change needs basic
 * authentication. DenialFlow's own task pages ({@link #anyMethod}) accept the session for changes
 * too, because their chain demands Spring's CSRF token on every change. Groups are read afresh from
 * the identity service, so a user removed from a group loses access at once.
 */
class WebappLoginFilter extends OncePerRequestFilter {

    static final String ENGINE = "default";

    private final EngineUserAuthenticationProvider users;
    private final boolean changesToo;

    private WebappLoginFilter(EngineUserAuthenticationProvider users, boolean changesToo) {
        this.users = users;
        this.changesToo = changesToo;
    }

    static WebappLoginFilter readsOnly(EngineUserAuthenticationProvider users) {
        return new WebappLoginFilter(users, false);
    }

    /** Only for a filter chain with CSRF protection on. */
    static WebappLoginFilter anyMethod(EngineUserAuthenticationProvider users) {
        return new WebappLoginFilter(users, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = webappUser(request);
        if (userId != null) {
            List<GrantedAuthority> roles = users.groupIdsOf(userId).stream()
                    .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(
                            EngineUserAuthenticationProvider.ROLE_PREFIX + group))
                    .toList();
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, roles));
        }
        chain.doFilter(request, response);
    }

    private String webappUser(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!(read || changesToo) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        for (UserAuthentication authentication : authentications.getAuthentications()) {
            if (ENGINE.equals(authentication.getProcessEngineName())) {
                return authentication.getIdentityId();
            }
        }
        return null;
    }
}
