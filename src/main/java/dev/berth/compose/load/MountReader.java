package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec.VolumeMount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A service's {@code volumes} in short ({@code SOURCE:TARGET[:MODE]}) and long syntax, as long-syntax mounts: bind
 * sources resolved to absolute paths, each target once (a later entry replaces an earlier one with the same target,
 * as files merge).
 */
final class MountReader {
    private static final Set<String> MODES = Set.of("rw", "ro", "z", "Z", "nocopy", "shared", "rshared", "slave",
            "rslave", "private", "rprivate", "consistent", "cached", "delegated");
    private static final List<String> TYPES = List.of("volume", "bind", "tmpfs");

    private final HostPaths hostPaths;

    MountReader(HostPaths hostPaths) {
        this.hostPaths = hostPaths;
    }

    List<VolumeMount> read(Fields service) {
        List<VolumeMount> mounts = new ArrayList<>();
        YamlNode node = service.node("volumes");
        if (node == null) {
            return mounts;
        }
        if (!(node instanceof YamlList list)) {
            service.error("volumes", "This must be a list of volumes, not " + node.kindName() + ".");
            return mounts;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = KeyPaths.item(service.pathOf("volumes"), i);
            VolumeMount mount;
            try {
                mount = item instanceof YamlMap ? longSyntax(item, path, service.problems())
                        : shortSyntax(service.string(item, path), item.place());
            } catch (IllegalArgumentException invalid) {
                service.problems().error(item.place(), path, invalid.getMessage());
                continue;
            }
            if (mount != null) {
                replaceOrAdd(mounts, mount);
            }
        }
        return mounts;
    }

    /** A mount for a target already mounted takes the earlier one's place, as compose keeps targets unique. */
    private static void replaceOrAdd(List<VolumeMount> mounts, VolumeMount mount) {
        for (int i = 0; i < mounts.size(); i++) {
            if (mounts.get(i).target().equals(mount.target())) {
                mounts.set(i, mount);
                return;
            }
        }
        mounts.add(mount);
    }

    private VolumeMount shortSyntax(String text, Place place) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(":", -1);
        if (parts.length > 1 && parts[0].matches("[A-Za-z]") && parts[1].startsWith("\\")) {
            parts = joinDriveLetter(parts);
        }
        if (parts.length > 3) {
            throw new IllegalArgumentException("\"" + text + "\" has too many colons; write SOURCE:TARGET[:MODE].");
        }
        String source = parts.length == 1 ? "" : parts[0];
        String target = checkTarget(parts.length == 1 ? parts[0] : parts[1]);
        List<String> modes = parts.length == 3 ? List.of(parts[2].split(",")) : List.of();
        for (String mode : modes) {
            if (!MODES.contains(mode)) {
                throw new IllegalArgumentException("\"" + mode + "\" is not a volume mode; use ro or rw (with z, Z, "
                        + "nocopy or a propagation such as rshared).");
            }
        }
        boolean readOnly = modes.contains("ro");
        if (source.isEmpty()) {
            return new VolumeMount("volume", "", target, readOnly, false, false);
        }
        if (HostPaths.isPath(source)) {
            return new VolumeMount("bind", hostPaths.resolve(source, place.baseDir()), target, readOnly, true,
                    false);
        }
        return new VolumeMount("volume", source, target, readOnly, false, modes.contains("nocopy"));
    }

    private VolumeMount longSyntax(YamlNode item, String path, Problems problems) {
        Fields mount = Fields.of(item, path, KeySet.MOUNT, problems);
        String type = mount.string("type");
        String target = mount.string("target");
        if (type == null || target == null) {
            mount.error(type == null ? "type" : "target", (type == null ? "type" : "target") + " is required in "
                    + "the long syntax" + (type == null ? ": volume, bind or tmpfs." : "."));
            return null;
        }
        if (!TYPES.contains(type)) {
            mount.error("type", "\"" + type + "\" is not a mount type Berth supports; use volume, bind or tmpfs.");
            return null;
        }
        String source = mount.has("source") ? mount.string("source") : "";
        if (type.equals("bind") && (source == null || source.isEmpty())) {
            mount.error("source", "A bind mount needs a source: the host path to mount.");
            return null;
        }
        if (type.equals("tmpfs") && source != null && !source.isEmpty()) {
            mount.error("source", "A tmpfs mount has no source; leave it out.");
            return null;
        }
        Fields bind = mount.child("bind", KeySet.MOUNT_BIND);
        Fields volume = mount.child("volume", KeySet.MOUNT_VOLUME);
        boolean readOnly = Boolean.TRUE.equals(mount.bool("read_only"));
        String resolved = type.equals("bind") ? hostPaths.resolve(source, mount.map().get("source").place().baseDir())
                : source == null ? "" : source;
        boolean createHostPath = bind != null && !Boolean.FALSE.equals(bind.bool("create_host_path"));
        boolean noCopy = volume != null && Boolean.TRUE.equals(volume.bool("nocopy"));
        return new VolumeMount(type, resolved, checkTarget(target), readOnly, createHostPath, noCopy);
    }

    private static String checkTarget(String target) {
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("The container path \"" + target + "\" must be absolute, starting "
                    + "with /.");
        }
        return HostPaths.cleanTarget(target);
    }

    private static String[] joinDriveLetter(String[] parts) {
        String[] joined = new String[parts.length - 1];
        joined[0] = parts[0] + ":" + parts[1];
        System.arraycopy(parts, 2, joined, 1, parts.length - 2);
        return joined;
    }
}
