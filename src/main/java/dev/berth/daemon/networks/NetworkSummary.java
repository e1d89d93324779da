package dev.berth.daemon.networks;

/** One network, like a row of `docker network ls`. */
public record NetworkSummary(String id, String name, String driver, String scope) {
}
