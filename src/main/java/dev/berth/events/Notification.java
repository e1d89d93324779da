package dev.berth.events;

/**
 * One notice for the user: a title, a sentence, and (when there is one) the object it is about, so that the notice
 * can offer to show it.
 *
 * @param targetType "container", "image"… or null
 * @param targetId   the object's id or name, or null
 * @param problem    whether it reports something that went wrong (shown as a warning)
 */
public record Notification(NotificationKind kind, String title, String text, String targetType, String targetId,
                           boolean problem) {
}
