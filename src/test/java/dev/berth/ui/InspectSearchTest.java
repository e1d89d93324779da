package dev.berth.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectSearchTest {
    private final InspectSearch search = new InspectSearch();

    @Test
    void findsEveryMatchIgnoringCaseAndWrapsAround() {
        search.setText("{\"Image\": \"nginx\", \"Labels\": {\"image\": \"IMAGE\"}}");
        search.queryProperty().set("image");

        assertThat(search.matchCount()).isEqualTo(3);
        assertThat(search.statusProperty().get()).isEqualTo("1 of 3");
        assertThat(search.currentStart()).isEqualTo(2);
        search.next();
        search.next();
        assertThat(search.statusProperty().get()).isEqualTo("3 of 3");
        search.next();
        assertThat(search.statusProperty().get()).isEqualTo("1 of 3");
        search.previous();
        assertThat(search.statusProperty().get()).isEqualTo("3 of 3");
        assertThat(search.currentEnd() - search.currentStart()).isEqualTo(5);
    }

    @Test
    void saysSoWhenNothingMatchesAndNothingWhileTheQueryIsEmpty() {
        search.setText("{\"Id\": \"abc\"}");
        search.queryProperty().set("zzz");
        assertThat(search.statusProperty().get()).isEqualTo("No matches");
        assertThat(search.currentStart()).isEqualTo(-1);
        search.next();
        assertThat(search.currentProperty().get()).isEqualTo(-1);

        search.queryProperty().set("");
        assertThat(search.statusProperty().get()).isEmpty();
    }

    @Test
    void newTextIsSearchedAgain() {
        search.queryProperty().set("aa");
        assertThat(search.statusProperty().get()).isEqualTo("No matches");
        search.setText("aaaa");
        assertThat(search.statusProperty().get()).isEqualTo("1 of 2"); // matches do not overlap
    }

    @Test
    void secretLookingVariablesAreMaskedUntilRevealedAndTheRealJsonIsKeptForCopy() {
        String json = "{\"Env\": [\"POSTGRES_PASSWORD=s3cret\", \"TZ=UTC\"]}";
        search.setText(json);
        search.queryProperty().set("s3cret");

        assertThat(search.textProperty().get()).doesNotContain("s3cret").contains("TZ=UTC");
        assertThat(search.matchCount()).isZero();
        assertThat(search.realText()).isEqualTo(json);

        search.revealedProperty().set(true);

        assertThat(search.textProperty().get()).isEqualTo(json);
        assertThat(search.matchCount()).isEqualTo(1);
    }
}
