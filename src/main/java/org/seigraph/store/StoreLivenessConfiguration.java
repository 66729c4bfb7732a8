package org.seigraph.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link StoreLiveness} in front of the driver every part of the app uses (our readers, the loader, Spring
 * Data Neo4j, user Cypher): while the store is known to be down, opening a session fails at once; a connectivity
 * failure of any session call marks it down. Health ({@code /actuator/health}, component {@code neo4j}) reports
 * the liveness state and its reason instead of Boot's indicator, which would wait for a connection timeout.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreLiveness.Settings.class)
class StoreLivenessConfiguration {

    @Bean
    StoreLiveness storeLiveness(StoreLiveness.Settings settings) {
        return new StoreLiveness(settings);
    }

    /** Static: a post-processor is created before other beans; the liveness bean is looked up only when the driver appears. */
    @Bean
    static BeanPostProcessor storeLivenessDriverGate(ObjectProvider<StoreLiveness> liveness) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Driver driver && !Proxy.isProxyClass(bean.getClass())) {
                    StoreLiveness l = liveness.getObject();
                    l.watch(driver);
                    return gated(driver, l);
                }
                return bean;
            }
        };
    }

    static Driver gated(Driver driver, StoreLiveness liveness) {
        InvocationHandler handler = (proxy, method, args) -> {
            boolean opens = method.getName().startsWith("session") || method.getName().equals("executableQuery");
            if (opens) {
                liveness.require();
            }
            Object result = invoke(method, driver, args, liveness);
            return result instanceof Session session ? observed(session, liveness) : result;
        };
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, handler);
    }

    private static Session observed(Session session, StoreLiveness liveness) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> invoke(method, session, args, liveness));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args, StoreLiveness liveness)
            throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            liveness.observed(e.getCause());
            throw e.getCause();
        }
    }

    /** Named so that Boot's own Neo4j indicator (which queries the server on every call) steps aside. */
    @Bean
    HealthIndicator neo4jHealthIndicator(StoreLiveness liveness) {
        return () -> {
            StoreLiveness.State s = liveness.state();
            Health.Builder health = s.up() ? Health.up() : Health.down().withDetail("error", s.reason());
            health.withDetail("since", s.since().toString());
            if (s.edition() != null) {
                health.withDetail("edition", s.edition()).withDetail("version", s.version());
            }
            return health.build();
        };
    }
}
