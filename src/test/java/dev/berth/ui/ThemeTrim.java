package dev.berth.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Berth's copies of AtlantaFX's Primer light and dark stylesheets without the rules for controls Berth never
 * shows (date and colour pickers, sliders, pagination, the HTML editor, AtlantaFX's cards, tiles and modal panes…):
 * a quarter of the theme's 1,013 rules, which JavaFX would otherwise read and index at every start. A rule goes
 * when every one of its selectors names such a control's style class; a selector list loses only those selectors.
 * The copies are committed under {@code src/main/resources/dev/berth/theme/} and the build turns them into
 * {@code .bss}; {@code ThemeTrimTest} fails when they no longer match the AtlantaFX on the class path. To make
 * them again: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.ui.ThemeTrim}.
 */
public final class ThemeTrim {
    static final List<String> VARIANTS = List.of("primer-light", "primer-dark");
    static final Path OUTPUT = Path.of("src/main/resources/dev/berth/theme");

    /**
     * Style classes of controls no Berth view uses ({@code ThemeTrimTest} checks the sources for them, and
     * {@code BerthAppUiIT} every node of every section). Not AtlantaFX's {@code tile-base} and {@code bb-code}: its
     * {@code Message}, Berth's notice banner, wears the one and writes its description with the other.
     */
    public static final List<String> UNUSED_STYLE_CLASSES = List.of(
            "accordion", "titled-pane", "slider", "pagination", "tree-view", "tree-cell", "split-menu-button",
            "menu-bar", "tool-bar", "date-picker", "date-picker-popup", "calendar", "color-picker",
            "custom-color-dialog", "color-palette", "color-palette-region", "html-editor", "popover", "card",
            "tile", "modal-box", "modal-pane", "ring-progress-indicator", "breadcrumbs");

    /** The JavaFX and AtlantaFX classes those style classes belong to, which Berth's sources must not use. */
    static final List<String> UNUSED_CONTROLS = List.of(
            "Accordion", "TitledPane", "Slider", "Pagination", "TreeView", "SplitMenuButton", "MenuBar", "ToolBar",
            "DatePicker", "ColorPicker", "HTMLEditor", "Popover", "Card", "Tile", "ModalBox", "ModalPane",
            "RingProgressIndicator", "Breadcrumbs");

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private ThemeTrim() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUTPUT);
        for (String variant : VARIANTS) {
            Files.writeString(OUTPUT.resolve(variant + ".css"), trimmed(variant), StandardCharsets.UTF_8);
        }
    }

    /** The variant's stylesheet from the AtlantaFX jar on the class path, trimmed, with a header naming its source. */
    static String trimmed(String variant) {
        String source = "/atlantafx/base/theme/" + variant + ".css";
        try (InputStream in = Objects.requireNonNull(ThemeTrim.class.getResourceAsStream(source), source)) {
            return header(variant) + trim(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String trim(String css) {
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (rule.find()) {
            List<String> kept = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                if (!namesUnusedControl(selector.strip())) {
                    kept.add(selector.strip());
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.group(2)).append("}\n");
            }
        }
        return out.toString();
    }

    private static boolean namesUnusedControl(String selector) {
        for (String styleClass : UNUSED_STYLE_CLASSES) {
            if (Pattern.compile("\\." + Pattern.quote(styleClass) + "(?![\\w-])").matcher(selector).find()) {
                return true;
            }
        }
        return false;
    }

    private static String header(String variant) {
        return "/*\n * AtlantaFX 2.0.1's " + variant + ".css without the rules for controls Berth does not use,\n"
                + " * made by dev.berth.ui.ThemeTrim (test sources). AtlantaFX: MIT License,\n"
                + " * Copyright (c) 2022 mkpaz, https://github.com/mkpaz/atlantafx\n */\n";
    }
}
