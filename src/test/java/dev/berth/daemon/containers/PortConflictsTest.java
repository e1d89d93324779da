package dev.berth.daemon.containers;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The port named in the engine's two wordings of a taken host port, and the sentence made of it. */
class PortConflictsTest {

    @Test
    void theEnginesAllocatorNamesThePort() {
        var engine = new InternalServerErrorException("{\"message\":\"driver failed programming external connectivity"
                + " on endpoint web (0123): Bind for 0.0.0.0:8080 failed: port is already allocated\"}");

        assertThat(PortConflicts.takenPort(engine)).hasValue(8080);
    }

    @Test
    void theProxysListenNamesThePortForIpv4AndIpv6() {
        assertThat(PortConflicts.takenPort(new InternalServerErrorException("{\"message\":\"driver failed programming"
                + " external connectivity on endpoint web (0123): Error starting userland proxy: listen tcp4"
                + " 0.0.0.0:46349: bind: address already in use\"}"))).hasValue(46349);
        assertThat(PortConflicts.takenPort(new InternalServerErrorException("{\"message\":\"Error starting userland"
                + " proxy: listen tcp6 [::]:53: bind: address already in use\"}"))).hasValue(53);
    }

    @Test
    void otherFailuresAreNotAboutAPort() {
        assertThat(PortConflicts.takenPort(new ConflictException("{\"message\":\"Container abc is not running\"}")))
                .isEmpty();
        assertThat(PortConflicts.takenPort(new IllegalStateException("Bind for 0.0.0.0:80 failed"))).isEmpty();
    }

    @Test
    void theSentenceNamesThePortAndWhoHoldsIt() {
        DaemonException byContainer = PortConflicts.sentence(8080, Optional.of("web"), 500, null);
        assertThat(byContainer.getMessage()).isEqualTo("Port 8080 on the host is already in use by another container"
                + " (web).");
        assertThat(byContainer.offeredAction()).hasValue("Choose another host port.");
        assertThat(byContainer.httpStatus()).isEqualTo(500);

        assertThat(PortConflicts.sentence(8080, Optional.empty(), 500, null).getMessage())
                .isEqualTo("Port 8080 on the host is already in use by another program.");
    }
}
