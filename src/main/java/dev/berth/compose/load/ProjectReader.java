package dev.berth.compose.load;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.VolumeSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the merged files into the project: its name, networks, volumes and the services the active profiles enable,
 * then checks the references between them.
 */
final class ProjectReader {
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9._-]+");
    private static final Map<String, String> KINDS = Map.of("services", "service", "networks", "network",
            "volumes", "volume");
    private final Map<String, String> variables;
    private final HostPaths hostPaths;
    private final Problems problems;

    ProjectReader(Map<String, String> variables, HostPaths hostPaths, Problems problems) {
        this.variables = variables;
        this.hostPaths = hostPaths;
        this.problems = problems;
    }

    /** {@code -p}, else {@code COMPOSE_PROJECT_NAME}, else the files' {@code name:}, else the folder's name. */
    String projectName(String explicit, YamlMap merged, Path workingDir) {
        String given = explicit != null ? explicit : variables.get("COMPOSE_PROJECT_NAME");
        if (given != null && !given.isEmpty()) {
            if (!ProjectNames.isValid(given)) {
                problems.error(null, "", "The project name \"" + given + "\" is not valid: use lowercase letters, "
                        + "digits, _ and -, starting with a letter or digit"
                        + (ProjectNames.normalize(given).isEmpty() ? "." : ", such as \""
                        + ProjectNames.normalize(given) + "\"."));
            }
            return given;
        }
        YamlNode nameNode = merged.get("name");
        if (nameNode instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING
                && !ProjectNames.normalize(scalar.text()).isEmpty()) {
            return ProjectNames.normalize(scalar.text());
        }
        if (nameNode != null && !(nameNode instanceof YamlScalar scalar && scalar.isNull())) {
            problems.error(nameNode.place(), "name", "The project name must be a string with at least one letter "
                    + "or digit, not " + Fields.describe(nameNode) + ".");
        }
        Path folder = workingDir.getFileName();
        String fromFolder = folder == null ? "" : ProjectNames.normalize(folder.toString());
        if (fromFolder.isEmpty()) {
            problems.error(null, "", "No project name can be made from the folder " + workingDir + "; give one with "
                    + "-p, COMPOSE_PROJECT_NAME or name: in the file.");
        }
        return fromFolder;
    }

    ComposeProject read(YamlMap merged, String name, Path workingDir, List<Path> files, List<String> profiles) {
        KeySet.TOP.check(merged, "", problems);
        if (merged.has("version")) {
            problems.warn(merged.entries().get("version").keyPlace(), "version", "version is obsolete and "
                    + "ignored, as docker compose v2 ignores it.");
        }
        KINDS.forEach((section, kind) -> checkKeys(merged.get(section), section, kind));
        ResourceReader resources = new ResourceReader(name, problems);
        Map<String, NetworkSpec> networks = resources.networks(merged.get("networks"));
        Map<String, VolumeSpec> volumes = resources.volumes(merged.get("volumes"));
        YamlMap servicesYaml = servicesSection(merged.get("services"));
        ServiceReader reader = new ServiceReader(new EnvironmentReader(variables, hostPaths),
                new MountReader(hostPaths), new ServiceSections(hostPaths, variables::get));
        Map<String, ServiceSpec> enabled = new LinkedHashMap<>();
        Map<String, List<String>> disabled = new LinkedHashMap<>();
        for (YamlMap.Entry entry : servicesYaml.entries().values()) {
            ServiceSpec service = reader.read(entry.key(), entry, problems);
            if (service == null) {
                continue;
            }
            if (service.profiles().isEmpty() || profiles.contains("*")
                    || service.profiles().stream().anyMatch(profiles::contains)) {
                enabled.put(service.name(), service);
            } else {
                disabled.put(service.name(), service.profiles());
            }
        }
        if (!networks.containsKey("default")
                && enabled.values().stream().anyMatch(service -> service.networks().containsKey("default"))) {
            networks.put("default", resources.defaultNetwork());
        }
        new ProjectChecks(servicesYaml, networks.keySet(), volumes.keySet(), disabled, problems).check(enabled);
        return new ComposeProject(name, workingDir, files, enabled, networks, volumes, problems.warningSentences());
    }

    /** Services, networks and volumes are named by their keys, which become parts of engine names. */
    private void checkKeys(YamlNode section, String path, String kind) {
        if (section instanceof YamlMap map) {
            for (YamlMap.Entry entry : map.entries().values()) {
                if (!KEY.matcher(entry.key()).matches()) {
                    problems.error(entry.keyPlace(), KeyPaths.child(path, entry.key()), "\"" + entry.key()
                            + "\" cannot name a " + kind + "; use letters, digits, _ . and -.");
                }
            }
        }
    }

    private YamlMap servicesSection(YamlNode node) {
        if (node instanceof YamlMap map) {
            return map;
        }
        if (node != null && !(node instanceof YamlScalar scalar && scalar.isNull())) {
            problems.error(node.place(), "services", "This must be a mapping of services by name, not "
                    + node.kindName() + ".");
        }
        return YamlMap.empty(node == null ? null : node.place());
    }
}
