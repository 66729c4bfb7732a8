package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;

/**
 * Requests are observed as a whole (HTTP request metrics), not filter by filter: Spring Security's per-filter,
 * authentication and authorization observations are off ({@code AccessSecurity#securityObservationSettings}).
 */
class RequestObservationsTest {

    @Test
    void requestsAreObservedButNotEachSecurityFilter() {
        assertThat(SharedApp.http().query("{ __typename }").has("errors")).isFalse();
        MeterRegistry registry = SharedApp.bean(MeterRegistry.class);
        assertThat(registry.find("http.server.requests").tag("uri", "/graphql").timer()).isNotNull();
        assertThat(registry.getMeters()).extracting(m -> m.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }
}
