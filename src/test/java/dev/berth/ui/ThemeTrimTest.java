package dev.berth.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTrimTest {

    @Test
    void theCommittedStylesheetsAreTheTrimOfTheAtlantaFxOnTheClassPath() throws IOException {
        for (String variant : ThemeTrim.VARIANTS) {
            assertThat(Files.readString(ThemeTrim.OUTPUT.resolve(variant + ".css")))
                    .as("%s.css: make it again with ThemeTrim's main", variant)
                    .isEqualTo(ThemeTrim.trimmed(variant));
        }
    }

    @Test
    void aRuleGoesOnlyWhenAllItsSelectorsNameAnUnusedControl() {
        String css = "/* note */ .slider .thumb { -fx-a: 1; }\n.button, .slider { -fx-b: 2; }\n"
                + ".sliders { -fx-c: 3; }\n.root { -color-x: #fff; }\n";

        assertThat(ThemeTrim.trim(css)).isEqualTo(".button {" + " -fx-b: 2; }\n"
                + ".sliders { -fx-c: 3; }\n.root { -color-x: #fff; }\n");
    }

    @Test
    void berthsViewsUseNoneOfTheControlsWhoseRulesWereDropped() throws IOException {
        List<Pattern> uses = ThemeTrim.UNUSED_CONTROLS.stream()
                .map(control -> Pattern.compile("(import [\\w.]+\\." + control + ";|new " + control + "\\b)"))
                .toList();
        List<Pattern> styleClasses = ThemeTrim.UNUSED_STYLE_CLASSES.stream()
                .map(styleClass -> Pattern.compile("\"" + Pattern.quote(styleClass) + "\"|\\." + Pattern.quote(styleClass)
                        + "(?![\\w-])"))
                .toList();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")
                    || path.toString().endsWith("berth.css")).toList()) {
                String text = Files.readString(file);
                for (Pattern use : file.toString().endsWith(".java") ? uses : List.<Pattern>of()) {
                    assertThat(use.matcher(text).find()).as("%s uses %s", file, use).isFalse();
                }
                for (Pattern styleClass : styleClasses) {
                    assertThat(styleClass.matcher(text).find()).as("%s names %s", file, styleClass).isFalse();
                }
            }
        }
    }
}
