package dev.berth.daemon.volumes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Image;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeHelperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Image image(String id, Long size) throws Exception {
        return JSON.readValue(size == null ? "{\"Id\":\"" + id + "\"}"
                : "{\"Id\":\"" + id + "\",\"Size\":" + size + "}", Image.class);
    }

    @Test
    void theSmallestLocalImageServesWhenNoContainerUsesTheVolume() throws Exception {
        assertThat(VolumeHelper.smallest(List.of(image("sha256:big", 80_000_000L), image("sha256:tiny", 2_000_000L),
                image("sha256:unsized", null)))).contains("sha256:tiny");
        assertThat(VolumeHelper.smallest(List.of())).isEmpty();
    }
}
