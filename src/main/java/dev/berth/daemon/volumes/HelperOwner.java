package dev.berth.daemon.volumes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * Who made a volume helper container: the {@link VolumeHelper#LABEL} value {@code host:pid} of the Berth process
 * that created it. A Berth that is killed while it browses, backs up or restores a volume cannot remove its helper,
 * and the lists never show helpers, so nobody would see it (only the engine's "volume is in use" would). At connect,
 * a helper is removed as left over when its maker is a process of this host that no longer runs; one from elsewhere
 * (another host sharing the engine, an unreadable label) only once it is a day old, as no transfer takes that long.
 * Helpers are never started: a running container with the label is not Berth's and stays.
 */
final class HelperOwner {
    static final Duration FOREIGN_AGE = Duration.ofDays(1);

    private HelperOwner() {
    }

    /** This process, as a helper's label says it: "host:pid". */
    static String ofThisProcess() {
        return thisHost() + ":" + ProcessHandle.current().pid();
    }

    static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return "localhost";
        }
    }

    /**
     * @param owner   the label's value
     * @param state   the container's state ("created" for a helper that was never started)
     * @param created when the engine made it
     * @param alive   whether a process of this host with that pid runs
     */
    static boolean isLeftover(String owner, String state, Instant created, Instant now, String host,
                              LongPredicate alive) {
        if (!"created".equals(state)) {
            return false;
        }
        int colon = owner == null ? -1 : owner.lastIndexOf(':');
        if (colon > 0 && owner.substring(0, colon).equals(host)) {
            try {
                return !alive.test(Long.parseLong(owner.substring(colon + 1)));
            } catch (NumberFormatException notAPid) {
                // an unreadable label: by age, below
            }
        }
        return created.isBefore(now.minus(FOREIGN_AGE));
    }
}
