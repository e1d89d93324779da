package dev.berth.daemon.containers;

/**
 * One published or exposed port of a container. {@code hostPort} is 0 when the port is only exposed.
 * {@link #display()} reads like `docker ps`: {@code 0.0.0.0:8080->80/tcp} or {@code 80/tcp}.
 */
public record PortMapping(String hostIp, int hostPort, int containerPort, String protocol) {

    public boolean isPublished() {
        return hostPort > 0;
    }

    public String display() {
        String target = containerPort + "/" + protocol;
        if (!isPublished()) {
            return target;
        }
        String ip = hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp;
        String host = ip.contains(":") ? "[" + ip + "]" : ip;
        return host + ":" + hostPort + "->" + target;
    }
}
