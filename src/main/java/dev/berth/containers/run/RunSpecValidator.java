package dev.berth.containers.run;

import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.form.EngineNames;
import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.IpAddress;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link RunSpec} before Berth sends it to the engine, so the Run dialog can point at the wrong field with
 * a sentence that says how to fix it instead of relaying the engine's error after the fact.
 */
public final class RunSpecValidator {
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
            + "|\\[[0-9a-fA-F:.]+])(?::[0-9]+)?";
    private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    /** Docker's reference grammar (distribution/reference), limited to sha256 digests. */
    private static final Pattern IMAGE_REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + PATH_COMPONENT
            + "(?:/" + PATH_COMPONENT + ")*(?::\\w[\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?");
    private static final Pattern USER = Pattern.compile("[^\\s:]+(?::[^\\s:]+)?");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp");

    private RunSpecValidator() {
    }

    /**
     * @param hostPortsInUse host port → name of the container that already publishes it (without the container
     *                       being edited)
     * @return at most one message per wrong field, the first problem found in it; empty when the spec is valid
     */
    public static Map<RunField, String> problems(RunSpec spec, Map<Integer, String> hostPortsInUse) {
        FieldErrors<RunField> problems = new FieldErrors<>(RunField.class);
        checkImage(spec.image(), problems);
        if (!spec.name().isEmpty() && !EngineNames.isValid(spec.name())) {
            problems.add(RunField.NAME, "The name \"" + spec.name() + "\" is not allowed: use at least two letters, "
                    + "digits, _ . or -, starting with a letter or digit (e.g. my-web_1), or leave it empty.");
        }
        if (spec.entrypoint().chars().anyMatch(Character::isWhitespace)) {
            problems.add(RunField.ENTRYPOINT, "The entrypoint is a single program, so \"" + spec.entrypoint()
                    + "\" would be looked up as one file name; enter only the program and put its arguments in the"
                    + " command.");
        }
        checkEnv(spec.env(), problems);
        checkPorts(spec, hostPortsInUse == null ? Map.of() : hostPortsInUse, problems);
        checkMounts(spec.mounts(), problems);
        checkRestart(spec, problems);
        for (String key : spec.labels().keySet()) {
            if (key.isEmpty()) {
                problems.add(RunField.LABELS, "Every label needs a key; fill it in or remove the row.");
            } else if (key.chars().anyMatch(Character::isWhitespace)) {
                problems.add(RunField.LABELS, "The label key \"" + key
                        + "\" contains whitespace; use dots or dashes instead, e.g. com.example.team.");
            }
        }
        if (!spec.workingDir().isEmpty() && !spec.workingDir().startsWith("/")) {
            problems.add(RunField.WORKING_DIR, "The working directory \"" + spec.workingDir()
                    + "\" must be an absolute path inside the container, such as /app, or empty for the image's.");
        }
        if (!spec.user().isEmpty() && !USER.matcher(spec.user()).matches()) {
            problems.add(RunField.USER, "The user \"" + spec.user() + "\" must be a name or UID, optionally followed"
                    + " by :group or :GID, without spaces, e.g. www-data or 1000:1000.");
        }
        return problems.asMap();
    }

    private static void checkImage(String image, FieldErrors<RunField> problems) {
        if (image.isBlank()) {
            problems.add(RunField.IMAGE, "Choose an image to run, e.g. nginx:latest.");
        } else if (!IMAGE_REFERENCE.matcher(image).matches()) {
            String lower = image.toLowerCase(Locale.ROOT);
            problems.add(RunField.IMAGE, IMAGE_REFERENCE.matcher(lower).matches()
                    ? "Image names must be lowercase: write " + lower + " instead of " + image + "."
                    : "\"" + image + "\" is not a valid image reference; write it as"
                    + " [registry[:port]/]name[:tag][@sha256:digest], e.g. nginx:1.27 or ghcr.io/owner/app:1.0.");
        }
    }

    private static void checkEnv(List<RunSpec.EnvVar> env, FieldErrors<RunField> problems) {
        Set<String> keys = new HashSet<>();
        for (RunSpec.EnvVar variable : env) {
            String key = variable.key();
            if (key.isEmpty()) {
                problems.add(RunField.ENV,
                        "Every environment variable needs a name; fill it in or remove the row.");
            } else if (key.contains("=")) {
                problems.add(RunField.ENV, "The variable name \"" + key
                        + "\" contains =; put everything after the = in the value.");
            } else if (key.chars().anyMatch(Character::isWhitespace)) {
                problems.add(RunField.ENV, "The variable name \"" + key
                        + "\" contains whitespace; use underscores instead, e.g. " + key.strip().replaceAll("\\s+", "_")
                        + ".");
            } else if (!keys.add(key)) {
                problems.add(RunField.ENV, key + " is set twice; keep only one of the two rows.");
            }
        }
    }

    private static void checkPorts(RunSpec spec, Map<Integer, String> hostPortsInUse,
                                   FieldErrors<RunField> problems) {
        Set<String> mappings = new HashSet<>();
        for (RunSpec.PortSpec port : spec.ports()) {
            String protocol = port.protocol().isEmpty() ? "tcp" : port.protocol();
            if (port.containerPort() < 1 || port.containerPort() > 65535) {
                problems.add(RunField.PORTS, "Container port " + port.containerPort()
                        + " is out of range; use a number from 1 to 65535.");
            } else if (port.hostPort() < 0 || port.hostPort() > 65535) {
                problems.add(RunField.PORTS, "Host port " + port.hostPort()
                        + " is out of range; use a number from 1 to 65535, or 0 to let Docker pick a free port.");
            } else if (!PROTOCOLS.contains(protocol)) {
                problems.add(RunField.PORTS, "The protocol \"" + protocol
                        + "\" is not supported; choose tcp, udp or sctp.");
            } else if (!port.hostIp().isEmpty() && IpAddress.parse(port.hostIp()).isEmpty()) {
                problems.add(RunField.PORTS, "The host IP \"" + port.hostIp() + "\" is not an IPv4 or IPv6"
                        + " address (e.g. 127.0.0.1 or ::1, without brackets); leave it empty to listen on all.");
            } else if (port.hostPort() != 0
                    && !mappings.add(port.hostIp() + "|" + port.hostPort() + "/" + protocol)) {
                problems.add(RunField.PORTS, "Host port " + port.hostPort() + "/" + protocol
                        + " is published twice; map each host port only once.");
            } else if (port.hostPort() != 0 && hostPortsInUse.containsKey(port.hostPort())) {
                problems.add(RunField.PORTS, "Port " + port.hostPort() + " on the host is already published"
                        + " by " + hostPortsInUse.get(port.hostPort()) + ". Choose another host port.");
            }
        }
        if (spec.network().equals("host") && (!spec.ports().isEmpty() || spec.publishAll())) {
            problems.add(RunField.PORTS, "Published ports are ignored with host networking, because the"
                    + " container uses the host's ports directly; remove the ports or choose another network.");
        }
    }

    private static void checkMounts(List<RunSpec.MountSpec> mounts, FieldErrors<RunField> problems) {
        Set<String> targets = new HashSet<>();
        for (RunSpec.MountSpec mount : mounts) {
            String source = mount.source();
            String target = mount.target();
            if (!target.startsWith("/")) {
                problems.add(RunField.MOUNTS, target.isEmpty()
                        ? "Every mount needs a path inside the container, such as /data."
                        : "The container path \"" + target + "\" must be absolute, such as /" + target + ".");
            } else if (source.isEmpty()) {
                problems.add(RunField.MOUNTS,
                        "The mount on " + target + " has no source; choose a volume or a host folder.");
            } else if (mount.kind() == RunSpec.MountSpec.Kind.BIND && !source.startsWith("/")
                    && !source.startsWith("~") && !WINDOWS_PATH.matcher(source).matches()) {
                problems.add(RunField.MOUNTS, "The host folder \"" + source + "\" must be an absolute path"
                        + " (or start with ~), such as /home/me/data.");
            } else if (mount.kind() == RunSpec.MountSpec.Kind.VOLUME && !EngineNames.isValid(source)) {
                problems.add(RunField.MOUNTS, "The volume name \"" + source + "\" is not allowed: use at"
                        + " least two letters, digits, _ . or -, starting with a letter or digit, e.g. app-data.");
            } else if (!targets.add(target.length() > 1 ? target.replaceAll("/+$", "") : target)) {
                problems.add(RunField.MOUNTS, "Two mounts use " + target
                        + "; a container path can only be mounted once, so remove or change one of them.");
            }
        }
    }

    private static void checkRestart(RunSpec spec, FieldErrors<RunField> problems) {
        RunSpec.RestartPolicy restart = spec.restart();
        if (!RunSpec.RestartPolicy.NAMES.contains(restart.name())) {
            problems.add(RunField.RESTART, "The restart policy \"" + restart.name()
                    + "\" is unknown; choose no, always, unless-stopped or on-failure.");
        } else if (restart.maxRetries() < 0) {
            problems.add(RunField.RESTART, "The maximum number of retries cannot be negative; use 0 for no limit.");
        } else if (restart.maxRetries() > 0 && !restart.name().equals("on-failure")) {
            problems.add(RunField.RESTART, "A maximum retry count only applies to on-failure; set it to 0 or"
                    + " choose on-failure.");
        } else if (spec.autoRemove() && !restart.name().equals("no")) {
            problems.add(RunField.RESTART, "Docker refuses to combine --rm with a restart policy, because a"
                    + " container that removes itself cannot be restarted; turn off auto-remove or set restart to no.");
        }
    }
}
