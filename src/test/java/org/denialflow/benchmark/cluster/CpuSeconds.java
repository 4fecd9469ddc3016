package org.denialflow.benchmark.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time used by PostgreSQL's processes and by given node processes (Linux /proc), so that a
 * benchmark can say which of them the machine's cores were busy with while it measured a throughput.
 */
final class CpuSeconds {

    /** Clock ticks per second of /proc/[pid]/stat; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;

    private CpuSeconds() {
    }

    /** User plus system time of every process named postgres, including exited children it waited for. */
    static double postgres() {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                String[] stat = stat(process.getFileName().toString());
                if (stat != null && stat[1].equals("(postgres)")) {
                    total += ticks(stat, true);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total / TICKS;
    }

    /** User plus system time of one process. */
    static double of(long pid) {
        String[] stat = stat(String.valueOf(pid));
        return stat == null ? -1 : ticks(stat, false) / TICKS;
    }

    private static double ticks(String[] stat, boolean withChildren) {
        // fields 14-17 (1-based): utime, stime, cutime, cstime
        double ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        return withChildren ? ticks + Long.parseLong(stat[15]) + Long.parseLong(stat[16]) : ticks;
    }

    private static String[] stat(String pid) {
        try {
            return Files.readString(Path.of("/proc", pid, "stat")).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or the process is gone
        }
    }
}
