package org.seigraph.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles a bearer token can carry ({@link BearerTokenFilter}), and who is calling. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    /** Proposes changes to the graph. */
    public static final String CURATOR = "CURATOR";
    /** Approves or rejects proposed changes. */
    public static final String REVIEWER = "REVIEWER";

    /** The caller's name and roles, when the request carried a known token. */
    public record Caller(String name, java.util.Set<String> roles) {
        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    public static Optional<Caller> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getAuthorities().isEmpty()
                || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        auth.getAuthorities().forEach(a -> {
            String r = a.getAuthority();
            if (r != null && r.startsWith("ROLE_")) {
                roles.add(r.substring(5));
            }
        });
        return Optional.of(new Caller(auth.getName(), roles));
    }

    private Roles() {
    }
}
