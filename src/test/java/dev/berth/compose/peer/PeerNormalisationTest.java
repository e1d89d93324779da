package dev.berth.compose.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mappings that make a v1 project and a Berth project comparable, each of which could hide a difference. */
class PeerNormalisationTest {
    private static final String ID_A = "aaaaaaaaaaaa" + "0".repeat(52);
    private static final String ID_B = "bbbbbbbbbbbb" + "0".repeat(52);

    @Test
    void v1NamesTakeTheSeparatorsOfV2() {
        PeerNames v1 = PeerNames.v1("peer1a", Map.of(ID_A, "peer1a_web_data_1", ID_B, "fixed-name"));

        assertThat(v1.container("peer1a_web_data_1")).isEqualTo("<project>-web_data-1");
        assertThat(v1.container("fixed-name")).isEqualTo("fixed-name");
        assertThat(v1.image("peer1a_app")).isEqualTo("<project>-app");
        assertThat(v1.image("berth-test/busybox")).isEqualTo("berth-test/busybox");
        assertThat(v1.text("peer1a_default")).as("networks keep <project>_<key>").isEqualTo("<project>_default");
    }

    @Test
    void berthNamesOnlyLoseTheProject() {
        PeerNames berth = PeerNames.berth("peer1b", Map.of(ID_A, "peer1b-web-1"));

        assertThat(berth.container("peer1b-web-1")).isEqualTo("<project>-web-1");
        assertThat(berth.image("peer1b_app")).as("an underscore is not v2's separator").isEqualTo("<project>_app");
    }

    @Test
    void aHostnameThatIsAShortIdNamesItsContainer() {
        PeerNames v1 = PeerNames.v1("peer1a", Map.of(ID_A, "peer1a_vpn_1"));

        assertThat(v1.hostname("aaaaaaaaaaaa")).isEqualTo("<id of <project>-vpn-1>");
        assertThat(v1.hostname("cccccccccccc")).as("not one of the project's").isEqualTo("cccccccccccc");
        assertThat(v1.hostname("app.sample")).isEqualTo("app.sample");
    }

    @Test
    void dependenciesAreTheExplicitOnesThenTheImpliedOnes() {
        PeerConfig config = PeerConfig.parse("""
                services:
                  web:
                    depends_on:
                      db: {condition: service_healthy}
                      vpn: {condition: service_started}
                    network_mode: service:vpn
                    links: ["cache:c"]
                    volumes_from: [data, "container:other"]
                  plain: {}
                """);

        assertThat(config.dependencies("web")).containsExactly("cache:service_started:true",
                "data:service_started:false", "db:service_healthy:false", "vpn:service_started:false");
        assertThat(config.dependencies("plain")).isEmpty();
    }

    @Test
    void v2CreatesAContainerOnItsFirstNetworkByPriorityThenKey() {
        PeerConfig config = PeerConfig.parse("""
                services:
                  byKey: {networks: {zeta: null, alpha: null}}
                  byPriority: {networks: {alpha: null, zeta: {priority: 10}}}
                  plain: {}
                  shared: {network_mode: "service:plain"}
                networks:
                  alpha: {name: custom-alpha}
                  zeta: {}
                """);

        assertThat(config.primaryNetwork("byKey")).isEqualTo("alpha");
        assertThat(config.primaryNetwork("byPriority")).isEqualTo("zeta");
        assertThat(config.primaryNetwork("plain")).isEqualTo("default");
        assertThat(config.primaryNetwork("shared")).isNull();
        assertThat(config.networkName("alpha", "p")).isEqualTo("custom-alpha");
        assertThat(config.networkName("zeta", "p")).isEqualTo("p_zeta");
        assertThat(config.keyNamed("networks", "custom-alpha")).isEqualTo("alpha");
    }

    @Test
    void onlyMountedVolumesAreUsed() {
        PeerConfig config = PeerConfig.parse("""
                services:
                  app:
                    volumes:
                      - data:/data:rw
                      - /tmp/site:/site:ro
                      - /anonymous
                      - {type: volume, source: logs, target: /logs}
                      - {type: bind, source: /srv, target: /srv}
                volumes: {data: {}, logs: {}, spare: {}}
                """);

        assertThat(config.usedVolumes()).containsExactly("data", "logs");
    }

    @Test
    void v1sRelativeConfigFilesAndRunLabelsAreMappedOrLeftOut() throws Exception {
        JsonNode container = new ObjectMapper().readTree("""
                {"Id": "%s", "Name": "/peer1a_web_1",
                 "Config": {"Image": "berth-test/busybox", "Hostname": "aaaaaaaaaaaa", "Labels": {
                   "com.docker.compose.project": "peer1a",
                   "com.docker.compose.project.working_dir": "/samples/basic",
                   "com.docker.compose.project.config_files": "compose.yaml,more/extra.yaml",
                   "com.docker.compose.config-hash": "abc", "com.docker.compose.version": "1.29.2",
                   "tier": "web"}},
                 "HostConfig": {"NetworkMode": "peer1a_default", "PortBindings": {}},
                 "NetworkSettings": {"Networks": {"peer1a_default": {"Aliases": ["aaaaaaaaaaaa", "web", "www"]}}},
                 "Mounts": [{"Type": "volume", "Name": "%s", "Destination": "/cache", "RW": true}]}
                """.formatted(ID_A, "f".repeat(64)));
        PeerNames names = PeerNames.v1("peer1a", Map.of(ID_A, "peer1a_web_1"));

        ObjectFacts facts = ContainerFacts.of(container, names, true);

        assertThat(facts.name()).isEqualTo("<project>-web-1");
        assertThat(facts.fields().get("labels")).isEqualTo(Map.of("com.docker.compose.project", "<project>",
                "com.docker.compose.project.working_dir", "/samples/basic",
                "com.docker.compose.project.config_files", "/samples/basic/compose.yaml,/samples/basic/more/extra.yaml",
                "tier", "web"));
        assertThat(facts.fields().get("networks")).isEqualTo(Map.of("<project>_default",
                Map.of("aliases", List.of("web", "www"), "ipv4 address", "", "ipv6 address", "")));
        assertThat(facts.fields().get("hostname")).isEqualTo("<id of <project>-web-1>");
        assertThat(facts.fields().get("mounts")).isEqualTo(List.of(Map.of("type", "volume",
                "source", "<anonymous>", "destination", "/cache", "rw", true)));
        assertThat(ContainerFacts.anonymousVolumes(container)).containsExactly("f".repeat(64));
    }
}
