package dev.berth.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Shows a view model's current {@link Notice} above its content; hidden while there is none. */
public final class NoticeBanner extends Message {

    public NoticeBanner(NoticeHolder notice) {
        super(null, null, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        setId("notice-banner");
        getStyleClass().add(Styles.DANGER);
        setOnClose(event -> notice.set(null));
        managedProperty().bind(visibleProperty());
        notice.property().subscribe(this::show);
    }

    private void show(Notice notice) {
        setVisible(notice != null);
        if (notice != null) {
            setTitle(notice.sentence());
            setDescription(notice.offeredAction());
            if (getSkin() != null) {
                // AtlantaFX 2.0.1's skin puts the description in the title's place when the title changes after
                // it was made; a new skin reads both as they are
                setSkin(createDefaultSkin());
            }
        }
    }
}
