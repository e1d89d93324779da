package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec.PortSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's {@code ports} in short and long syntax, as long-syntax entries; each (host address, host port,
 * container port, protocol) once, a later entry replacing an earlier equal one, as files merge.
 */
final class PortReader {
    private static final List<String> MODES = List.of("ingress", "host");

    private PortReader() {
    }

    static List<PortSpec> read(Fields service) {
        List<PortSpec> ports = new ArrayList<>();
        YamlNode node = service.node("ports");
        if (node == null) {
            return ports;
        }
        if (!(node instanceof YamlList list)) {
            service.error("ports", "This must be a list of ports, not " + node.kindName() + ".");
            return ports;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = KeyPaths.item(service.pathOf("ports"), i);
            try {
                for (PortSpec port : item instanceof YamlMap ? longSyntax(item, path, service.problems())
                        : PortSyntax.parse(shortText(item))) {
                    int earlier = ports.indexOf(port);
                    if (earlier >= 0) {
                        ports.set(earlier, port);
                    } else {
                        ports.add(port);
                    }
                }
            } catch (IllegalArgumentException invalid) {
                service.problems().error(item.place(), path, invalid.getMessage());
            }
        }
        return ports;
    }

    private static String shortText(YamlNode item) {
        if (item instanceof YamlScalar scalar && (scalar.type() == YamlScalar.Type.STRING
                || scalar.type() == YamlScalar.Type.INTEGER)) {
            return scalar.text();
        }
        throw new IllegalArgumentException("A port must be a number, a string such as \"8080:80\" or a mapping, "
                + "not " + item.kindName() + ".");
    }

    private static List<PortSpec> longSyntax(YamlNode item, String path, Problems problems) {
        Fields port = Fields.of(item, path, KeySet.PORT, problems);
        if (!port.has("target")) {
            port.error("target", "target is required in the long syntax: the container's port.");
            return List.of();
        }
        Integer target = port.parsed("target", text -> PortSyntax.port(text, "container port"));
        String published = port.has("published") ? port.parsed("published", PortSyntax::published) : "";
        String hostIp = port.has("host_ip") ? port.parsed("host_ip", PortSyntax::hostIp) : "";
        String protocol = port.has("protocol") ? port.parsed("protocol", PortSyntax::checkProtocol) : "tcp";
        String mode = port.string("mode");
        if (mode != null && !MODES.contains(mode)) {
            port.error("mode", "\"" + mode + "\" is not a port mode; use ingress or host.");
        }
        if (target == null || published == null || hostIp == null || protocol == null) {
            return List.of();
        }
        return List.of(new PortSpec(target, published, hostIp, protocol));
    }
}
