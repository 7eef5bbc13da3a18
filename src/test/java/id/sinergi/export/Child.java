package id.sinergi.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A benchmark main class run again in a fresh JVM (cold start, small heap) with this JVM's class path. */
final class Child {

    private Child() {
    }

    /** Runs {@code main} with the JVM options and arguments; returns its output lines (stdout and stderr). */
    static List<String> run(List<String> jvmOptions, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        List<String> lines = new ArrayList<>(List.of(output.split("\n")));
        if (exit != 0) {
            lines.add("child JVM (" + String.join(" ", jvmOptions) + " " + String.join(" ", args) + ") exited with "
                    + exit);
        }
        return lines;
    }

    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(Child::path).collect(Collectors.joining(
                    System.getProperty("path.separator")));
        }
        return System.getProperty("java.class.path");
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
