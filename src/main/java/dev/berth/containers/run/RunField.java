package dev.berth.containers.run;

/** The parts of the Run dialog a validation message can point at. */
public enum RunField {
    IMAGE,
    NAME,
    ENTRYPOINT,
    COMMAND,
    ENV,
    PORTS,
    MOUNTS,
    NETWORK,
    RESTART,
    LABELS,
    WORKING_DIR,
    USER
}
