package dev.berth.networks;

import java.util.Map;

/** One line per driver saying what it means for the containers on such a network. */
final class DriverExplanations {
    private static final Map<String, String> BY_DRIVER = Map.of(
            "bridge", "Bridge: a private network on this host with NAT to the outside; reach containers from the "
                    + "host through published ports. On a user-defined bridge, containers find each other by name.",
            "host", "Host: containers share the host's own network stack; their ports are the host's ports, with "
                    + "no isolation and no publishing.",
            "null", "None: no networking at all; containers have only a loopback interface.",
            "overlay", "Overlay: one network across all nodes of a swarm; containers on different hosts talk as if "
                    + "on one switch (needs swarm mode).",
            "macvlan", "Macvlan: each container gets its own MAC address on a host interface and appears on the "
                    + "physical network like a separate machine.",
            "ipvlan", "IPvlan: containers share the host interface's MAC address but get their own IP addresses on "
                    + "the physical network (L2) or are routed through the host (L3).");

    private DriverExplanations() {
    }

    static String of(String driver) {
        return BY_DRIVER.getOrDefault(driver, "Driver " + driver + ": a network plugin; see its documentation for "
                + "what it offers.");
    }
}
