package dev.berth.daemon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The `docker cp` and `docker diff` lines of the Files page of a container. */
public final class ContainerFileCommandLines {
    private ContainerFileCommandLines() {
    }

    /** {@code docker diff CONTAINER}. */
    public static String diff(String container) {
        return CliWords.line("docker", "diff", container);
    }

    /** {@code docker cp CONTAINER:PATH INTO}: a file or folder of the container into a folder of this computer. */
    public static String download(String container, String path, Path into) {
        return CliWords.line("docker", "cp", container + ":" + path, into.toAbsolutePath().toString());
    }

    /** {@code docker cp SOURCE CONTAINER:FOLDER}, one per source, joined with {@code &&}. */
    public static String upload(List<Path> sources, String container, String folder) {
        return sources.stream().map(source -> CliWords.line("docker", "cp", source.toAbsolutePath().toString(),
                container + ":" + folder)).collect(Collectors.joining(" && "));
    }

    /** An edited file written back: {@code docker cp ./NAME CONTAINER:PATH}. */
    public static String writeBack(String container, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return CliWords.line("docker", "cp", "./" + name, container + ":" + path);
    }
}
