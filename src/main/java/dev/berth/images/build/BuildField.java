package dev.berth.images.build;

/** The parts of the Build dialog that can hold a problem. */
public enum BuildField { CONTEXT, DOCKERFILE, TAGS, BUILD_ARGS, TARGET, LABELS, SECRETS }
