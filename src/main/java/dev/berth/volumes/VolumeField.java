package dev.berth.volumes;

/** The parts of the Create volume dialog a validation message can point at, in the order the dialog shows them. */
enum VolumeField {
    NAME,
    DRIVER,
    OPTIONS,
    LABELS
}
