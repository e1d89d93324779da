package dev.berth.daemon.cli;

import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import dev.berth.daemon.containers.RunSpec.MountSpec;
import dev.berth.daemon.containers.RunSpec.PortSpec;
import dev.berth.daemon.containers.RunSpec.RestartPolicy;
import dev.berth.daemon.containers.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RunCommandLineTest {
    /** The home folder the real shell runs with, so that its ~ expansion is predictable. */
    private static final String HOME = "/home/berth test";

    // ---- render: one case per option ----

    static Stream<Arguments> eachOption() {
        return Stream.<Object[]>of(
                new Object[] {"minimal", (UnaryOperator<RunSpec.Builder>) b -> b, "docker run -d nginx"},
                new Object[] {"no detach", op(b -> b.detach(false)), "docker run nginx"},
                new Object[] {"interactive", op(b -> b.interactive(true)), "docker run -d -i nginx"},
                new Object[] {"tty", op(b -> b.tty(true)), "docker run -d -t nginx"},
                new Object[] {"both", op(b -> b.interactive(true).tty(true)), "docker run -d -it nginx"},
                new Object[] {"rm", op(b -> b.autoRemove(true)), "docker run -d --rm nginx"},
                new Object[] {"name", op(b -> b.name("web")), "docker run -d --name web nginx"},
                new Object[] {"restart no", op(b -> b.restart(RestartPolicy.NO)), "docker run -d nginx"},
                new Object[] {"restart always", op(b -> b.restart(new RestartPolicy("always", 0))),
                        "docker run -d --restart always nginx"},
                new Object[] {"unless-stopped", op(b -> b.restart(new RestartPolicy("unless-stopped", 0))),
                        "docker run -d --restart unless-stopped nginx"},
                new Object[] {"on-failure", op(b -> b.restart(new RestartPolicy("on-failure", 0))),
                        "docker run -d --restart on-failure nginx"},
                new Object[] {"on-failure:5", op(b -> b.restart(new RestartPolicy("on-failure", 5))),
                        "docker run -d --restart on-failure:5 nginx"},
                new Object[] {"port", op(b -> b.addPort(PortSpec.tcp(8080, 80))), "docker run -d -p 8080:80 nginx"},
                new Object[] {"two ports", op(b -> b.addPort(PortSpec.tcp(8080, 80)).addPort(PortSpec.tcp(8443, 443))),
                        "docker run -d -p 8080:80 -p 8443:443 nginx"},
                new Object[] {"publish all", op(b -> b.publishAll(true)), "docker run -d -P nginx"},
                new Object[] {"env", op(b -> b.addEnv("TZ", "UTC").addEnv("LANG", "C.UTF-8")),
                        "docker run -d -e TZ=UTC -e LANG=C.UTF-8 nginx"},
                new Object[] {"volume", op(b -> b.addMount(new MountSpec(Kind.VOLUME, "data", "/data", false))),
                        "docker run -d -v data:/data nginx"},
                new Object[] {"bind ro", op(b -> b.addMount(new MountSpec(Kind.BIND, "/srv/www", "/www", true))),
                        "docker run -d -v /srv/www:/www:ro nginx"},
                new Object[] {"bind in home", op(b -> b.addMount(new MountSpec(Kind.BIND, "~/my dir", "/x", false))),
                        "docker run -d -v ~/'my dir:/x' nginx"},
                new Object[] {"volume named like home",
                        op(b -> b.addMount(new MountSpec(Kind.VOLUME, "~/v", "/x", false))),
                        "docker run -d -v '~/v:/x' nginx"},
                new Object[] {"anonymous", op(b -> b.addMount(new MountSpec(Kind.VOLUME, "", "/cache", false))),
                        "docker run -d -v /cache nginx"},
                new Object[] {"network", op(b -> b.network("backend")), "docker run -d --network backend nginx"},
                new Object[] {"network empty", op(b -> b.network("")), "docker run -d nginx"},
                new Object[] {"labels sorted", op(b -> b.addLabel("z.last", "1").addLabel("a.first", "2")),
                        "docker run -d -l a.first=2 -l z.last=1 nginx"},
                new Object[] {"workdir", op(b -> b.workingDir("/app")), "docker run -d -w /app nginx"},
                new Object[] {"user", op(b -> b.user("1000:1000")), "docker run -d -u 1000:1000 nginx"},
                new Object[] {"entrypoint", op(b -> b.entrypoint("/bin/sh")),
                        "docker run -d --entrypoint /bin/sh nginx"},
                new Object[] {"command", op(b -> b.command(List.of("nginx", "-g", "daemon off;"))),
                        "docker run -d nginx nginx -g 'daemon off;'"}
        ).map(Arguments::of);
    }

    private static UnaryOperator<RunSpec.Builder> op(UnaryOperator<RunSpec.Builder> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachOption")
    void rendersEachOption(String option, UnaryOperator<RunSpec.Builder> change, String expected) {
        assertThat(RunCommandLine.render(change.apply(RunSpec.builder("nginx")).build())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"        | 8080 | 80 | tcp  | -p 8080:80",
            "\"\"        | 0    | 80 | tcp  | -p 80",
            "\"\"        | 0    | 80 | \"\"   | -p 80",
            "127.0.0.1 | 8080 | 80 | tcp  | -p 127.0.0.1:8080:80",
            "127.0.0.1 | 0    | 80 | tcp  | -p 127.0.0.1::80",
            "::1       | 8080 | 80 | tcp  | -p '[::1]:8080:80'",
            "::1       | 0    | 80 | tcp  | -p '[::1]::80'",
            "\"\"        | 53   | 53 | udp  | -p 53:53/udp",
            "0.0.0.0   | 5353 | 53 | udp  | -p 0.0.0.0:5353:53/udp",
            "\"\"        | 0    | 9  | sctp | -p 9/sctp",
            "fe80::1   | 0    | 53 | udp  | -p '[fe80::1]::53/udp'",
    })
    void rendersPortForms(String ip, int host, int container, String protocol, String expected) {
        RunSpec spec = RunSpec.builder("nginx").addPort(new PortSpec(ip, host, container, protocol)).build();
        assertThat(RunCommandLine.render(spec)).isEqualTo("docker run -d " + expected + " nginx");
    }

    @Test
    void rendersEverythingInTheConventionalOrder() {
        assertThat(RunCommandLine.render(richSpec())).isEqualTo("docker run -d -it --name web --restart on-failure:3"
                + " -p 8080:80 -p '[::1]::443' -p 127.0.0.1:5353:53/udp -P"
                + " -e TZ=UTC -e 'GREETING=hello world' -e 'PASSWORD=pa$$w\"rd' -e 'QUOTE=it'\\''s' -e EMPTY="
                + " -v data:/var/lib/data -v /srv/www:/usr/share/nginx/html:ro -v ~/cfg:/etc/cfg -v /cache"
                + " --network backend -l com.example.team=core -l 'com.example.title=Web server'"
                + " -w /app -u 1000:1000 --entrypoint /docker-entrypoint.sh"
                + " registry.local:5000/team/web:1.2 nginx -g 'daemon off;' '' '$HOME'");
    }

    static Stream<Arguments> envValueQuoting() {
        return Stream.of(
                Arguments.of("two words", "-e 'V=two words'"),
                Arguments.of("it's", "-e 'V=it'\\''s'"),
                Arguments.of("say \"hi\"", "-e 'V=say \"hi\"'"),
                Arguments.of("$HOME", "-e 'V=$HOME'"),
                Arguments.of("`id`", "-e 'V=`id`'"),
                Arguments.of("", "-e V="),
                Arguments.of("a*b", "-e 'V=a*b'")
        );
    }

    @ParameterizedTest
    @MethodSource("envValueQuoting")
    void quotesEnvValuesThatNeedIt(String value, String expected) {
        RunSpec spec = RunSpec.builder("nginx").addEnv("V", value).build();
        assertThat(RunCommandLine.render(spec)).isEqualTo("docker run -d " + expected + " nginx");
    }

    @Test
    void quotesNameImageAndEmptyCommandWords() {
        RunSpec spec = RunSpec.builder("nginx").name("my web").command(List.of("", "a b")).build();
        assertThat(RunCommandLine.render(spec)).isEqualTo("docker run -d --name 'my web' nginx '' 'a b'");
    }

    // ---- parse ----

    @Test
    void parsesAMinimalLine() {
        assertThat(RunCommandLine.parse("docker run nginx")).isEqualTo(RunSpec.builder("nginx").detach(false).build());
        assertThat(RunCommandLine.parse("docker container run -d nginx")).isEqualTo(RunSpec.builder("nginx").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-dit", "-d -i -t", "-d -it", "-itd", "--detach --interactive --tty",
            "--detach=true -i --tty=true"})
    void parsesSwitchesCombinedOrSeparate(String flags) {
        RunSpec spec = RunCommandLine.parse("docker run " + flags + " alpine");
        assertThat(spec.detach()).isTrue();
        assertThat(spec.interactive()).isTrue();
        assertThat(spec.tty()).isTrue();
    }

    @Test
    void parsesSwitchesSetToFalse() {
        RunSpec spec = RunCommandLine.parse("docker run --rm=false --detach=false -P --publish-all=false alpine");
        assertThat(spec.autoRemove()).isFalse();
        assertThat(spec.detach()).isFalse();
        assertThat(spec.publishAll()).isFalse();
        assertThat(RunCommandLine.parse("docker run --rm --publish-all alpine"))
                .extracting(RunSpec::autoRemove, RunSpec::publishAll).containsExactly(true, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--name web", "--name=web"})
    void parsesName(String flags) {
        assertThat(RunCommandLine.parse("docker run " + flags + " nginx").name()).isEqualTo("web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-e A=1", "--env A=1", "--env=A=1", "-eA=1", "-e=A=1", "-de A=1"})
    void parsesEnvForms(String flags) {
        assertThat(RunCommandLine.parse("docker run " + flags + " nginx").env())
                .containsExactly(new RunSpec.EnvVar("A", "1"));
    }

    @Test
    void envWithoutValueGetsEmptyValueAndEqualsSignsStayInTheValue() {
        assertThat(RunCommandLine.parse("docker run -e DEBUG -e 'Q=a=b' -e E= nginx").env()).containsExactly(
                new RunSpec.EnvVar("DEBUG", ""), new RunSpec.EnvVar("Q", "a=b"), new RunSpec.EnvVar("E", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "-p 80                     | \"\"        | 0    | 80  | tcp",
            "-p 8080:80                | \"\"        | 8080 | 80  | tcp",
            "-p 8080:80/tcp            | \"\"        | 8080 | 80  | tcp",
            "-p 53:53/udp              | \"\"        | 53   | 53  | udp",
            "-p 53:53/UDP              | \"\"        | 53   | 53  | udp",
            "-p 9/sctp                 | \"\"        | 0    | 9   | sctp",
            "-p 127.0.0.1:8080:80      | 127.0.0.1 | 8080 | 80  | tcp",
            "-p 127.0.0.1::80          | 127.0.0.1 | 0    | 80  | tcp",
            "-p '[::1]:8080:80'        | ::1       | 8080 | 80  | tcp",
            "-p '[::1]::80/udp'        | ::1       | 0    | 80  | udp",
            "-p :80                    | \"\"        | 0    | 80  | tcp",
            "--publish 8080:80         | \"\"        | 8080 | 80  | tcp",
            "--publish=8080:80         | \"\"        | 8080 | 80  | tcp",
            "-p8080:80                 | \"\"        | 8080 | 80  | tcp",
            "-dp 8080:80               | \"\"        | 8080 | 80  | tcp",
    })
    void parsesPortForms(String flags, String ip, int host, int container, String protocol) {
        assertThat(RunCommandLine.parse("docker run " + flags + " nginx").ports())
                .containsExactly(new PortSpec(ip, host, container, protocol));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "-v data:/data              | VOLUME | data        | /data | false",
            "-v data:/data:ro           | VOLUME | data        | /data | true",
            "-v data:/data:rw           | VOLUME | data        | /data | false",
            "--volume /srv:/srv         | BIND   | /srv        | /srv  | false",
            "--volume=./site:/www:ro    | BIND   | ./site      | /www  | true",
            "-v '~/cfg:/cfg'            | BIND   | ~/cfg       | /cfg  | false",
            "-v .:/src                  | BIND   | .           | /src  | false",
            "-v ../up:/up               | BIND   | ../up       | /up   | false",
            "-v my.vol:/v               | VOLUME | my.vol      | /v    | false",
            "-v /cache                  | VOLUME | \"\"          | /cache| false",
            "-v /cache:ro               | VOLUME | \"\"          | /cache| true",
            "-v 'C:\\data:/data'        | BIND   | C:\\data    | /data | false",
    })
    void parsesMountForms(String flags, Kind kind, String source, String target, boolean readOnly) {
        assertThat(RunCommandLine.parse("docker run " + flags + " nginx").mounts())
                .containsExactly(new MountSpec(kind, source, target, readOnly));
    }

    @Test
    void parsesTheRemainingValueOptions() {
        RunSpec spec = RunCommandLine.parse("docker run -l a=1 --label b=2 --label=c -w /w -u app --restart always"
                + " --net backend --entrypoint /bin/sh alpine -c 'echo hi'");
        assertThat(spec.labels()).isEqualTo(Map.of("a", "1", "b", "2", "c", ""));
        assertThat(spec.workingDir()).isEqualTo("/w");
        assertThat(spec.user()).isEqualTo("app");
        assertThat(spec.restart()).isEqualTo(new RestartPolicy("always", 0));
        assertThat(spec.network()).isEqualTo("backend");
        assertThat(spec.entrypoint()).isEqualTo("/bin/sh");
        assertThat(spec.command()).containsExactly("-c", "echo hi");
        RunSpec longForms = RunCommandLine.parse(
                "docker run --workdir=/x --user 1:2 --restart=on-failure:4 --network=host alpine");
        assertThat(longForms).extracting(RunSpec::workingDir, RunSpec::user, RunSpec::restart, RunSpec::network)
                .containsExactly("/x", "1:2", new RestartPolicy("on-failure", 4), "host");
    }

    @Test
    void wordsAfterTheImageOrAfterDoubleDashAreTheCommand() {
        assertThat(RunCommandLine.parse("docker run alpine ls -la --color").command())
                .containsExactly("ls", "-la", "--color");
        RunSpec spec = RunCommandLine.parse("docker run -d -- alpine --version");
        assertThat(spec.image()).isEqualTo("alpine");
        assertThat(spec.command()).containsExactly("--version");
    }

    @Test
    void readsShellQuotingContinuationsAndComments() {
        String pasted = "docker run \\\n  --name 'my web' \\\r\n  -e \"MSG=say \\\"hi\\\" \\$5 \\\\ \\n\" \\\n"
                + "  -e SPACED=a\\ b -e EMPTY='' nginx '' \"\" # started by hand\n";
        RunSpec spec = RunCommandLine.parse(pasted);
        assertThat(spec.name()).isEqualTo("my web");
        assertThat(spec.env()).containsExactly(new RunSpec.EnvVar("MSG", "say \"hi\" $5 \\ \\n"),
                new RunSpec.EnvVar("SPACED", "a b"), new RunSpec.EnvVar("EMPTY", ""));
        assertThat(spec.command()).containsExactly("", "");
    }

    static Stream<Arguments> unreadableLines() {
        return Stream.of(
                Arguments.of("docker run --cap-add NET_ADMIN nginx",
                        "Berth does not understand --cap-add yet; remove it to paste the rest."),
                Arguments.of("docker run --cap-add=NET_ADMIN nginx", "Berth does not understand --cap-add yet"),
                Arguments.of("docker run -m 512m nginx", "Berth does not understand -m yet"),
                Arguments.of("docker run -dx nginx", "Berth does not understand -x yet"),
                Arguments.of("docker run --env-file .env nginx", "Berth does not understand --env-file yet"),
                Arguments.of("docker ps", "not a docker run command"),
                Arguments.of("podman run nginx", "not a docker run command"),
                Arguments.of("docker run -d", "names no image"),
                Arguments.of("docker run --name", "--name needs a value after it."),
                Arguments.of("docker run -e", "-e needs a value after it."),
                Arguments.of("docker run --rm=maybe nginx", "--rm takes true or false"),
                Arguments.of("docker run --name 'web nginx", "' quote is never closed"),
                Arguments.of("docker run -e \"A=1 nginx", "\" quote is never closed"),
                Arguments.of("docker run -v $(pwd):/app nginx", "Berth does not expand $(pwd)"),
                Arguments.of("docker run -e \"HOME=$HOME\" nginx", "Berth does not expand $HOME"),
                Arguments.of("docker run -e A=${X} nginx", "Berth does not expand ${X}"),
                Arguments.of("docker run -e A=`id -u` nginx", "backticks"),
                Arguments.of("docker run nginx | tee log", "remove the |"),
                Arguments.of("docker run nginx && echo ok", "remove the &"),
                Arguments.of("docker run --restart on-failure:x nginx", "no valid retry count"),
                Arguments.of("docker run -v data:/data:z nginx", "mount option z"),
                Arguments.of("docker run -v :/data nginx", "is not a mount"),
                Arguments.of("docker run -v a:b:c:d nginx", "is not a mount")
        );
    }

    @ParameterizedTest
    @MethodSource("unreadableLines")
    void refusesWhatItCannotRead(String line, String fragment) {
        assertThatIllegalArgumentException().isThrownBy(() -> RunCommandLine.parse(line))
                .withMessageContaining(fragment.strip());
    }

    static Stream<Arguments> portSyntaxErrors() {
        return Stream.of(
                Arguments.of("abc", "\"abc\" is not a port number from 1 to 65535"),
                Arguments.of("70000:80", "\"70000\" is not a port number from 0 to 65535"),
                Arguments.of("8080:0", "\"0\" is not a port number from 1 to 65535"),
                Arguments.of("8080:", "\"\" is not a port number"),
                Arguments.of("1:2:3:4", "write it as [hostIp:][hostPort:]containerPort"),
                Arguments.of("::1:80:80", "write it as [hostIp:][hostPort:]containerPort"),
                Arguments.of("[::1]80", "write an IPv6 host address like [::1]:8080:80"),
                Arguments.of("[::1]:80", "write an IPv6 host address like"),
                Arguments.of("80/", "the protocol after / is missing"),
                Arguments.of("8000-8010:80", "port ranges")
        );
    }

    @ParameterizedTest
    @MethodSource("portSyntaxErrors")
    void refusesPortSyntaxErrorsWithASentence(String port, String fragment) {
        assertThatIllegalArgumentException().isThrownBy(() -> RunCommandLine.parse("docker run -p '" + port + "' x"))
                .withMessageStartingWith("-p " + port + " is not a port mapping: ")
                .withMessageContaining(fragment)
                .withMessageEndingWith(".");
    }

    // ---- round trips ----

    static RunSpec richSpec() {
        return RunSpec.builder("registry.local:5000/team/web:1.2")
                .name("web").interactive(true).tty(true).restart(new RestartPolicy("on-failure", 3))
                .addPort(PortSpec.tcp(8080, 80)).addPort(new PortSpec("::1", 0, 443, "tcp"))
                .addPort(new PortSpec("127.0.0.1", 5353, 53, "udp")).publishAll(true)
                .addEnv("TZ", "UTC").addEnv("GREETING", "hello world").addEnv("PASSWORD", "pa$$w\"rd")
                .addEnv("QUOTE", "it's").addEnv("EMPTY", "")
                .addMount(new MountSpec(Kind.VOLUME, "data", "/var/lib/data", false))
                .addMount(new MountSpec(Kind.BIND, "/srv/www", "/usr/share/nginx/html", true))
                .addMount(new MountSpec(Kind.BIND, "~/cfg", "/etc/cfg", false))
                .addMount(new MountSpec(Kind.VOLUME, "", "/cache", false))
                .network("backend").addLabel("com.example.title", "Web server").addLabel("com.example.team", "core")
                .workingDir("/app").user("1000:1000").entrypoint("/docker-entrypoint.sh")
                .command(List.of("nginx", "-g", "daemon off;", "", "$HOME"))
                .build();
    }

    static Stream<RunSpec> specs() {
        return Stream.of(richSpec(), RunSpec.builder("nginx").build(), RunSpec.builder("alpine").detach(false)
                .autoRemove(true).interactive(true).command(List.of("sh", "-c", "echo \"$1\" 'x' \\ \n done")).build());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void renderParseRenderIsStable(RunSpec spec) {
        String line = RunCommandLine.render(spec);
        assertThat(RunCommandLine.render(RunCommandLine.parse(line))).isEqualTo(line);
        assertThat(RunCommandLine.parse(line)).isEqualTo(spec);
    }

    @Test
    void parsedLinesRenderInTheConventionalForm() {
        assertThat(RunCommandLine.render(RunCommandLine.parse(
                "docker container run --tty --name=web -itd --publish=8080:80/tcp --env A=1 nginx")))
                .isEqualTo("docker run -d -it --name web -p 8080:80 -e A=1 nginx");
    }

    // ---- what a real shell makes of the rendered line ----

    @ParameterizedTest
    @MethodSource("specs")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aRealShellSeesTheSameWordsAsTheTokenizer(RunSpec spec) throws Exception {
        String line = RunCommandLine.render(spec);
        // The tokenizer leaves a bind source's ~ for Berth to expand; the shell expands it to $HOME.
        List<String> expected = ShellWords.split(line).stream()
                .map(word -> word.startsWith("~/") ? HOME + word.substring(1) : word).toList();
        assertThat(shellWords(line)).isEqualTo(expected);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aRealShellExpandsTheHomeOfABindSourceButNothingElse() throws Exception {
        RunSpec spec = RunSpec.builder("nginx").addMount(new MountSpec(Kind.BIND, "~/my dir", "/x", true))
                .addEnv("HOME_DIR", "~/y").command(List.of("~/run.sh")).build();
        assertThat(shellWords(RunCommandLine.render(spec))).containsExactly("docker", "run", "-d", "-e",
                "HOME_DIR=~/y", "-v", HOME + "/my dir:/x:ro", "nginx", "~/run.sh");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aRealShellSeesTheRichSpecAsTheseWords() throws Exception {
        assertThat(shellWords(RunCommandLine.render(richSpec()))).containsExactly("docker", "run", "-d", "-it",
                "--name", "web", "--restart", "on-failure:3", "-p", "8080:80", "-p", "[::1]::443",
                "-p", "127.0.0.1:5353:53/udp", "-P", "-e", "TZ=UTC", "-e", "GREETING=hello world",
                "-e", "PASSWORD=pa$$w\"rd", "-e", "QUOTE=it's", "-e", "EMPTY=", "-v", "data:/var/lib/data",
                "-v", "/srv/www:/usr/share/nginx/html:ro", "-v", HOME + "/cfg:/etc/cfg", "-v", "/cache",
                "--network", "backend", "-l", "com.example.team=core", "-l", "com.example.title=Web server",
                "-w", "/app", "-u", "1000:1000", "--entrypoint", "/docker-entrypoint.sh",
                "registry.local:5000/team/web:1.2", "nginx", "-g", "daemon off;", "", "$HOME");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "docker run -e \"A=x \\\"y\\\" \\$z \\\\ \\q\" nginx",
            "docker run -e 'B=it'\"'\"'s' --name a\\ b nginx \\\n  sh -c 'echo  two'",
            "docker run -e C=\"\" '' \"\" x# y #comment",
    })
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theTokenizerAgreesWithARealShellOnPastedLines(String line) throws Exception {
        assertThat(ShellWords.split(line)).isEqualTo(shellWords(line));
    }

    /** Runs the line through /bin/sh with {@code docker} turned into a word printer; words come back NUL-separated. */
    private static List<String> shellWords(String line) throws IOException, InterruptedException {
        assertThat(line).startsWith("docker ");
        String printWords = "printf '%s\\0' docker " + line.substring("docker ".length());
        ProcessBuilder sh = new ProcessBuilder("/bin/sh", "-c", printWords)
                .redirectErrorStream(true);
        sh.environment().put("HOME", HOME);
        Process process = sh.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String printed = new String(out, StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>(List.of(printed.split("\0", -1)));
        assertThat(words.remove(words.size() - 1)).isEmpty();
        return words;
    }
}
