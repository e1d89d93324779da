package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.ServiceSpec.ServiceNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one merged, extended and interpolated service into its long-syntax {@link ServiceSpec}. */
final class ServiceReader {
    private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private final EnvironmentReader environment;
    private final MountReader mounts;
    private final ServiceSections sections;

    ServiceReader(EnvironmentReader environment, MountReader mounts, ServiceSections sections) {
        this.environment = environment;
        this.mounts = mounts;
        this.sections = sections;
    }

    /** The service, or null when it is not a mapping (the problem is recorded). */
    ServiceSpec read(String name, YamlMap.Entry entry, Problems problems) {
        String path = KeyPaths.child("services", name);
        Fields service = Fields.of(entry.value(), path, KeySet.SERVICE, problems);
        if (service == null) {
            return null;
        }
        String image = service.string("image");
        ServiceSpec.BuildSpec build = sections.build(service);
        if (!service.has("image") && !service.has("build") && service.allKeysKnown()) {
            problems.error(entry.keyPlace(), path, "The service " + name + " has neither image nor build; give it "
                    + "an image to run, or a build to make one.");
        }
        String networkMode = service.string("network_mode");
        Map<String, ServiceNetwork> networks = ServiceSections.networks(service, networkMode != null);
        String restart = service.string("restart");
        if (restart != null && !RESTART.matcher(restart).matches()) {
            service.error("restart", "\"" + restart + "\" is not a restart policy; use \"no\", always, "
                    + "unless-stopped, on-failure or on-failure:N.");
        }
        String containerName = service.string("container_name");
        checkName(service, "container_name", containerName);
        String workingDir = service.string("working_dir");
        if (workingDir != null && !workingDir.startsWith("/")) {
            service.error("working_dir", "The working directory \"" + workingDir + "\" must be an absolute path "
                    + "in the container, starting with /.");
        }
        List<String> profiles = new ArrayList<>();
        forEachString(service, "profiles", (profile, item) -> {
            if (NAME.matcher(profile).matches()) {
                profiles.add(profile);
            } else {
                problems.error(item.place(), item.path(), "\"" + profile + "\" is not a valid profile name; use "
                        + "letters, digits, _ . and -, starting with a letter or digit.");
            }
        });
        Map<String, ServiceSpec.DependsOn> dependsOn = ServiceSections.dependsOn(service);
        if (networkMode != null && networkMode.startsWith("service:")) {
            // compose starts the service whose network this one shares first, and restarts this one with it
            dependsOn.putIfAbsent(networkMode.substring("service:".length()),
                    new ServiceSpec.DependsOn("service_started", true, true));
        }
        return new ServiceSpec(name, image, build, service.words("command"), service.words("entrypoint"),
                environment.read(service), PortReader.read(service), mounts.read(service), networks, networkMode,
                dependsOn, restart, ServiceSections.healthcheck(service),
                service.dict("labels", key -> ""), containerName, workingDir, service.string("user"),
                service.string("hostname"), extraHosts(service), listOrEmpty(service.strings("tmpfs", true)),
                listOrEmpty(service.strings("cap_add", false)), listOrEmpty(service.strings("cap_drop", false)),
                Boolean.TRUE.equals(service.bool("privileged")), service.bool("init"),
                Boolean.TRUE.equals(service.bool("tty")), Boolean.TRUE.equals(service.bool("stdin_open")),
                service.string("stop_signal"), service.duration("stop_grace_period"),
                ServiceSections.logging(service), scale(service), profiles);
    }

    private static void checkName(Fields service, String key, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            service.error(key, "\"" + value + "\" is not a valid name; use letters, digits, _ . and -, starting "
                    + "with a letter or digit.");
        }
    }

    /** {@code extra_hosts} as the engine takes them, {@code host:address}, from either syntax. */
    private static List<String> extraHosts(Fields service) {
        List<String> hosts = new ArrayList<>();
        YamlNode node = service.node("extra_hosts");
        if (node instanceof YamlMap) {
            service.dict("extra_hosts", key -> null).forEach((host, address) -> hosts.add(host + ":" + address));
            return hosts;
        }
        forEachString(service, "extra_hosts", (entry, item) -> {
            int equals = entry.indexOf('=');
            int separator = equals >= 0 ? equals : entry.indexOf(':');
            if (separator <= 0 || separator == entry.length() - 1) {
                service.problems().error(item.place(), item.path(), "\"" + entry + "\" is not HOST:ADDRESS or "
                        + "HOST=ADDRESS.");
            } else {
                hosts.add(entry.substring(0, separator) + ":" + entry.substring(separator + 1));
            }
        });
        return hosts;
    }

    /** One string item of a list, with where it is written. */
    private record Item(Place place, String path) {
    }

    /** Calls {@code action} with each string of the list at {@code key} (problems recorded for other items). */
    private static void forEachString(Fields service, String key, java.util.function.BiConsumer<String, Item> action) {
        if (!(service.node(key) instanceof YamlList list)) {
            service.strings(key, false);
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = KeyPaths.item(service.pathOf(key), i);
            String value = service.string(list.items().get(i), path);
            if (value != null) {
                action.accept(value, new Item(list.items().get(i).place(), path));
            }
        }
    }

    private static int scale(Fields service) {
        Integer scale = service.count("scale");
        Fields deploy = service.child("deploy", KeySet.DEPLOY);
        Integer replicas = deploy == null ? null : deploy.count("replicas");
        if (scale != null && replicas != null && !scale.equals(replicas)) {
            service.error("scale", "scale is " + scale + " but deploy.replicas is " + replicas + "; set one of them.");
        }
        return scale != null ? scale : replicas != null ? replicas : 1;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
