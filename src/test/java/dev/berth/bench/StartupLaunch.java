package dev.berth.bench;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link StartupBenchmark} launches: an app image's launcher, a bare JavaFX window from the same image's
 * runtime and JVM options, and {@code docker ps -a}, each timed from the moment before the process starts, all on
 * one Xvfb display.
 */
final class StartupLaunch implements AutoCloseable {
    private static final long GIVE_UP_SECONDS = 60;
    private static final Pattern WINDOW = Pattern.compile("Window shown (\\d+) ms after the JVM started");
    private static final Pattern LIST = Pattern.compile("First container list shown (\\d+) ms after the JVM started");
    private static final Pattern BARE = Pattern.compile("Bare window shown (\\d+) ms after the JVM started");
    private static final String BARE_WINDOW = """
            import javafx.application.Application;
            import javafx.scene.Scene;
            import javafx.scene.control.TableView;
            import javafx.stage.Stage;

            public class BareWindow extends Application {
                public static void main(String[] args) {
                    launch(args);
                }

                @Override
                public void start(Stage stage) {
                    stage.setScene(new Scene(new TableView<Object>(), 1180, 720));
                    stage.show();
                    System.out.println("Bare window shown "
                            + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                            + " ms after the JVM started");
                }
            }
            """;

    /** One launch: wall-clock milliseconds from process start to the line, and the process's own JVM-relative ones. */
    record Timing(double wallMs, double inProcessMs) {
    }

    private final Path work;
    private final Process xvfb;
    private final String display;
    private final Path bareClasses;

    private StartupLaunch(Path work, Process xvfb, String display, Path bareClasses) {
        this.work = work;
        this.xvfb = xvfb;
        this.display = display;
        this.bareClasses = bareClasses;
    }

    /** Starts Xvfb on a display it picks itself and compiles the bare window (for Java 17) into a folder of its own. */
    static StartupLaunch start() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("berth-startup");
        Path classes = Files.createDirectories(work.resolve("bare"));
        Path source = work.resolve("BareWindow.java");
        Files.writeString(source, BARE_WINDOW);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--release", "17", "-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        if (compiled != 0) {
            throw new IllegalStateException("the bare window did not compile");
        }
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(work.resolve("xvfb.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || number.isBlank()) {
            xvfb.destroy();
            throw new IllegalStateException("Xvfb did not start: " + Files.readString(work.resolve("xvfb.log")));
        }
        return new StartupLaunch(work, xvfb, ":" + number.strip(), classes);
    }

    String display() {
        return display;
    }

    /** The app image to measure: the one named, the one the package build made, or the installed one. */
    static Path appImage(String named) {
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath();
        }
        Path built = Path.of("target", "jpackage", "dist", "Berth");
        if (Files.isExecutable(built.resolve("bin").resolve("Berth"))) {
            return built.toAbsolutePath();
        }
        Path installed = Path.of("/opt/berth");
        if (Files.isExecutable(installed.resolve("bin").resolve("Berth"))) {
            return installed;
        }
        throw new IllegalStateException("no app image: run ./mvnw -Ppackage -DskipTests package, or name one with "
                + "-Dbench.images=<folder>");
    }

    /** The launcher's JVM options, as its .cfg gives them. */
    static List<String> javaOptions(Path image) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(image.resolve("lib").resolve("app").resolve("Berth.cfg"))) {
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        return options;
    }

    /** Berth from its launcher, with a data folder and settings of its own; both of its log lines are awaited. */
    Timing berth(Path image, int launch) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("berth-" + launch));
        // The settings folder exists, as on every start but a user account's first: the JDK reports making it
        // through java.util.logging, whose set-up a returning user's start does not pay.
        Files.createDirectories(home.resolve("prefs"));
        ProcessBuilder builder = new ProcessBuilder(image.resolve("bin").resolve("Berth").toString());
        Map<String, String> env = builder.environment();
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        return timed(builder, List.of(WINDOW, LIST), "Berth");
    }

    /** The bare window from the image's runtime with the launcher's JVM options. */
    Timing bareWindow(Path image) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("lib").resolve("runtime").resolve("bin").resolve("java").toString());
        // Options naming the app's own files (its class-data archive) are the app's, not the runtime's.
        command.addAll(javaOptions(image).stream().filter(option -> !option.contains("$APPDIR")).toList());
        command.addAll(List.of("--add-modules", "javafx.controls", "-cp", bareClasses.toString(), "BareWindow"));
        return timed(new ProcessBuilder(command), List.of(BARE), "the bare window");
    }

    /** {@code docker ps -a}, its output read whole, as a person would run it. */
    static double dockerPs() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process ps = new ProcessBuilder("docker", "ps", "-a").redirectErrorStream(true).start();
        ps.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (ps.waitFor() != 0) {
            throw new IllegalStateException("docker ps -a failed");
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * Starts the process and reads its output as it comes; the timing is that of the last of the patterns to appear
     * (each a line with the process's own figure in its first group). The process is then stopped.
     */
    private Timing timed(ProcessBuilder builder, List<Pattern> awaited, String what)
            throws IOException, InterruptedException {
        builder.environment().put("DISPLAY", display);
        builder.redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        double wall = -1;
        double inProcess = -1;
        List<Pattern> left = new ArrayList<>(awaited);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, "startup-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            String line;
            while (!left.isEmpty() && (line = out.readLine()) != null) {
                long at = System.nanoTime();
                seen.add(line);
                for (Pattern pattern : List.copyOf(left)) {
                    Matcher match = pattern.matcher(line);
                    if (match.find()) {
                        left.remove(pattern);
                        wall = Math.max(wall, (at - started) / 1e6);
                        inProcess = Math.max(inProcess, Double.parseDouble(match.group(1)));
                    }
                }
            }
            watchdog.interrupt();
        } finally {
            stop(process);
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException(what + " never printed " + left + "; its output:\n"
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 20), seen.size())));
        }
        return new Timing(wall, inProcess);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The machine line of the report: cores, memory, kernel. */
    static String machine() throws IOException {
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:")).map(line -> line.split("\\s+")[1])
                .mapToLong(Long::parseLong).findFirst().orElse(0);
        return String.format("%d cores, %.0f GiB, Linux %s, Xvfb", Runtime.getRuntime().availableProcessors(),
                memKb / 1024.0 / 1024.0, System.getProperty("os.version"));
    }

    /** The Java version of the image's runtime, as its release file gives it. */
    static String runtimeVersion(Path image) throws IOException {
        return Files.readAllLines(image.resolve("lib").resolve("runtime").resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).findFirst().orElse("?");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop(xvfb);
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
