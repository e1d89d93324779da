package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec.BuildSpec;
import dev.berth.compose.model.ServiceSpec.DependsOn;
import dev.berth.compose.model.ServiceSpec.Healthcheck;
import dev.berth.compose.model.ServiceSpec.Logging;
import dev.berth.compose.model.ServiceSpec.ServiceNetwork;
import dev.berth.ui.form.IpAddress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The nested sections of a service ({@code build}, {@code healthcheck}, {@code logging}, {@code networks},
 * {@code depends_on}) in their long syntax. */
final class ServiceSections {
    private static final List<String> CONDITIONS =
            List.of("service_started", "service_healthy", "service_completed_successfully");
    private static final List<String> TEST_KINDS = List.of("NONE", "CMD", "CMD-SHELL");

    private final HostPaths hostPaths;
    private final Function<String, String> project;

    /** @param project a variable of the project's environment, for build args named without a value */
    ServiceSections(HostPaths hostPaths, Function<String, String> project) {
        this.hostPaths = hostPaths;
        this.project = project;
    }

    BuildSpec build(Fields service) {
        YamlNode node = service.node("build");
        if (node == null) {
            return null;
        }
        if (node instanceof YamlScalar) {
            String context = service.string("build");
            return context == null ? null : new BuildSpec(context(context, node.place().baseDir()), "Dockerfile",
                    Map.of(), null, Map.of());
        }
        Fields build = service.child("build", KeySet.BUILD);
        if (build == null) {
            return null;
        }
        String context = build.has("context") ? build.string("context") : ".";
        String dockerfile = build.has("dockerfile") ? build.string("dockerfile") : "Dockerfile";
        Place contextPlace = build.has("context") ? build.node("context").place() : node.place();
        return new BuildSpec(context == null ? null : context(context, contextPlace.baseDir()),
                dockerfile, build.dict("args", project), build.string("target"), build.dict("labels", key -> ""));
    }

    private String context(String context, java.nio.file.Path baseDir) {
        boolean remote = context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
        return remote ? context : hostPaths.resolve(context, baseDir);
    }

    static Healthcheck healthcheck(Fields service) {
        Fields check = service.child("healthcheck", KeySet.HEALTHCHECK);
        if (check == null) {
            return null;
        }
        List<String> test = List.of();
        YamlNode testNode = check.node("test");
        if (testNode instanceof YamlScalar && check.string("test") != null) {
            test = List.of("CMD-SHELL", check.string("test"));
        } else if (testNode != null) {
            test = Optional.ofNullable(check.strings("test", false)).orElse(List.of());
            if (!test.isEmpty() && !TEST_KINDS.contains(test.get(0))) {
                check.error("test", "A test list starts with CMD, CMD-SHELL or NONE, not \"" + test.get(0)
                        + "\"; write [\"CMD\", \"program\", \"arg\"] or a string for the shell.");
            }
        }
        boolean disable = Boolean.TRUE.equals(check.bool("disable")) || test.equals(List.of("NONE"));
        return new Healthcheck(test, check.duration("interval"), check.duration("timeout"), check.count("retries"),
                check.duration("start_period"), disable);
    }

    static Logging logging(Fields service) {
        Fields logging = service.child("logging", KeySet.LOGGING);
        return logging == null ? null : new Logging(logging.string("driver"), logging.dict("options", key -> null));
    }

    /** The networks a service joins by their top-level key; "default" when it names none and has no mode. */
    static Map<String, ServiceNetwork> networks(Fields service, boolean hasNetworkMode) {
        Map<String, ServiceNetwork> networks = new LinkedHashMap<>();
        YamlNode node = service.node("networks");
        if (node == null) {
            if (!hasNetworkMode) {
                networks.put("default", ServiceNetwork.PLAIN);
            }
            return networks;
        }
        if (hasNetworkMode) {
            service.error("networks", "A service with network_mode cannot also join networks; remove one of them.");
            return networks;
        }
        if (node instanceof YamlList list) {
            for (int i = 0; i < list.items().size(); i++) {
                String name = service.string(list.items().get(i), KeyPaths.item(service.pathOf("networks"), i));
                if (name != null) {
                    networks.put(name, ServiceNetwork.PLAIN);
                }
            }
        } else if (node instanceof YamlMap map) {
            for (YamlMap.Entry entry : map.entries().values()) {
                Fields network = Fields.of(entry.value(), KeyPaths.child(service.pathOf("networks"), entry.key()),
                        KeySet.SERVICE_NETWORK, service.problems());
                if (network != null) {
                    networks.put(entry.key(), new ServiceNetwork(
                            Optional.ofNullable(network.strings("aliases", false)).orElse(List.of()),
                            network.parsed("ipv4_address", text -> address(text, false)),
                            network.parsed("ipv6_address", text -> address(text, true))));
                }
            }
        } else {
            service.error("networks", "This must be a list of network names or a mapping, not " + node.kindName()
                    + ".");
        }
        if (networks.isEmpty()) {
            // an empty networks: section is read as none at all, as compose does
            networks.put("default", ServiceNetwork.PLAIN);
        }
        return networks;
    }

    private static String address(String text, boolean ipv6) {
        if (IpAddress.parse(text).filter(address -> address.ipv6() == ipv6).isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv" + (ipv6 ? "6" : "4") + " address.");
        }
        return text;
    }

    static Map<String, DependsOn> dependsOn(Fields service) {
        Map<String, DependsOn> dependsOn = new LinkedHashMap<>();
        YamlNode node = service.node("depends_on");
        if (node instanceof YamlList) {
            for (String name : Optional.ofNullable(service.strings("depends_on", false)).orElse(List.of())) {
                dependsOn.put(name, new DependsOn("service_started", true, false));
            }
        } else if (node instanceof YamlMap map) {
            for (YamlMap.Entry entry : map.entries().values()) {
                Fields condition = Fields.of(entry.value(), KeyPaths.child(service.pathOf("depends_on"),
                        entry.key()), KeySet.DEPENDS_ON, service.problems());
                if (condition == null) {
                    continue;
                }
                String wanted = condition.has("condition") ? condition.string("condition") : "service_started";
                if (wanted != null && !CONDITIONS.contains(wanted)) {
                    condition.error("condition", "\"" + wanted + "\" is not a condition; use service_started, "
                            + "service_healthy or service_completed_successfully.");
                }
                dependsOn.put(entry.key(), new DependsOn(wanted == null ? "service_started" : wanted,
                        !Boolean.FALSE.equals(condition.bool("required")),
                        Boolean.TRUE.equals(condition.bool("restart"))));
            }
        } else if (node != null) {
            service.error("depends_on", "This must be a list of service names or a mapping, not "
                    + node.kindName() + ".");
        }
        return dependsOn;
    }
}
