package dev.berth.daemon;

import com.github.dockerjava.api.command.InspectVolumeResponse;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link VolumeOperations} over docker-java. */
final class DockerVolumeOperations implements VolumeOperations {
    private final EngineCalls calls;

    DockerVolumeOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<VolumeSummary>> list() {
        return calls.run("list volumes", client -> {
            List<InspectVolumeResponse> volumes = client.listVolumesCmd().exec().getVolumes();
            return volumes == null ? List.<VolumeSummary>of()
                    : volumes.stream().map(DockerVolumeOperations::toSummary).toList();
        });
    }

    @Override
    public CompletableFuture<Void> remove(String name) {
        return calls.run("remove volume " + name, client -> {
            client.removeVolumeCmd(name).exec();
            return null;
        });
    }

    static VolumeSummary toSummary(InspectVolumeResponse volume) {
        return new VolumeSummary(volume.getName(), Objects.toString(volume.getDriver(), ""),
                Objects.toString(volume.getMountpoint(), ""));
    }
}
