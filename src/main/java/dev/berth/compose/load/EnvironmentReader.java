package dev.berth.compose.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's container environment: its {@code env_file} files in order, then {@code environment}, which wins. A
 * variable named without a value takes the project's value (process environment, then {@code .env}) and is left out
 * when there is none.
 */
final class EnvironmentReader {
    private final Map<String, String> project;
    private final HostPaths hostPaths;

    /** @param project the variables of the process and the project's {@code .env} (the process wins) */
    EnvironmentReader(Map<String, String> project, HostPaths hostPaths) {
        this.project = project;
        this.hostPaths = hostPaths;
    }

    Map<String, String> read(Fields service) {
        Map<String, String> environment = new LinkedHashMap<>();
        YamlNode envFiles = service.node("env_file");
        if (envFiles instanceof YamlList list) {
            for (int i = 0; i < list.items().size(); i++) {
                readEnvFile(list.items().get(i), KeyPaths.item(service.pathOf("env_file"), i), service.problems(),
                        environment);
            }
        } else if (envFiles != null) {
            readEnvFile(envFiles, service.pathOf("env_file"), service.problems(), environment);
        }
        environment.putAll(service.dict("environment", project::get));
        return environment;
    }

    private void readEnvFile(YamlNode entry, String path, Problems problems, Map<String, String> environment) {
        YamlNode pathNode = entry;
        boolean required = true;
        if (entry instanceof YamlMap) {
            Fields envFile = Fields.of(entry, path, KeySet.ENV_FILE, problems);
            pathNode = envFile.node("path");
            required = !Boolean.FALSE.equals(envFile.bool("required"));
            if (pathNode == null) {
                envFile.error("path", "path is required: the env file to read.");
                return;
            }
        }
        if (!(pathNode instanceof YamlScalar scalar) || scalar.type() != YamlScalar.Type.STRING) {
            problems.error(pathNode.place(), path, "This must be a path or a mapping with path:, not "
                    + pathNode.kindName() + ".");
            return;
        }
        Path file = Path.of(hostPaths.resolve(scalar.text(), scalar.place().baseDir()));
        try {
            environment.putAll(DotEnv.parse(Files.readString(file, StandardCharsets.UTF_8), project::get));
        } catch (NoSuchFileException missing) {
            if (required) {
                problems.error(scalar.place(), path, "The env file " + file + " does not exist; create it, or "
                        + "mark it required: false.");
            }
        } catch (IOException unreadable) {
            problems.error(scalar.place(), path, "The env file " + file + " cannot be read: "
                    + unreadable.getMessage() + ".");
        } catch (DotEnv.Failure invalid) {
            problems.error(new Place(file, file.getParent(), invalid.line(), 0), path, invalid.getMessage());
        }
    }
}
