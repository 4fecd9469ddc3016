package org.denialflow.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP credentials against the engine's identity service, so DenialFlow has one set of users
 * and groups (managed in Camunda Admin). Each engine group becomes a role: group {@code billing}
 * is {@code ROLE_billing}.
 */
@Component
public class EngineUserAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_PREFIX = "ROLE_";

    private final IdentityService identityService;

    public EngineUserAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<GrantedAuthority> roles = groupIdsOf(userId).stream()
                .<GrantedAuthority>map(groupId -> new SimpleGrantedAuthority(ROLE_PREFIX + groupId))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, roles);
    }

    List<String> groupIdsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
