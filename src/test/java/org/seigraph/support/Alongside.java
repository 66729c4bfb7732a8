package org.seigraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the main sequence of classes instead of in it: one that shares nothing with the
 * others (its own store, app or child process; no {@link SharedApp}, no {@link WritableApp}, no JVM-wide state).
 * Most of these wait on something else (a child JVM starting, an import, a harness), so the suite's two cores are
 * busier with them beside the main sequence. They hold one lock among themselves, so at most one runs at a time,
 * and their methods run one after the other. Everything else runs one class at a time, as without this annotation
 * ({@code junit-platform.properties}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Alongside.LOCK)
public @interface Alongside {

    String LOCK = "seigraph.alongside";
}
