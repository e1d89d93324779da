package dev.berth.daemon;

import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The docker CLI of this machine, run against the test engine, for tests that compare Berth with it. */
public final class DockerCli {
    private static final Pattern HUMAN_SIZE = Pattern.compile("([0-9.]+)\\s*([kKMGTP]?B)");
    private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB", "PB");

    private DockerCli() {
    }

    static Path binary() {
        return Stream.of("/usr/local/bin/docker", "/usr/bin/docker").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("No docker CLI at /usr/local/bin or /usr/bin"));
    }

    /** Runs {@code docker args…} and answers its stdout; fails the test when the CLI fails. */
    public static String run(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(binary().toString()), Stream.of(args))
                .toList()).redirectErrorStream(false);
        builder.environment().put("DOCKER_HOST", TestEngine.HOST);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("docker " + String.join(" ", args) + " failed: " + err);
        }
        return out;
    }

    /** A size as the CLI prints it ("1.984MB", "0B", "12.3kB (40%)"), in bytes (decimal units, like go-units). */
    public static double bytes(String human) {
        Matcher size = HUMAN_SIZE.matcher(human);
        if (!size.find()) {
            throw new AssertionError("Not a size: " + human);
        }
        int power = UNITS.indexOf(size.group(2).toUpperCase(Locale.ROOT));
        return Double.parseDouble(size.group(1)) * Math.pow(1000, power);
    }

    /** The "(40%)" of a reclaimable column, or -1 when the CLI printed none. */
    public static long percent(String human) {
        Matcher percent = Pattern.compile("\\((\\d+)%\\)").matcher(human);
        return percent.find() ? Long.parseLong(percent.group(1)) : -1;
    }
}
