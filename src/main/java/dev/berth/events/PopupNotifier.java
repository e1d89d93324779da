package dev.berth.events;

import dev.berth.ui.Navigator;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows notices as ControlsFX pop-ups in the corner of Berth's window, with a button that shows the object a notice
 * is about. ControlsFX needs an owner window: notices that come before the window is shown are skipped.
 */
public final class PopupNotifier implements Consumer<Notification> {
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Supplier<Window> owner;
    private final Navigator navigator;

    public PopupNotifier(Supplier<Window> owner, Navigator navigator) {
        this.owner = owner;
        this.navigator = navigator;
    }

    @Override
    public void accept(Notification notice) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications popup = Notifications.create().owner(window).title(notice.title()).text(notice.text())
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR);
        Runnable reveal = revealer(notice);
        if (reveal != null) {
            popup.action(new Action("Show", event -> reveal.run()));
        }
        if (notice.problem()) {
            popup.showWarning();
        } else {
            popup.showInformation();
        }
    }

    private Runnable revealer(Notification notice) {
        if (notice.targetType() == null || notice.targetId() == null) {
            return null;
        }
        String target = notice.targetId();
        return switch (notice.targetType()) {
            case "container" -> () -> navigator.showContainer(target);
            case "image" -> () -> navigator.showImage(target);
            case "network" -> () -> navigator.showNetwork(target);
            case "volume" -> () -> navigator.showVolume(target);
            default -> null;
        };
    }
}
