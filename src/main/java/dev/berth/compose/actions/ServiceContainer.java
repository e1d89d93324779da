package dev.berth.compose.actions;

import dev.berth.daemon.containers.ContainerSummary;

/**
 * One container of a project with its compose labels read.
 *
 * @param number  {@code com.docker.compose.container-number}, or 0 when the label is missing
 * @param oneoff  {@code com.docker.compose.oneoff=True}: made by {@code run}, not by {@code up}
 */
public record ServiceContainer(String service, int number, boolean oneoff, ContainerSummary container) {
}
