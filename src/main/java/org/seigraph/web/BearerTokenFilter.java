package org.seigraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} → the roles of that token: ADMIN for {@code seigraph.admin.token}, CURATOR
 * and REVIEWER for the entries of {@code seigraph.curation.curator-tokens} / {@code reviewer-tokens}, under the
 * name the entry gives. The presented token is compared with every configured one, always all of them, in constant
 * time over SHA-256 digests (so neither content, length nor which entry matched leaks through timing). A missing or
 * wrong token leaves the request anonymous; public reads do not care, protected ones answer 401.
 * Not a bean on purpose: Boot would otherwise also register it as a plain servlet filter.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private record Credential(String name, String role, byte[] digest) {
    }

    private final List<Credential> credentials = new ArrayList<>();

    BearerTokenFilter(AccessSettings settings) {
        if (settings.adminEnabled()) {
            credentials.add(new Credential("admin", Roles.ADMIN, sha256(settings.admin().token())));
        }
        for (AccessSettings.Token t : settings.curation().curators()) {
            credentials.add(new Credential(t.name(), Roles.CURATOR, sha256(t.token())));
        }
        for (AccessSettings.Token t : settings.curation().reviewers()) {
            credentials.add(new Credential(t.name(), Roles.REVIEWER, sha256(t.token())));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (!credentials.isEmpty() && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            byte[] presented = sha256(header.substring(PREFIX.length()).strip());
            String name = null;
            Set<SimpleGrantedAuthority> roles = new LinkedHashSet<>();
            for (Credential c : credentials) {
                if (MessageDigest.isEqual(c.digest(), presented)) {
                    name = name == null ? c.name() : name;
                    roles.add(new SimpleGrantedAuthority("ROLE_" + c.role()));
                }
            }
            if (name != null) {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(name, null, List.copyOf(roles)));
            }
        }
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
