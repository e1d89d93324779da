package dev.berth.daemon.build;

/**
 * One line of a build's output.
 *
 * @param kind what the line is: a step starting, the step's output, or the builder's error
 * @param text the line, without its line break
 */
public record BuildLine(Kind kind, String text) {

    public enum Kind { STEP, OUTPUT, ERROR }

    public static BuildLine step(String text) {
        return new BuildLine(Kind.STEP, text);
    }

    public static BuildLine output(String text) {
        return new BuildLine(Kind.OUTPUT, text);
    }

    public static BuildLine error(String text) {
        return new BuildLine(Kind.ERROR, text);
    }
}
