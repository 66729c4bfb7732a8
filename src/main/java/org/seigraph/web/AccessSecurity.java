package org.seigraph.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Access rules (Spring Security). Reads are public: GraphQL queries, every GET, the map page and static assets,
 * GraphiQL, health, the read-only {@code POST /api/cypher} and the cookbook. What changes data: {@code /api/admin/**}
 * needs {@code Authorization: Bearer <seigraph.admin.token>}; with no token configured those endpoints are off (403
 * for everyone), never open. Curation mutations (GraphQL) and {@code POST /api/curation/**} check the caller's
 * role themselves (curator proposes, reviewer approves; {@link Roles}), with the same bearer tokens.
 * <p>
 * Stateless: no sessions, no cookies, no login page, no HTTP Basic, no generated password (the user-details
 * auto-configuration is excluded in {@code application.yml}). CSRF protection is off because there is nothing for
 * it to protect: CSRF abuses credentials a browser attaches by itself (cookies, Basic auth), and this API has none;
 * the only credential is a bearer header that a browser never adds to a cross-site request, and the public reads
 * change nothing. Cross-origin browser calls to /graphql and /api/** are allowed only from
 * {@code seigraph.cors.allowed-origins} (none by default).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccessSettings.class)
class AccessSecurity {

    private static final Logger log = LoggerFactory.getLogger(AccessSecurity.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessSettings settings) throws Exception {
        boolean admin = settings.adminEnabled();
        log.info(admin ? "Admin endpoints enabled (bearer token from seigraph.admin.token)"
                : "Admin endpoints off: no seigraph.admin.token / SEIGRAPH_ADMIN_TOKEN configured");
        log.info("Curation writes: {} curator and {} reviewer tokens configured{}", settings.curation().curators().size(),
                settings.curation().reviewers().size(), settings.curation().enabled() ? "" : " (curation writes off)");
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .cors(cors -> { })
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .addFilterBefore(new BearerTokenFilter(settings), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    if (admin) {
                        auth.requestMatchers("/api/admin/**").hasRole("ADMIN");
                    } else {
                        auth.requestMatchers("/api/admin/**").denyAll();
                    }
                    auth.anyRequest().permitAll();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> {
                            if (admin) {
                                response.setHeader("WWW-Authenticate", "Bearer");
                                error(response, 401, ErrorCode.UNAUTHORIZED,
                                        "This endpoint needs 'Authorization: Bearer <admin token>'");
                            } else {
                                off(response);
                            }
                        })
                        .accessDeniedHandler((request, response, denied) -> {
                            if (admin) {
                                error(response, 403, ErrorCode.FORBIDDEN, "Not allowed");
                            } else {
                                off(response);
                            }
                        }));
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: with an observation registry
     * present (HTTP request metrics), Spring Security would otherwise wrap every filter of the chain in one and
     * count its events: a share of every request's CPU (profiles of approvals and park fit in bench/results). The request
     * itself is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static void off(HttpServletResponse response) throws IOException {
        error(response, 403, ErrorCode.FORBIDDEN,
                "Admin endpoints are off: no admin token is configured (seigraph.admin.token / SEIGRAPH_ADMIN_TOKEN)");
    }

    private static void error(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ErrorJson.of(code, message));
    }

    /**
     * Requests Spring Security's firewall refuses before any rule is checked (a double slash, a dot segment, a
     * semicolon, an encoded slash or NUL in the path …): 400 BAD_REQUEST in the REST error shape, instead of
     * Spring Boot's /error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> error(response, 400, ErrorCode.BAD_REQUEST,
                "The request path is not accepted: " + rejected.getMessage());
    }

    /** Same-origin and non-browser clients are unaffected; cross-origin browsers only from the allow-list. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(AccessSettings settings) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.copyOf(settings.cors().allowedOrigins()));
        config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        config.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/graphql", config);
        source.registerCorsConfiguration("/graphql/**", config);
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }

    /** Before everything else, Spring Security included. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(AccessSettings settings) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(settings.maxBodyBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
