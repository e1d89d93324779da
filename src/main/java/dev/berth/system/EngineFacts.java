package dev.berth.system;

import dev.berth.daemon.system.SystemInfo;
import dev.berth.ui.text.ByteSizes;

import java.util.ArrayList;
import java.util.List;

/** The engine's information as the label/value lines the dashboard shows, in the order `docker info` prints them. */
final class EngineFacts {

    record Fact(String label, String value) {
    }

    private EngineFacts() {
    }

    static List<Fact> of(SystemInfo info) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Host", info.host()));
        facts.add(new Fact("Engine", "Docker " + info.engineVersion()));
        facts.add(new Fact("API version", info.apiVersion() + " (oldest supported " + info.minApiVersion() + ")"));
        facts.add(new Fact("Operating system", info.operatingSystem() + " (" + info.osType() + ", "
                + info.architecture() + ")"));
        facts.add(new Fact("Kernel", info.kernelVersion()));
        facts.add(new Fact("CPUs", String.valueOf(info.cpus())));
        facts.add(new Fact("Memory", ByteSizes.binary(info.memoryBytes())));
        facts.add(new Fact("Storage driver", info.storageDriver()));
        facts.add(new Fact("Docker root dir", info.dockerRootDir()));
        facts.add(new Fact("Logging driver", info.loggingDriver()));
        facts.add(new Fact("Cgroup", "version " + info.cgroupVersion() + ", " + info.cgroupDriver() + " driver"));
        facts.add(new Fact("Swarm", info.swarmState()));
        facts.add(new Fact("Insecure registries", info.insecureRegistries().isEmpty() ? "none"
                : String.join(", ", info.insecureRegistries())));
        facts.add(new Fact("Containers", info.containers() + " (" + info.containersRunning() + " running, "
                + info.containersPaused() + " paused, " + info.containersStopped() + " stopped)"));
        facts.add(new Fact("Images", String.valueOf(info.images())));
        return facts;
    }
}
