package dev.berth.compose.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves {@code extends} in one file, before it is merged with the others as compose does: a service extends
 * another of the same file, or of the file named by {@code file:} (read with its own folder as the base of its
 * relative paths). The service is merged into its resolved base with the rules files merge by.
 */
final class Extends {
    private final FileMerge merge;
    private final HostPaths hostPaths;
    private final Function<Path, YamlMap> readFile;
    private final Problems problems;
    private final Map<String, YamlMap> resolved = new HashMap<>();

    /** @param readFile reads and interpolates a file named by {@code extends.file}; null when it cannot */
    Extends(FileMerge merge, HostPaths hostPaths, Function<Path, YamlMap> readFile, Problems problems) {
        this.merge = merge;
        this.hostPaths = hostPaths;
        this.readFile = readFile;
        this.problems = problems;
    }

    /** The file with each service's {@code extends} applied and removed. */
    YamlMap apply(Path file, YamlMap document) {
        if (!(document.get("services") instanceof YamlMap services)) {
            return document;
        }
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (YamlMap.Entry entry : services.entries().values()) {
            entries.put(entry.key(), entry.withValue(resolve(file, services, entry.key(), new ArrayList<>())));
        }
        YamlMap.Entry section = document.entries().get("services");
        return document.with("services", section.keyPlace(), services.withEntries(entries));
    }

    private YamlNode resolve(Path file, YamlMap services, String name, List<String> chain) {
        YamlNode node = services.get(name);
        if (!(node instanceof YamlMap service) || !service.has("extends")) {
            return node;
        }
        String key = file + "#" + name;
        YamlMap done = resolved.get(key);
        if (done != null) {
            return done;
        }
        String path = KeyPaths.child(KeyPaths.child("services", name), "extends");
        YamlMap own = service.with("extends", null, null);
        Target target = target(service.get("extends"), path);
        if (target == null) {
            return own;
        }
        if (chain.contains(key)) {
            problems.error(service.get("extends").place(), path, "extends forms a cycle: " + String.join(" -> ",
                    chain.stream().map(step -> step.substring(step.indexOf('#') + 1)).toList()) + " -> " + name + ".");
            return own;
        }
        Path baseFile = file;
        YamlMap baseServices = services;
        if (target.file() != null) {
            baseFile = Path.of(hostPaths.resolve(target.file(), target.filePlace().baseDir()));
            if (!Files.isRegularFile(baseFile)) {
                problems.error(target.filePlace(), KeyPaths.child(path, "file"), "The file " + baseFile
                        + " to extend does not exist.");
                return own;
            }
            YamlMap other = readFile.apply(baseFile);
            if (other == null) {
                return own;
            }
            baseServices = other.get("services") instanceof YamlMap map ? map : YamlMap.empty(other.place());
        }
        if (!(baseServices.get(target.service()) instanceof YamlMap)) {
            problems.error(target.place(), path, "There is no service " + target.service() + " to extend in "
                    + baseFile.getFileName() + ".");
            return own;
        }
        chain.add(key);
        YamlMap base = (YamlMap) resolve(baseFile, baseServices, target.service(), chain);
        chain.remove(chain.size() - 1);
        YamlMap extended = merge.extend(base.with("extends", null, null), own, name);
        resolved.put(key, extended);
        return extended;
    }

    /** The service to extend and where it is named; the file it is in (null for this one) and where that is named. */
    private record Target(String service, Place place, String file, Place filePlace) {
    }

    private Target target(YamlNode node, String path) {
        if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING) {
            return new Target(scalar.text(), scalar.place(), null, null);
        }
        Fields fields = Fields.of(node, path, KeySet.EXTENDS, problems);
        if (fields == null) {
            return null;
        }
        String service = fields.string("service");
        if (service == null) {
            if (!fields.has("service")) {
                fields.error("service", "extends needs service: the name of the service to extend.");
            }
            return null;
        }
        String file = fields.string("file");
        return new Target(service, fields.node("service").place(), file,
                file == null ? null : fields.node("file").place());
    }
}
