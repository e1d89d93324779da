package dev.berth.daemon.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerState;

import dev.berth.daemon.engine.EngineJson;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Engine API bodies compose sends, written field for field as {@code docker compose up} writes them (only what is
 * set is sent, so the engine fills in the image's defaults), and the few answers compose reads.
 */
final class ComposeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComposeJson() {
    }

    /** {@code POST /containers/create}: the config, the host config, and the endpoint on the first network. */
    static String containerBody(ContainerCreateSpec spec) {
        ObjectNode body = JSON.createObjectNode();
        putText(body, "Hostname", spec.hostname());
        putText(body, "User", spec.user());
        body.put("Tty", spec.tty());
        body.put("OpenStdin", spec.openStdin());
        body.put("AttachStdout", true);
        body.put("AttachStderr", true);
        strings(body, "Env", spec.env());
        if (spec.command() != null) {
            strings(body.putArray("Cmd"), spec.command());
        }
        if (spec.entrypoint() != null) {
            strings(body.putArray("Entrypoint"), spec.entrypoint());
        }
        if (spec.healthcheck() != null) {
            healthcheck(body.putObject("Healthcheck"), spec.healthcheck());
        }
        body.put("Image", spec.image());
        putText(body, "WorkingDir", spec.workingDir());
        map(body, "Labels", spec.labels());
        putText(body, "StopSignal", spec.stopSignal());
        if (spec.stopTimeout() != null) {
            body.put("StopTimeout", spec.stopTimeout().toSeconds());
        }
        if (!spec.ports().isEmpty()) {
            ObjectNode exposed = body.putObject("ExposedPorts");
            spec.ports().forEach(port -> exposed.putObject(portKey(port)));
        }
        body.set("HostConfig", hostConfig(spec));
        if (spec.networkMode() == null && !spec.networks().isEmpty()) {
            ContainerCreateSpec.NetworkEndpoint first = spec.networks().get(0);
            body.putObject("NetworkingConfig").putObject("EndpointsConfig").set(first.network(), endpoint(first));
        }
        return write(body);
    }

    private static ObjectNode hostConfig(ContainerCreateSpec spec) {
        ObjectNode host = JSON.createObjectNode();
        List<String> binds = new ArrayList<>();
        ArrayNode mounts = JSON.createArrayNode();
        for (ContainerCreateSpec.Mount mount : spec.mounts()) {
            if (mount.kind() == ContainerCreateSpec.Mount.Kind.BIND && mount.createHostPath()) {
                // The Mounts API refuses a missing host path; Binds create it, which the short syntax promises.
                binds.add(mount.source() + ":" + mount.target() + ":" + (mount.readOnly() ? "ro" : "rw"));
            } else {
                mounts.add(mount(mount));
            }
        }
        strings(host, "Binds", binds);
        if (!mounts.isEmpty()) {
            host.set("Mounts", mounts);
        }
        // compose v2 always sends the bindings, empty when the service publishes nothing
        ObjectNode bindings = host.putObject("PortBindings");
        for (ContainerCreateSpec.PortBinding port : spec.ports()) {
            ArrayNode list = bindings.has(portKey(port)) ? (ArrayNode) bindings.get(portKey(port))
                    : bindings.putArray(portKey(port));
            list.addObject().put("HostIp", port.hostIp()).put("HostPort", port.hostPort());
        }
        if (spec.restart() != null) {
            host.putObject("RestartPolicy").put("Name", spec.restart().name())
                    .put("MaximumRetryCount", spec.restart().maxRetries());
        }
        String networkMode = spec.networkMode() != null ? spec.networkMode()
                : spec.networks().isEmpty() ? null : spec.networks().get(0).network();
        putText(host, "NetworkMode", networkMode);
        strings(host, "ExtraHosts", spec.extraHosts());
        strings(host, "CapAdd", spec.capAdd());
        strings(host, "CapDrop", spec.capDrop());
        if (spec.privileged()) {
            host.put("Privileged", true);
        }
        if (spec.init() != null) {
            host.put("Init", spec.init());
        }
        map(host, "Tmpfs", spec.tmpfs());
        if (spec.logConfig() != null && spec.logConfig().driver() != null) {
            ObjectNode log = host.putObject("LogConfig").put("Type", spec.logConfig().driver());
            map(log, "Config", spec.logConfig().options());
        }
        return host;
    }

    private static ObjectNode mount(ContainerCreateSpec.Mount mount) {
        ObjectNode node = JSON.createObjectNode().put("Type", mount.kind().name().toLowerCase(java.util.Locale.ROOT));
        putText(node, "Source", mount.source());
        node.put("Target", mount.target());
        if (mount.readOnly()) {
            node.put("ReadOnly", true);
        }
        if (mount.noCopy() && mount.kind() == ContainerCreateSpec.Mount.Kind.VOLUME) {
            node.putObject("VolumeOptions").put("NoCopy", true);
        }
        return node;
    }

    private static void healthcheck(ObjectNode node, ContainerCreateSpec.Healthcheck check) {
        strings(node.putArray("Test"), check.test());
        nanos(node, "Interval", check.interval());
        nanos(node, "Timeout", check.timeout());
        nanos(node, "StartPeriod", check.startPeriod());
        if (check.retries() != null) {
            node.put("Retries", check.retries());
        }
    }

    /** {@code POST /networks/{id}/connect}: one container's endpoint on one more network. */
    static String connectBody(String containerId, ContainerCreateSpec.NetworkEndpoint endpoint) {
        ObjectNode body = JSON.createObjectNode().put("Container", containerId);
        body.set("EndpointConfig", endpoint(endpoint));
        return write(body);
    }

    private static ObjectNode endpoint(ContainerCreateSpec.NetworkEndpoint endpoint) {
        ObjectNode node = JSON.createObjectNode();
        strings(node.putArray("Aliases"), endpoint.aliases());
        if (!endpoint.ipv4Address().isEmpty() || !endpoint.ipv6Address().isEmpty()) {
            ObjectNode ipam = node.putObject("IPAMConfig");
            putText(ipam, "IPv4Address", endpoint.ipv4Address());
            putText(ipam, "IPv6Address", endpoint.ipv6Address());
        }
        return node;
    }

    /** {@code POST /networks/create}. */
    static String networkBody(NetworkCreateSpec spec) {
        ObjectNode body = JSON.createObjectNode().put("Name", spec.name()).put("CheckDuplicate", true);
        putText(body, "Driver", spec.driver());
        body.put("Internal", spec.internal()).put("Attachable", spec.attachable()).put("EnableIPv6", spec.ipv6());
        if (spec.ipamDriver() != null || !spec.pools().isEmpty()) {
            ObjectNode ipam = body.putObject("IPAM");
            putText(ipam, "Driver", spec.ipamDriver());
            ArrayNode config = ipam.putArray("Config");
            for (NetworkCreateSpec.Pool pool : spec.pools()) {
                ObjectNode entry = config.addObject();
                putText(entry, "Subnet", pool.subnet());
                putText(entry, "IPRange", pool.ipRange());
                putText(entry, "Gateway", pool.gateway());
            }
        }
        map(body, "Options", spec.options());
        map(body, "Labels", spec.labels());
        return write(body);
    }

    /** The {@code filters} query parameter of a list call: {"label": ["key", "key=value"]}, URL-encoded. */
    static String labelFilters(Map<String, String> labels) {
        ObjectNode filters = JSON.createObjectNode();
        ArrayNode list = filters.putArray("label");
        labels.forEach((key, value) -> list.add(value.isEmpty() ? key : key + "=" + value));
        return URLEncoder.encode(write(filters), StandardCharsets.UTF_8);
    }

    /** {@code GET /containers/{id}/json} read for compose. */
    static ContainerStatus status(String inspectJson) {
        JsonNode container = EngineJson.tree(inspectJson);
        JsonNode state = container.path("State");
        List<ContainerDetails.MountInfo> mounts = new ArrayList<>();
        for (JsonNode mount : container.path("Mounts")) {
            String type = mount.path("Type").asText();
            String source = "volume".equals(type) ? mount.path("Name").asText() : mount.path("Source").asText();
            mounts.add(new ContainerDetails.MountInfo(type, source, mount.path("Destination").asText(),
                    !mount.path("RW").asBoolean(true)));
        }
        return new ContainerStatus(container.path("Id").asText(),
                container.path("Name").asText().replaceFirst("^/", ""),
                ContainerState.parse(state.path("Status").asText(null)),
                state.path("Health").path("Status").asText(""), state.path("ExitCode").asInt(),
                state.path("Error").asText(""), mounts);
    }

    /** {@code GET /images/{name}/json} read for compose. */
    static LocalImage image(String inspectJson) {
        JsonNode image = EngineJson.tree(inspectJson);
        List<String> volumes = new ArrayList<>();
        image.path("Config").path("Volumes").fieldNames().forEachRemaining(volumes::add);
        return new LocalImage(image.path("Id").asText(), volumes);
    }

    /** The "Id" of a create answer. */
    static String id(String createAnswer) {
        return EngineJson.tree(createAnswer).path("Id").asText();
    }

    private static String portKey(ContainerCreateSpec.PortBinding port) {
        String protocol = port.protocol() == null || port.protocol().isBlank() ? "tcp" : port.protocol();
        return port.containerPort() + "/" + protocol;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void nanos(ObjectNode node, String field, Duration value) {
        if (value != null) {
            node.put(field, value.toNanos());
        }
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            strings(node.putArray(field), values);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void map(ObjectNode node, String field, Map<String, String> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            values.forEach(object::put);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

}
