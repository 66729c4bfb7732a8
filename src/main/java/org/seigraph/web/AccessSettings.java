package org.seigraph.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what ({@code seigraph.admin.*}, {@code seigraph.cors.*}).
 *
 * @param adminToken      the bearer token of the admin endpoints ({@code SEIGRAPH_ADMIN_TOKEN}); unset or blank =
 *                        admin endpoints off
 * @param allowedOrigins  browser origins allowed to call /graphql and /api/** cross-origin; none by default
 * @param maxBodyBytes    largest request body accepted (413 above it)
 */
@ConfigurationProperties("seigraph")
public record AccessSettings(Admin admin, Cors cors, Long maxBodyBytes) {

    public record Admin(String token) {
    }

    public record Cors(List<String> allowedOrigins) {
    }

    public AccessSettings {
        admin = admin == null ? new Admin(null) : admin;
        cors = cors == null || cors.allowedOrigins() == null ? new Cors(List.of()) : cors;
        maxBodyBytes = maxBodyBytes == null ? 1024L * 1024 : maxBodyBytes;
    }

    public boolean adminEnabled() {
        return admin.token() != null && !admin.token().isBlank();
    }
}
