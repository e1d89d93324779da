package dev.berth.daemon;

/** What the status bar shows about the engine Berth is talking to. {@code apiVersion} is the pinned version. */
public record EngineInfo(EngineEndpoint endpoint, String engineVersion, String apiVersion, String os, String arch) {
}
