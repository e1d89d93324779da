package dev.berth.compose.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One sample project: a folder with compose files (and perhaps a {@code .env}, which both tools read), and an
 * optional {@code args} file with the global options both tools are given: {@code -f FILE} (in order; without any,
 * the default files) and {@code --profile NAME}.
 */
record PeerSample(String name, Path folder, List<String> files, List<String> profiles) {
    static final String ARGS = "args";

    PeerSample {
        files = List.copyOf(files);
        profiles = List.copyOf(profiles);
    }

    /** Every sample folder under {@code root}, by name. */
    static List<Path> folders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The sample in {@code folder}, with the options of its {@code args} file. */
    static PeerSample read(Path folder) {
        Path argsFile = folder.resolve(ARGS);
        List<String> args;
        try {
            args = Files.isRegularFile(argsFile) ? List.of(Files.readString(argsFile).strip().split("\\s+"))
                    : List.of();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<String> files = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size() || !List.of("-f", "--file", "--profile").contains(option)) {
                throw new AssertionError(argsFile + ": only -f FILE and --profile NAME are understood, not "
                        + String.join(" ", args.subList(i, args.size())));
            }
            (option.equals("--profile") ? profiles : files).add(args.get(i + 1));
        }
        return new PeerSample(folder.getFileName().toString(), folder, files, profiles);
    }

    /** The same sample in another folder (a copy the test may write into). */
    PeerSample in(Path copy) {
        return new PeerSample(name, copy, files, profiles);
    }

    /** The {@code -f} files as absolute paths, so both tools write the same config_files label. */
    List<Path> absoluteFiles() {
        return files.stream().map(file -> folder.resolve(file).toAbsolutePath().normalize()).toList();
    }
}
