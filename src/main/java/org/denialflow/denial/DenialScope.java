package org.denialflow.denial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.denialflow.platform.identity.Team;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which denials a user may see, in the tracking log and one by one: supervisors, process owners and
 * administrators see all; a member of a working team sees the denials of that team (the {@code team} column holds
 * the routing decision's value, BILLING, FRONT_OFFICE, ...).
 */
public record DenialScope(List<String> teams) {

    public static final List<String> OVERSEERS = List.of("supervisors", "process-owners", "camunda-admin");

    public static DenialScope everything() {
        return new DenialScope(null);
    }

    public static DenialScope of(Authentication user) {
        if (user == null) {
            return new DenialScope(List.of());
        }
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        if (groups.stream().anyMatch(OVERSEERS::contains)) {
            return everything();
        }
        List<String> teams = new ArrayList<>();
        for (Team team : Team.values()) {
            if (team.worksDenials() && groups.contains(team.groupId())) {
                teams.add(team.name());
            }
        }
        return new DenialScope(Collections.unmodifiableList(teams));
    }

    public boolean isEverything() {
        return teams == null;
    }

    /** The condition to add to a query over the denial table aliased {@code alias}. */
    public String sql(String alias) {
        if (teams == null) {
            return "";
        }
        if (teams.isEmpty()) {
            return " and 1 = 0";
        }
        return " and " + alias + ".team in (" + teams.stream().map(t -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Whether a denial routed to {@code team} (the denial's {@code team} column) is in scope. */
    public boolean covers(String team) {
        return teams == null || team != null && teams.contains(team.toUpperCase(Locale.ROOT));
    }

    public List<Object> params() {
        return teams == null ? List.of() : teams.stream().map(t -> (Object) t.toUpperCase(Locale.ROOT)).toList();
    }
}
