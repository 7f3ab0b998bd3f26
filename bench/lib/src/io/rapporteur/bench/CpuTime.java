package io.rapporteur.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) that processes have used, from Linux's /proc: what a piece of work cost, which a busy or
 * noisy machine disturbs far less than the wall-clock time it took.
 */
public final class CpuTime {

    /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on every Linux the benches run on). */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** CPU seconds used so far by one process (0 where /proc is missing). */
    public static double ofProcess(long pid) {
        return seconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** CPU seconds used so far by every live process of this command name (e.g. "postgres": server and backends). */
    public static double ofCommand(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> p.resolve("stat"))
                    .filter(stat -> command.equals(commandOf(stat)))
                    .mapToDouble(CpuTime::seconds)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String commandOf(Path stat) {
        try {
            String line = Files.readString(stat);
            return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return null;   // the process ended meanwhile
        }
    }

    private static double seconds(Path stat) {
        try {
            String line = Files.readString(stat);
            // fields after the command (which may hold spaces): state is field 3, utime 14, stime 15
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
