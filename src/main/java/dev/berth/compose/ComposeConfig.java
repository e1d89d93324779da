package dev.berth.compose;

import dev.berth.compose.load.ComposeJson;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadRequest;
import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker compose config} from a terminal: loads the project as Berth does and prints the resolved
 * configuration as JSON ({@code docker compose config --format json}'s shape) on standard output. Warnings go to
 * standard error; a file that cannot be loaded prints its problems there and exits with 1, wrong arguments with 2.
 *
 * <pre>java -cp CLASSPATH dev.berth.compose.ComposeConfig [-f FILE]… [-p NAME] [--env-file FILE]… [--profile P]…</pre>
 */
public final class ComposeConfig {
    private static final List<String> OPTIONS =
            List.of("-f", "--file", "-p", "--project-name", "--env-file", "--profile");
    static final String USAGE = "Usage: ComposeConfig [-f FILE]... [-p NAME] [--env-file FILE]... [--profile NAME]...";

    private ComposeConfig() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Path.of(""), System.getenv(), System.out, System.err));
    }

    /** Runs the command with the given folder and environment; returns the exit code. */
    public static int run(String[] args, Path directory, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        List<Path> envFiles = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        String projectName = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                out.println(USAGE);
                return 0;
            }
            int equals = option.indexOf('=');
            String name = option.startsWith("--") && equals > 0 ? option.substring(0, equals) : option;
            if (!OPTIONS.contains(name)) {
                err.println("Unknown option " + option + ".");
                err.println(USAGE);
                return 2;
            }
            String value = option.startsWith("--") && equals > 0 ? option.substring(equals + 1)
                    : i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                err.println("The option " + option + " needs a value.");
                err.println(USAGE);
                return 2;
            }
            switch (name) {
                case "-f", "--file" -> files.add(Path.of(value));
                case "-p", "--project-name" -> projectName = value;
                case "--env-file" -> envFiles.add(Path.of(value));
                default -> profiles.add(value);
            }
        }
        try {
            ComposeProject project = new ComposeLoader().load(new LoadRequest(directory, files, projectName,
                    envFiles, environment, profiles));
            project.warnings().forEach(warning -> err.println("warning: " + warning));
            out.println(ComposeJson.of(project));
            return 0;
        } catch (ComposeFileException invalid) {
            invalid.problems().stream().map(ComposeProblem::sentence).forEach(err::println);
            return 1;
        }
    }
}
