package org.seigraph.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what ({@code seigraph.admin.*}, {@code seigraph.curation.*}, {@code seigraph.cors.*}).
 *
 * @param admin           the bearer token of the admin endpoints ({@code SEIGRAPH_ADMIN_TOKEN}); unset or blank =
 *                        admin endpoints off
 * @param curation        the curators' and reviewers' tokens ({@code SEIGRAPH_CURATION_CURATOR_TOKENS},
 *                        {@code SEIGRAPH_CURATION_REVIEWER_TOKENS}), comma-separated {@code name:token} entries (the
 *                        name is who proposed or approved a change); none = curation writes off
 * @param cors            browser origins allowed to call /graphql and /api/** cross-origin; none by default
 * @param maxBodyBytes    largest request body accepted (413 above it)
 */
@ConfigurationProperties("seigraph")
public record AccessSettings(Admin admin, Curation curation, Cors cors, Long maxBodyBytes) {

    public record Admin(String token) {
    }

    /** A named bearer token. */
    public record Token(String name, String token) {
    }

    public record Curation(List<String> curatorTokens, List<String> reviewerTokens) {

        public List<Token> curators() {
            return tokens(curatorTokens, "curator");
        }

        public List<Token> reviewers() {
            return tokens(reviewerTokens, "reviewer");
        }

        public boolean enabled() {
            return !curators().isEmpty() || !reviewers().isEmpty();
        }

        /** Entries {@code name:token} (or a bare token, named {@code curator-1} …); blanks are skipped. */
        private static List<Token> tokens(List<String> entries, String role) {
            List<Token> out = new ArrayList<>();
            if (entries == null) {
                return out;
            }
            for (String entry : entries) {
                if (entry == null || entry.isBlank()) {
                    continue;
                }
                String e = entry.strip();
                int colon = e.indexOf(':');
                String name = colon > 0 ? e.substring(0, colon).strip() : role + "-" + (out.size() + 1);
                String token = colon > 0 ? e.substring(colon + 1).strip() : e;
                if (token.isEmpty()) {
                    throw new IllegalStateException("seigraph.curation." + role + "-tokens: the entry for '" + name + "' has no token");
                }
                if (!name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
                    throw new IllegalStateException("seigraph.curation." + role + "-tokens: '" + name
                            + "' is not a name (letters, digits, . _ @ -, at most 64)");
                }
                out.add(new Token(name, token));
            }
            return out;
        }
    }

    public record Cors(List<String> allowedOrigins) {
    }

    public AccessSettings {
        admin = admin == null ? new Admin(null) : admin;
        curation = curation == null ? new Curation(List.of(), List.of()) : curation;
        cors = cors == null || cors.allowedOrigins() == null ? new Cors(List.of()) : cors;
        maxBodyBytes = maxBodyBytes == null ? 1024L * 1024 : maxBodyBytes;
        // one token is one person: the same token under two names would make "who approved" ambiguous
        Map<String, String> names = new HashMap<>();
        for (Token t : concat(curation.curators(), curation.reviewers())) {
            String other = names.putIfAbsent(t.token(), t.name());
            if (other != null && !other.equals(t.name())) {
                throw new IllegalStateException("seigraph.curation: one token is configured for both '" + other
                        + "' and '" + t.name() + "'");
            }
        }
    }

    public boolean adminEnabled() {
        return admin.token() != null && !admin.token().isBlank();
    }

    private static List<Token> concat(List<Token> a, List<Token> b) {
        List<Token> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
