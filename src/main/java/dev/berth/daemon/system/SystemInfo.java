package dev.berth.daemon.system;

import java.util.List;

/**
 * What {@code docker info} and {@code docker version} say about the engine.
 *
 * @param apiVersion         the highest API version the engine speaks (Berth may pin a lower one)
 * @param memoryBytes        total memory of the engine's host
 * @param insecureRegistries as {@code docker info} lists them: insecure index names, then CIDRs
 */
public record SystemInfo(
        String host,
        String engineVersion,
        String apiVersion,
        String minApiVersion,
        String operatingSystem,
        String osType,
        String architecture,
        String kernelVersion,
        int cpus,
        long memoryBytes,
        String storageDriver,
        String dockerRootDir,
        String loggingDriver,
        String cgroupDriver,
        String cgroupVersion,
        String swarmState,
        List<String> insecureRegistries,
        List<String> warnings,
        int containers,
        int containersRunning,
        int containersPaused,
        int containersStopped,
        int images) {

    public SystemInfo {
        insecureRegistries = List.copyOf(insecureRegistries);
        warnings = List.copyOf(warnings);
    }
}
