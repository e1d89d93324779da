package dev.berth.daemon.cli;

import dev.berth.daemon.containers.RunSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts between a {@link RunSpec} and the {@code docker run …} line it equals, in both directions: the Run
 * dialog shows the line, and a line pasted from a README fills the dialog.
 *
 * <p>Rendered lines follow one fixed order so that equal specs give equal strings: {@code -d}, then {@code -it}
 * (or {@code -i} / {@code -t} alone), {@code --rm}, {@code --name}, {@code --restart}, {@code -p}…, {@code -P},
 * {@code -e}…, {@code -v}…, {@code --network}, {@code -l}… (sorted by key), {@code -w}, {@code -u},
 * {@code --entrypoint}, the image, the command words. Values are quoted with {@link CliWords#quote} except
 * a bind source's leading {@code ~/}, which is left for the shell to expand.
 */
public final class RunCommandLine {
    private static final Map<Character, String> SHORT = Map.of('d', "detach", 'i', "interactive", 't', "tty",
            'P', "publish-all", 'e', "env", 'p', "publish", 'v', "volume", 'l', "label", 'w', "workdir", 'u', "user");
    private static final Set<String> SWITCHES = Set.of("detach", "interactive", "tty", "publish-all", "rm");
    private static final Set<String> VALUED = Set.of("name", "restart", "network", "net", "entrypoint", "env",
            "publish", "volume", "label", "workdir", "user");

    private RunCommandLine() {
    }

    public static String render(RunSpec spec) {
        List<String> words = new ArrayList<>(List.of("docker", "run"));
        if (spec.detach()) {
            words.add("-d");
        }
        if (spec.interactive() || spec.tty()) {
            words.add(spec.interactive() && spec.tty() ? "-it" : spec.interactive() ? "-i" : "-t");
        }
        if (spec.autoRemove()) {
            words.add("--rm");
        }
        addOption(words, "--name", spec.name());
        addOption(words, "--restart", renderRestart(spec.restart()));
        spec.ports().forEach(port -> addOption(words, "-p", renderPort(port)));
        if (spec.publishAll()) {
            words.add("-P");
        }
        spec.env().forEach(env -> addOption(words, "-e", env.asAssignment()));
        for (RunSpec.MountSpec mount : spec.mounts()) {
            String volume = (mount.source().isEmpty() ? "" : mount.source() + ":") + mount.target()
                    + (mount.readOnly() ? ":ro" : "");
            // "~/" stays unquoted so that a shell expands it to the home folder, as Berth does for a bind source.
            boolean home = mount.kind() == RunSpec.MountSpec.Kind.BIND && volume.startsWith("~/");
            words.add("-v");
            words.add(home ? "~/" + CliWords.quote(volume.substring(2)) : CliWords.quote(volume));
        }
        addOption(words, "--network", spec.network());
        new TreeMap<>(spec.labels()).forEach((key, value) -> addOption(words, "-l", key + "=" + value));
        addOption(words, "-w", spec.workingDir());
        addOption(words, "-u", spec.user());
        addOption(words, "--entrypoint", spec.entrypoint());
        words.add(CliWords.quote(spec.image()));
        spec.command().forEach(word -> words.add(CliWords.quote(word)));
        return String.join(" ", words);
    }

    /**
     * Reads a pasted {@code docker run …} or {@code docker container run …} line.
     *
     * <p>Unlike the real CLI, {@code -e KEY} and {@code -l KEY} without {@code =} give the value "": Berth does not
     * copy values out of its own environment. Shell expansions ({@code $HOME}, {@code $(pwd)}, backticks) and
     * operators ({@code |}, {@code &&}, {@code ;}) are refused rather than guessed. A line without {@code -d} gives
     * a spec with detach false.
     *
     * @throws IllegalArgumentException with a sentence for the user when the line cannot be read
     */
    public static RunSpec parse(String line) {
        List<String> words = ShellWords.split(line);
        boolean container = words.size() > 1 && words.get(1).equals("container");
        List<String> prefix = container ? List.of("docker", "container", "run") : List.of("docker", "run");
        if (words.size() < prefix.size() || !words.subList(0, prefix.size()).equals(prefix)) {
            throw new IllegalArgumentException("This is not a docker run command: it must start with docker run.");
        }
        RunSpec.Builder spec = new RunSpec.Builder().detach(false);
        int at = prefix.size();
        while (at < words.size() && words.get(at).startsWith("-") && words.get(at).length() > 1) {
            String word = words.get(at);
            if (word.equals("--")) {
                at++;
                break;
            }
            at = word.startsWith("--") ? longOption(words, at, spec) : shortOptions(words, at, spec);
        }
        if (at >= words.size()) {
            throw new IllegalArgumentException(
                    "The line names no image: put the image after the options, e.g. docker run -d nginx.");
        }
        return spec.image(words.get(at)).command(words.subList(at + 1, words.size())).build();
    }

    /** {@code --flag}, {@code --flag=value} or {@code --flag value}; switches also take {@code =true|false}. */
    private static int longOption(List<String> words, int at, RunSpec.Builder spec) {
        String word = words.get(at);
        int equals = word.indexOf('=');
        String flag = equals < 0 ? word : word.substring(0, equals);
        String attached = equals < 0 ? null : word.substring(equals + 1);
        String option = flag.substring(2);
        if (SWITCHES.contains(option)) {
            if (attached != null && !attached.equals("true") && !attached.equals("false")) {
                throw new IllegalArgumentException(flag + " takes true or false, not " + attached + ".");
            }
            applySwitch(option, attached == null || attached.equals("true"), spec);
            return at + 1;
        }
        if (!VALUED.contains(option)) {
            throw unknown(flag);
        }
        applyValue(option, attached != null ? attached : valueAfter(words, at, flag), spec);
        return attached != null ? at + 1 : at + 2;
    }

    /** A group like {@code -dit} or {@code -dp8080:80}: an option taking a value eats the rest or the next word. */
    private static int shortOptions(List<String> words, int at, RunSpec.Builder spec) {
        String group = words.get(at);
        for (int i = 1; i < group.length(); i++) {
            String option = SHORT.get(group.charAt(i));
            if (option == null) {
                throw unknown("-" + group.charAt(i));
            }
            if (SWITCHES.contains(option)) {
                applySwitch(option, true, spec);
            } else if (i + 1 < group.length()) {
                String rest = group.substring(i + 1);
                applyValue(option, rest.startsWith("=") ? rest.substring(1) : rest, spec);
                return at + 1;
            } else {
                applyValue(option, valueAfter(words, at, "-" + group.charAt(i)), spec);
                return at + 2;
            }
        }
        return at + 1;
    }

    private static void applySwitch(String option, boolean on, RunSpec.Builder spec) {
        switch (option) {
            case "detach" -> spec.detach(on);
            case "interactive" -> spec.interactive(on);
            case "tty" -> spec.tty(on);
            case "publish-all" -> spec.publishAll(on);
            default -> spec.autoRemove(on);
        }
    }

    private static void applyValue(String option, String value, RunSpec.Builder spec) {
        int equals = value.indexOf('=');
        String key = equals < 0 ? value : value.substring(0, equals);
        String assigned = equals < 0 ? "" : value.substring(equals + 1);
        switch (option) {
            case "name" -> spec.name(value);
            case "restart" -> spec.restart(parseRestart(value));
            case "network", "net" -> spec.network(value);
            case "entrypoint" -> spec.entrypoint(value);
            case "env" -> spec.addEnv(key, assigned);
            case "publish" -> spec.addPort(parsePort(value));
            case "volume" -> spec.addMount(parseMount(value));
            case "label" -> spec.addLabel(key, assigned);
            case "workdir" -> spec.workingDir(value);
            default -> spec.user(value);
        }
    }

    private static String valueAfter(List<String> words, int at, String flag) {
        if (at + 1 >= words.size()) {
            throw new IllegalArgumentException(flag + " needs a value after it.");
        }
        return words.get(at + 1);
    }

    private static IllegalArgumentException unknown(String flag) {
        return new IllegalArgumentException("Berth does not understand " + flag + " yet; remove it to paste the rest.");
    }

    private static String renderRestart(RunSpec.RestartPolicy restart) {
        if (restart == null || restart.name().isEmpty() || restart.equals(RunSpec.RestartPolicy.NO)) {
            return "";
        }
        return restart.maxRetries() > 0 ? restart.name() + ":" + restart.maxRetries() : restart.name();
    }

    private static RunSpec.RestartPolicy parseRestart(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return new RunSpec.RestartPolicy(value, 0);
        }
        if (!value.substring(colon + 1).matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException(
                    "--restart " + value + " has no valid retry count; write it like on-failure:3.");
        }
        return new RunSpec.RestartPolicy(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    }

    /** {@code [source:]target[:ro|:rw]}; a target alone is an anonymous volume, given source "". */
    private static RunSpec.MountSpec parseMount(String value) {
        // The colon of a Windows drive ("C:\data") is not a separator.
        int drive = value.matches("[A-Za-z]:[\\\\/].*") ? 2 : 0;
        List<String> parts = new ArrayList<>(List.of(value.substring(drive).split(":", -1)));
        parts.set(0, value.substring(0, drive) + parts.get(0));
        String last = parts.get(parts.size() - 1);
        boolean hasMode = parts.size() == 3 || (parts.size() == 2 && (last.equals("ro") || last.equals("rw")));
        if (hasMode && !last.equals("ro") && !last.equals("rw")) {
            throw new IllegalArgumentException("Berth does not understand the mount option " + last + " in -v "
                    + value + " yet; only ro and rw are supported.");
        }
        if (hasMode) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 2 || parts.contains("")) {
            throw new IllegalArgumentException(
                    "-v " + value + " is not a mount; write it as source:/path/in/container, optionally with :ro.");
        }
        boolean readOnly = hasMode && last.equals("ro");
        if (parts.size() == 1) {
            return new RunSpec.MountSpec(RunSpec.MountSpec.Kind.VOLUME, "", parts.get(0), readOnly);
        }
        String source = parts.get(0);
        boolean bind = source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || drive > 0;
        return new RunSpec.MountSpec(bind ? RunSpec.MountSpec.Kind.BIND : RunSpec.MountSpec.Kind.VOLUME,
                source, parts.get(1), readOnly);
    }

    private static String renderPort(RunSpec.PortSpec port) {
        String ip = port.hostIp().contains(":") ? "[" + port.hostIp() + "]" : port.hostIp();
        String host = port.hostPort() == 0 ? "" : String.valueOf(port.hostPort());
        String prefix = !ip.isEmpty() ? ip + ":" + host + ":" : host.isEmpty() ? "" : host + ":";
        boolean tcp = port.protocol().isEmpty() || port.protocol().equals("tcp");
        return prefix + port.containerPort() + (tcp ? "" : "/" + port.protocol());
    }

    /** {@code [hostIp:][hostPort:]containerPort[/protocol]}, with IPv6 host addresses in brackets. */
    private static RunSpec.PortSpec parsePort(String value) {
        String rest = value;
        String protocol = "tcp";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
            rest = rest.substring(0, slash);
            if (protocol.isEmpty()) {
                throw badPort(value, "the protocol after / is missing");
            }
        }
        String hostIp = "";
        if (rest.startsWith("[")) {
            int close = rest.indexOf("]:");
            if (close < 0 || rest.indexOf(':', close + 2) < 0) {
                throw badPort(value, "write an IPv6 host address like [::1]:8080:80 or [::1]::80");
            }
            hostIp = rest.substring(1, close);
            rest = rest.substring(close + 2);
        }
        String[] parts = rest.split(":", -1);
        if (parts.length > 3 || (!hostIp.isEmpty() && parts.length != 2)) {
            throw badPort(value, "write it as [hostIp:][hostPort:]containerPort, with IPv6 addresses in brackets");
        }
        if (parts.length == 3) {
            hostIp = parts[0];
        }
        String host = parts.length >= 2 ? parts[parts.length - 2] : "";
        int hostPort = host.isEmpty() ? 0 : portNumber(value, host, 0);
        return new RunSpec.PortSpec(hostIp, hostPort, portNumber(value, parts[parts.length - 1], 1), protocol);
    }

    private static int portNumber(String value, String number, int lowest) {
        if (number.matches("[0-9]+-[0-9]+")) {
            throw badPort(value, "Berth does not support port ranges yet; publish each port with its own -p");
        }
        if (!number.matches("[0-9]{1,5}") || Integer.parseInt(number) < lowest || Integer.parseInt(number) > 65535) {
            throw badPort(value, "\"" + number + "\" is not a port number from " + lowest + " to 65535");
        }
        return Integer.parseInt(number);
    }

    private static IllegalArgumentException badPort(String value, String why) {
        return new IllegalArgumentException("-p " + value + " is not a port mapping: " + why + ".");
    }


    /** Adds {@code flag value}, the value quoted for the shell, unless the value is empty. */
    private static void addOption(List<String> words, String flag, String value) {
        if (value != null && !value.isEmpty()) {
            words.add(flag);
            words.add(CliWords.quote(value));
        }
    }
}
