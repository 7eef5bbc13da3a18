package id.sinergi.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability for real: the application runs in a child JVM on an H2 file database, saves progress updates while it
 * imports the national region list, and is killed with SIGKILL in the middle of both. Started again it starts cleanly,
 * every update it reported as committed is there with its item and audit row, nothing half-written is visible, and the
 * region import is either complete or absent (it is one transaction).
 */
class CrashRecoveryTest {

    private static final Path NATIONAL_LIST = Path.of("..", "shared", "data", "wilayah-kepmendagri-2025.csv");
    private static final Duration START_LIMIT = Duration.ofSeconds(180); // H2 recovers a killed import first; CI is busy
    private static final int COMMITS_BEFORE_KILL = 5;

    @TempDir
    Path dataDir;

    @Test
    void a_killed_app_restarts_with_every_committed_progress_update_and_no_half_import() throws Exception {
        assumeTrue(Files.isRegularFile(NATIONAL_LIST), "the national region list is not beside the project");
        Child work = start("work", NATIONAL_LIST.toAbsolutePath().toString());
        work.await(lines -> lines.stream().anyMatch(l -> l.contains("Importing regions from"))
                && lines.stream().filter(l -> l.startsWith("COMMITTED")).count() >= COMMITS_BEFORE_KILL);
        boolean importFinishedBeforeKill = work.lines.stream().anyMatch(l -> l.contains("Regions imported from"));
        work.process.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
        work.process.waitFor(10, TimeUnit.SECONDS);
        List<String> committed = work.lines.stream().filter(l -> l.startsWith("COMMITTED ")).map(l -> l.substring(10))
                .toList();

        List<String> after = finish(start("check"));
        String story = "work ended with " + work.lines.subList(Math.max(0, work.lines.size() - 6), work.lines.size())
                + "; check said " + after.stream().filter(l -> !l.startsWith("UPDATE ")).toList();
        assertThat(after).as("starts cleanly after the kill").contains("STARTED");
        Map<String, String> facts = facts(after);
        List<String> stored = after.stream().filter(l -> l.startsWith("UPDATE ")).map(l -> l.substring(7)).toList();
        assertThat(stored).as("every committed update is there").containsAll(committed);
        assertThat(stored.size()).as("at most the one update in flight at the kill is there too")
                .isBetween(committed.size(), committed.size() + 1);
        String last = stored.getLast();
        assertThat(facts.get("ITEM")).as("the item shows the last stored update, with one audit row per update")
                .isEqualTo("progress=" + last.split(" ")[1] + " version=" + stored.size() + " updates=" + stored.size()
                        + " audits=" + stored.size());
        assertThat(facts.get("REGIONS")).as("the import (one transaction) left nothing or everything: %s", story)
                .isIn(importFinishedBeforeKill ? List.of("91599") : List.of("0", "91599"));
        assertThat(facts.get("REGIONS_WITHOUT_PATH")).as(story).isEqualTo("0");
        assertThat(facts.get("REGIONS_WITHOUT_WORDS")).as(story).isEqualTo("0");
    }

    private static Map<String, String> facts(List<String> lines) {
        return lines.stream().filter(l -> l.matches("(REGIONS|REGIONS_WITHOUT_PATH|REGIONS_WITHOUT_WORDS|ITEM) .*"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(' ')), l -> l.substring(l.indexOf(' ') + 1),
                        (a, b) -> b));
    }

    private Child start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CrashTestApp.class.getName(), args[0], dataDir.toString()));
        command.addAll(List.of(args).subList(1, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new Child(process);
    }

    private static List<String> finish(Child child) throws InterruptedException {
        assertThat(child.process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("child finished: %s",
                child.lines).isTrue();
        child.reader.join(5_000);
        assertThat(child.process.exitValue()).as("child exit: %s", child.lines).isZero();
        return child.lines;
    }

    /** A child JVM whose output lines are collected as they come. */
    private static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader;

        Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException e) {
                    lines.add("READ FAILED " + e);
                }
            });
        }

        void await(Predicate<List<String>> condition) throws InterruptedException {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (!condition.test(lines)) {
                assertThat(process.isAlive()).as("child still running: %s", lines).isTrue();
                assertThat(System.nanoTime()).as("waited too long: %s", lines).isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }
}
