package dev.berth.daemon.volumes;

import dev.berth.daemon.DaemonException;
import java.util.List;
import java.util.stream.Collectors;

/** The engine refused to remove a volume because containers use it; names them so the user can go to them. */
public final class VolumeInUseException extends DaemonException {
    private final List<VolumeUser> users;

    public VolumeInUseException(String volume, List<VolumeUser> users, int httpStatus, Throwable cause) {
        super(sentence(volume, users), "Remove the container first, then remove the volume.", httpStatus, cause);
        this.users = List.copyOf(users);
    }

    private static String sentence(String volume, List<VolumeUser> users) {
        String who = users.stream().map(VolumeUser::describe).collect(Collectors.joining(", "));
        return "Volume " + volume + " is used by " + (users.size() == 1 ? "container " : "containers ") + who + ".";
    }

    public List<VolumeUser> users() {
        return users;
    }
}
