package dev.berth.daemon.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.RunSpec;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCreateBodyCarriesEveryFieldComposeSetsAndTheFirstNetworkOnly() throws Exception {
        ContainerCreateSpec spec = ContainerCreateSpec.builder("shop-web-1", "busybox")
                .command(List.of("sh", "-c", "sleep 1")).entrypoint(List.of("/bin/env")).env(List.of("A=1"))
                .labels(Map.of("com.docker.compose.project", "shop"))
                .ports(List.of(new ContainerCreateSpec.PortBinding(80, "tcp", "127.0.0.1", "8000-8010"),
                        new ContainerCreateSpec.PortBinding(80, "tcp", "", "9090")))
                .mounts(List.of(new ContainerCreateSpec.Mount(ContainerCreateSpec.Mount.Kind.VOLUME, "shop_data",
                                "/data", false, true, false),
                        new ContainerCreateSpec.Mount(ContainerCreateSpec.Mount.Kind.VOLUME, "", "/anon", false,
                                false, false),
                        new ContainerCreateSpec.Mount(ContainerCreateSpec.Mount.Kind.BIND, "/host/conf", "/conf",
                                true, false, true),
                        new ContainerCreateSpec.Mount(ContainerCreateSpec.Mount.Kind.TMPFS, "", "/scratch", false,
                                false, false)))
                .tmpfs(Map.of("/run", "size=1m"))
                .networks(List.of(new ContainerCreateSpec.NetworkEndpoint("shop_back", List.of("shop-web-1", "web"),
                                "172.30.0.5", ""),
                        new ContainerCreateSpec.NetworkEndpoint("shop_front", List.of("shop-web-1", "web"), "", "")))
                .restart(new RunSpec.RestartPolicy("on-failure", 2))
                .healthcheck(new ContainerCreateSpec.Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(2),
                        null, null, 3))
                .extraHosts(List.of("db:10.0.0.2")).capAdd(List.of("NET_ADMIN")).capDrop(List.of("MKNOD"))
                .privileged(true).init(true).tty(true).openStdin(true).stopSignal("SIGINT")
                .stopTimeout(Duration.ofSeconds(4)).workingDir("/app").user("1000").hostname("web1")
                .logConfig(new ContainerCreateSpec.LogConfig("json-file", Map.of("max-size", "1m"))).build();

        JsonNode body = JSON.readTree(ComposeJson.containerBody(spec));

        assertThat(body.path("Image").asText()).isEqualTo("busybox");
        assertThat(text(body.path("Cmd"))).isEqualTo("['sh','-c','sleep 1']");
        assertThat(text(body.path("Entrypoint"))).isEqualTo("['/bin/env']");
        assertThat(text(body.path("Env"))).isEqualTo("['A=1']");
        assertThat(body.path("ExposedPorts").has("80/tcp")).isTrue();
        assertThat(body.path("Healthcheck").path("Interval").asLong()).isEqualTo(2_000_000_000L);
        assertThat(body.path("Healthcheck").path("Retries").asInt()).isEqualTo(3);
        assertThat(body.path("StopTimeout").asInt()).isEqualTo(4);
        assertThat(body.path("StopSignal").asText()).isEqualTo("SIGINT");
        assertThat(body.path("Tty").asBoolean()).isTrue();
        assertThat(body.path("OpenStdin").asBoolean()).isTrue();
        JsonNode host = body.path("HostConfig");
        assertThat(text(host.path("PortBindings").path("80/tcp")))
                .isEqualTo("[{'HostIp':'127.0.0.1','HostPort':'8000-8010'},{'HostIp':'','HostPort':'9090'}]");
        assertThat(text(host.path("Binds"))).isEqualTo("['/host/conf:/conf:ro']");
        assertThat(text(host.path("Mounts"))).isEqualTo("[{'Type':'volume','Source':'shop_data',"
                + "'Target':'/data','VolumeOptions':{'NoCopy':true}},{'Type':'volume','Target':'/anon'},"
                + "{'Type':'tmpfs','Target':'/scratch'}]");
        assertThat(host.path("Tmpfs").path("/run").asText()).isEqualTo("size=1m");
        assertThat(text(host.path("RestartPolicy"))).isEqualTo("{'Name':'on-failure','MaximumRetryCount':2}");
        assertThat(host.path("NetworkMode").asText()).isEqualTo("shop_back");
        assertThat(text(host.path("CapAdd"))).isEqualTo("['NET_ADMIN']");
        assertThat(text(host.path("CapDrop"))).isEqualTo("['MKNOD']");
        assertThat(host.path("Privileged").asBoolean()).isTrue();
        assertThat(host.path("Init").asBoolean()).isTrue();
        assertThat(text(host.path("ExtraHosts"))).isEqualTo("['db:10.0.0.2']");
        assertThat(text(host.path("LogConfig"))).isEqualTo("{'Type':'json-file','Config':{'max-size':'1m'}}");
        JsonNode endpoints = body.path("NetworkingConfig").path("EndpointsConfig");
        assertThat(endpoints.size()).isEqualTo(1);
        assertThat(text(endpoints.path("shop_back"))).isEqualTo("{'Aliases':['shop-web-1','web'],"
                + "'IPAMConfig':{'IPv4Address':'172.30.0.5'}}");
    }

    @Test
    void whatIsNotSetIsNotSentSoTheImagesDefaultsApply() throws Exception {
        JsonNode body = JSON.readTree(ComposeJson.containerBody(ContainerCreateSpec.builder("x", "busybox").build()));

        assertThat(body.has("Cmd")).isFalse();
        assertThat(body.has("Entrypoint")).isFalse();
        assertThat(body.has("Healthcheck")).isFalse();
        assertThat(body.has("WorkingDir")).isFalse();
        assertThat(body.has("NetworkingConfig")).isFalse();
        assertThat(body.path("HostConfig").has("RestartPolicy")).isFalse();
        assertThat(body.path("HostConfig").has("NetworkMode")).isFalse();
    }

    @Test
    void aNetworkModeReplacesTheNetworks() throws Exception {
        JsonNode body = JSON.readTree(ComposeJson.containerBody(ContainerCreateSpec.builder("x", "busybox")
                .networkMode("container:abc").build()));

        assertThat(body.path("HostConfig").path("NetworkMode").asText()).isEqualTo("container:abc");
        assertThat(body.has("NetworkingConfig")).isFalse();
    }

    @Test
    void aNetworkTakesItsIpamDriverAndEveryPool() throws Exception {
        NetworkCreateSpec spec = new NetworkCreateSpec("shop_back", null, Map.of("o", "1"), Map.of("l", "v"),
                "default", List.of(new NetworkCreateSpec.Pool("172.30.0.0/24", "172.30.0.128/25", "172.30.0.1"),
                new NetworkCreateSpec.Pool("fd00::/64", null, null)), true, true, true);

        JsonNode body = JSON.readTree(ComposeJson.networkBody(spec));

        assertThat(body.path("Name").asText()).isEqualTo("shop_back");
        assertThat(body.has("Driver")).isFalse();
        assertThat(body.path("CheckDuplicate").asBoolean()).isTrue();
        assertThat(body.path("Internal").asBoolean()).isTrue();
        assertThat(body.path("Attachable").asBoolean()).isTrue();
        assertThat(body.path("EnableIPv6").asBoolean()).isTrue();
        assertThat(text(body.path("IPAM"))).isEqualTo("{'Driver':'default','Config':[{'Subnet':"
                + "'172.30.0.0/24','IPRange':'172.30.0.128/25','Gateway':'172.30.0.1'},{'Subnet':'fd00::/64'}]}");
        assertThat(body.path("Options").path("o").asText()).isEqualTo("1");
        assertThat(body.path("Labels").path("l").asText()).isEqualTo("v");
    }

    @Test
    void labelFiltersAskForPresenceOrAValue() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("com.docker.compose.project", "shop");
        labels.put("com.docker.compose.service", "");

        assertThat(URLDecoder.decode(ComposeJson.labelFilters(labels), StandardCharsets.UTF_8).replace('"', '\''))
                .isEqualTo("{'label':['com.docker.compose.project=shop','com.docker.compose.service']}");
    }

    @Test
    void aStatusReadsStateHealthExitAndMounts() {
        ContainerStatus status = ComposeJson.status(json("{'Id':'abc','Name':'/shop-db-1','State':{'Status':"
                + "'exited','ExitCode':3,'Error':'','Health':{'Status':'unhealthy'}},'Mounts':[{'Type':"
                + "'volume','Name':'v1','Source':'/var/lib/docker/volumes/v1/_data','Destination':'/data',"
                + "'RW':true},{'Type':'bind','Source':'/etc','Destination':'/e','RW':false}]}"));

        assertThat(status.name()).isEqualTo("shop-db-1");
        assertThat(status.state()).isEqualTo(ContainerState.EXITED);
        assertThat(status.hasEnded()).isTrue();
        assertThat(status.health()).isEqualTo(ContainerStatus.UNHEALTHY);
        assertThat(status.exitCode()).isEqualTo(3);
        assertThat(status.mounts()).extracting(m -> m.type() + " " + m.source() + " " + m.destination() + " "
                + m.readOnly()).containsExactly("volume v1 /data false", "bind /etc /e true");
        assertThat(ComposeJson.status(json("{'Id':'x','State':{'Status':'running'}}")).hasHealthcheck()).isFalse();
    }

    @Test
    void anImageAnswersItsIdAndDeclaredVolumes() {
        LocalImage image = ComposeJson.image(json("{'Id':'sha256:1','Config':{'Volumes':{'/data':{}}}}"));

        assertThat(image.id()).isEqualTo("sha256:1");
        assertThat(image.volumes()).containsExactly("/data");
    }

    /** JSON written with single quotes, so that expectations read without escapes. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String text(JsonNode node) {
        return node.toString().replace('"', '\'');
    }
}
