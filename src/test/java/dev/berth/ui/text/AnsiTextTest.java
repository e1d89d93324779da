package dev.berth.ui.text;

import dev.berth.ui.text.AnsiText.Run;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AnsiTextTest {
    private static final String E = "\u001b";

    private static AnsiStyle fg(int colour) {
        return new AnsiStyle(colour, AnsiStyle.DEFAULT, false, false, false, false);
    }

    private static String joined(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }

    @Test
    void textWithoutEscapesIsOnePlainRunAndStripsToItself() {
        String text = "GET /health 200";

        assertThat(AnsiText.parse(text)).containsExactly(new Run(text, AnsiStyle.PLAIN));
        assertThat(AnsiText.strip(text)).isSameAs(text);
        assertThat(AnsiText.parse("")).isEmpty();
    }

    @Test
    void basicAndBrightColoursSetForegroundAndBackground() {
        List<Run> runs = AnsiText.parse(E + "[31mred" + E + "[42mon green" + E + "[91mbright" + E + "[103mbg");

        assertThat(runs).extracting(Run::text).containsExactly("red", "on green", "bright", "bg");
        assertThat(runs.get(0).style()).isEqualTo(fg(1));
        assertThat(runs.get(1).style().background()).isEqualTo(2);
        assertThat(runs.get(1).style().foreground()).isEqualTo(1);
        assertThat(runs.get(2).style().foreground()).isEqualTo(9);
        assertThat(runs.get(3).style().background()).isEqualTo(11);
    }

    @Test
    void boldAndResetAndTheirPartialResets() {
        List<Run> runs = AnsiText.parse(E + "[1;33mWARN" + E + "[0m plain " + E + "[1mbold" + E + "[22mnormal"
                + E + "[35mpink" + E + "[39mdefault" + E + "[7minv" + E + "[m.");

        assertThat(runs).extracting(Run::text)
                .containsExactly("WARN", " plain ", "bold", "normal", "pink", "default", "inv", ".");
        assertThat(runs.get(0).style()).isEqualTo(new AnsiStyle(3, -1, true, false, false, false));
        assertThat(runs.get(1).style()).isEqualTo(AnsiStyle.PLAIN);
        assertThat(runs.get(2).style().bold()).isTrue();
        assertThat(runs.get(3).style()).isEqualTo(AnsiStyle.PLAIN);
        assertThat(runs.get(4).style()).isEqualTo(fg(5));
        assertThat(runs.get(5).style()).isEqualTo(AnsiStyle.PLAIN);
        assertThat(runs.get(6).style().inverse()).isTrue();
        assertThat(runs.get(7).style()).isEqualTo(AnsiStyle.PLAIN);
    }

    @Test
    void colours256AreThePaletteTheCubeAndTheGreys() {
        List<Run> runs = AnsiText.parse(E + "[38;5;3ma" + E + "[38;5;208mb" + E + "[38;5;232mc" + E + "[48;5;21md");

        assertThat(runs.get(0).style().foreground()).isEqualTo(3);
        assertThat(runs.get(1).style().foreground()).isEqualTo(AnsiStyle.rgb(255, 135, 0));
        assertThat(runs.get(2).style().foreground()).isEqualTo(AnsiStyle.rgb(8, 8, 8));
        assertThat(runs.get(3).style().background()).isEqualTo(AnsiStyle.rgb(0, 0, 255));
        assertThat(AnsiStyle.isRgb(runs.get(1).style().foreground())).isTrue();
        assertThat(AnsiStyle.rgbValue(runs.get(1).style().foreground())).isEqualTo(0xFF8700);
    }

    @Test
    void trueColourSetsExactColours() {
        List<Run> runs = AnsiText.parse(E + "[38;2;10;20;30;48;2;200;100;50mx" + E + "[1;38;2;1;2;3my");

        assertThat(runs.get(0).style().foreground()).isEqualTo(AnsiStyle.rgb(10, 20, 30));
        assertThat(runs.get(0).style().background()).isEqualTo(AnsiStyle.rgb(200, 100, 50));
        assertThat(runs.get(1).style()).isEqualTo(new AnsiStyle(AnsiStyle.rgb(1, 2, 3), AnsiStyle.rgb(200, 100, 50),
                true, false, false, false));
    }

    @Test
    void otherControlSequencesAreRemoved() {
        String text = E + "[2K" + E + "[1G" + E + "[?25lProgress" + E + "]0;title" + "\u0007 50%" + E + "(B!"
                + E + "[?1h";

        assertThat(AnsiText.strip(text)).isEqualTo("Progress 50%!");
        assertThat(joined(AnsiText.parse(text))).isEqualTo("Progress 50%!");
        assertThat(AnsiText.parse(text)).allMatch(run -> run.style().isPlain());
    }

    @Test
    void stripRemovesColoursForCopyAndSave() {
        assertThat(AnsiText.strip(E + "[1;31mERROR" + E + "[0m: disk " + E + "[38;5;208mfull" + E + "[m"))
                .isEqualTo("ERROR: disk full");
    }

    @Test
    void anUnterminatedSequenceAtTheEndIsShownAsItIs() {
        String text = "done " + E + "[32mok" + E + "[3";

        List<Run> runs = AnsiText.parse(text);
        assertThat(runs).extracting(Run::text).containsExactly("done ", "ok" + E + "[3");
        assertThat(AnsiText.strip(text)).isEqualTo("done ok" + E + "[3");
        assertThat(AnsiText.strip("tail" + E)).isEqualTo("tail" + E);
        assertThat(AnsiText.strip("title" + E + "]0;never ends")).isEqualTo("title" + E + "]0;never ends");
    }

    @Test
    void theRunsAlwaysJoinToTheStrippedText() {
        for (String text : List.of("a" + E + "[31mb" + E + "[0mc", E + "[1m" + E + "[0m", "x" + E + "[",
                E + "[31;mq" + E + "[K", "αβγ" + E + "[44m😀" + E + "[0m")) {
            assertThat(joined(AnsiText.parse(text))).isEqualTo(AnsiText.strip(text));
        }
    }

    @Test
    void theStyleCarriesOnAcrossASplitForTerminalOutput() {
        AnsiText.Styled first = AnsiText.parse("one " + E + "[31mred", AnsiStyle.PLAIN);
        AnsiText.Styled second = AnsiText.parse("still red" + E + "[0m plain", first.end());

        assertThat(first.end()).isEqualTo(fg(1));
        assertThat(second.runs().get(0)).isEqualTo(new Run("still red", fg(1)));
        assertThat(second.runs().get(1)).isEqualTo(new Run(" plain", AnsiStyle.PLAIN));
        assertThat(second.end()).isEqualTo(AnsiStyle.PLAIN);
    }

    @Test
    void repeatedSameStyleMergesIntoOneRunAndMalformedColoursAreIgnored() {
        assertThat(AnsiText.parse(E + "[31ma" + E + "[31mb")).containsExactly(new Run("ab", fg(1)));
        assertThat(AnsiText.parse(E + "[38;5mz")).containsExactly(new Run("z", AnsiStyle.PLAIN));
        assertThat(AnsiText.parse(E + "[38;5;300mz")).containsExactly(new Run("z", AnsiStyle.PLAIN));
    }
}
