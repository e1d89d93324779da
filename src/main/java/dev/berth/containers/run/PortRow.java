package dev.berth.containers.run;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable published port: host IP, host port (blank = any free port), container port, protocol. */
public final class PortRow {
    /** Stands for text that is not a port number, so validation reports it as out of range. */
    static final int NOT_A_NUMBER = -1;

    private final StringProperty hostIp = new SimpleStringProperty(this, "hostIp", "");
    private final StringProperty hostPort = new SimpleStringProperty(this, "hostPort", "");
    private final StringProperty containerPort = new SimpleStringProperty(this, "containerPort", "");
    private final StringProperty protocol = new SimpleStringProperty(this, "protocol", "tcp");

    public PortRow(String hostIp, String hostPort, String containerPort, String protocol) {
        this.hostIp.set(hostIp);
        this.hostPort.set(hostPort);
        this.containerPort.set(containerPort);
        this.protocol.set(protocol);
    }

    public StringProperty hostIpProperty() {
        return hostIp;
    }

    public StringProperty hostPortProperty() {
        return hostPort;
    }

    public StringProperty containerPortProperty() {
        return containerPort;
    }

    public StringProperty protocolProperty() {
        return protocol;
    }

    boolean isBlank() {
        return hostIp.get().isBlank() && hostPort.get().isBlank() && containerPort.get().isBlank();
    }

    static int parsePort(String text, int whenBlank) {
        if (text == null || text.isBlank()) {
            return whenBlank;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return NOT_A_NUMBER;
        }
    }

    Observable[] observables() {
        return new Observable[] {hostIp, hostPort, containerPort, protocol};
    }
}
