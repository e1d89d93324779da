package dev.berth.containers.details;

/** What the Overview's Networks section offers besides showing: the Networks feature supplies it. */
public interface ContainerNetworkActions {
    /** Lets the user pick a network to connect the container to. */
    void connect(String container);

    /** Asks, then disconnects the container from the network. */
    void disconnect(String container, String network);
}
