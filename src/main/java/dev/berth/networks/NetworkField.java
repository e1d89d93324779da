package dev.berth.networks;

/** The parts of the create and connect dialogs a validation message can point at. */
enum NetworkField {
    NAME,
    DRIVER,
    PARENT,
    SUBNET,
    IP_RANGE,
    GATEWAY,
    IPV6_SUBNET,
    LABELS,
    OPTIONS,
    CONTAINER,
    ALIASES,
    IP
}
