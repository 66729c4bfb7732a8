package org.seigraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the benchmarks read of a process from /proc: its CPU time and its JIT compiler threads' share of it. */
class ProcStatsTest {

    @Test
    void compilerThreadsAreAPartOfTheProcessCpuTime() {
        long pid = ProcessHandle.current().pid();
        long compiler = ProcStats.compilerTicks(pid);
        long all = ProcStats.cpuTicks(pid);
        // a test JVM has compiled for far more than a clock tick by the time this runs
        assertThat(compiler).isPositive().isLessThanOrEqualTo(all);
        assertThat(ProcStats.compilerTicks(Long.MAX_VALUE)).isZero();
    }
}
