package dev.berth.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.MessageSkin;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Skin;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Shows a view model's current {@link Notice} above its content; hidden while there is none. A notice's
 * {@link Retry} is a button at its end, disabled while it runs ({@link NoticeHolder#retry()}).
 */
public final class NoticeBanner extends Message {
    private final Button retry = new Button(null, Icons.of(MaterialDesignR.REFRESH));
    /** Whether the notice shown offers its retry. */
    private boolean offered;

    public NoticeBanner(NoticeHolder notice) {
        super(null, null, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        setId("notice-banner");
        getStyleClass().add(Styles.DANGER);
        retry.setId("notice-retry");
        retry.disableProperty().bind(notice.retryingProperty()); // until it worked, or failed again
        retry.setOnAction(event -> notice.retry());
        setOnClose(event -> notice.set(null));
        managedProperty().bind(visibleProperty());
        notice.property().subscribe(this::show);
    }

    private void show(Notice notice) {
        setVisible(notice != null);
        if (notice != null) {
            setTitle(notice.sentence());
            setDescription(notice.offeredAction());
            if (notice.retry() != null) {
                retry.setText(notice.retry().label());
            }
            offered = notice.retry() != null;
            if (getSkin() != null) {
                // AtlantaFX 2.0.1's skin puts the description in the title's place when the title changes after
                // it was made; a new skin reads both as they are
                setSkin(createDefaultSkin());
            }
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MessageSkin(this) {
            {
                // the skin's slot for an action (AtlantaFX's Tile fills it), at the end of the sentence
                actionSlotListener.changed(null, null, retryButton());
            }
        };
    }

    private Button retryButton() {
        return offered ? retry : null;
    }
}
