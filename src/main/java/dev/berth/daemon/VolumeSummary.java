package dev.berth.daemon;

/** One volume, like a row of `docker volume ls`. */
public record VolumeSummary(String name, String driver, String mountpoint) {
}
