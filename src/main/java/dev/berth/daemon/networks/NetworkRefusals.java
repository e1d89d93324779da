package dev.berth.daemon.networks;

import com.github.dockerjava.api.exception.DockerException;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * The engine's refusals of network calls, said for the user: what went wrong and what resolves it. Matches stable
 * fragments of the engine's message (lower case); the first rule that matches wins.
 */
final class NetworkRefusals {
    private record Rule(String fragment, String sentence, String action) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("has active endpoints", "Network %s still has containers connected, so the engine keeps it.",
                    "Disconnect its containers first, then remove it."),
            new Rule("pre-defined network", "%s is a built-in network: the engine needs it and never removes it.",
                    null),
            new Rule("not permitted on predefined", "%s is a built-in network: the engine does not allow this on it.", null),
            new Rule("pool overlaps with other one", "The subnet of %s overlaps the subnet of another network.",
                    "Choose a subnet that no other network uses, such as 10.213.7.0/24."),
            new Rule("invalid subnet", "The subnet of %s is not a valid address range.",
                    "Write it as an address and a prefix length, such as 10.20.0.0/24."),
            new Rule("invalid pool request", "The engine cannot hand out addresses from the range given for %s.",
                    "Check that the IP range and the gateway lie inside the subnet."),
            new Rule("no matching subnet for gateway", "The gateway of %s lies outside its subnet.",
                    "Give a gateway address inside the subnet, such as its first address."),
            new Rule("non-overlapping ipv6 address pool", "The engine has no IPv6 range to give %s.",
                    "Give an IPv6 subnet of your own, such as fd00:213:1::/64."),
            new Rule("already exists in network", "The container is already connected to %s.",
                    "Disconnect it first if you want to connect it with other aliases or another address."),
            new Rule("is already attached", "The container is already connected to %s.",
                    "Disconnect it first if you want to connect it with other aliases or another address."),
            new Rule("is not connected to", "The container is not connected to %s (any more).",
                    "The list refreshes by itself."),
            new Rule("network with name", "A network named %s exists already.",
                    "Choose another name, or remove the other network first."),
            new Rule("user specified ip address is supported", "A fixed address needs a network whose subnet was "
                    + "given when it was created; %s has none.", "Leave the IP blank, or use a network created with "
                    + "--subnet."),
            new Rule("address already in use", "That address is already used by another container on %s.",
                    "Choose another address, or leave the IP blank."),
            new Rule("no available ip", "%s has no free address left.", "Leave the IP blank, or remove a "
                    + "container from the network."),
            new Rule("host network", "A container on the host network cannot join %s, or leave the host network.",
                    "Run the container on a bridge network instead."),
            new Rule("conflicts with network", "The container's networking mode does not allow joining %s.",
                    "Run the container on a bridge network instead of host or none."),
            new Rule("not a swarm manager", "Overlay networks need swarm mode, and this engine is not a swarm "
                    + "manager, so %s was not created.", "Run `docker swarm init` first, or use the bridge driver."),
            new Rule("invalid subinterface", "The parent interface of %s is not one the host has.",
                    "Name an existing host interface (see `ip link`), such as eth0, or eth0.10 for a VLAN."));

    private NetworkRefusals() {
    }

    /**
     * @param network the network the call was about, for the sentence
     * @return the failure said for networks, or {@code failure} itself when no rule knows it
     */
    static Throwable explain(Throwable failure, String network) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof DaemonException daemon) || !(daemon.getCause() instanceof DockerException engine)) {
            return cause;
        }
        String said = DaemonErrors.engineMessage(engine).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (said.contains(rule.fragment)) {
                return new DaemonException(String.format(rule.sentence, network), rule.action,
                        daemon.httpStatus(), engine);
            }
        }
        return daemon;
    }
}
