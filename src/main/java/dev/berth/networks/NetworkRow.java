package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One network in the table; a refresh updates it in place so the table keeps its selection and does not blink. */
public final class NetworkRow {
    private final ReadOnlyObjectWrapper<NetworkInfo> info = new ReadOnlyObjectWrapper<>(this, "info");

    NetworkRow(NetworkInfo first) {
        info.set(first);
    }

    void update(NetworkInfo latest) {
        if (!latest.equals(info.get())) {
            info.set(latest);
        }
    }

    public String id() {
        return info.get().id();
    }

    public String name() {
        return info.get().name();
    }

    public NetworkInfo info() {
        return info.get();
    }

    public ReadOnlyObjectProperty<NetworkInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    static String subnets(NetworkInfo network) {
        return joined(network, NetworkInfo.IpamPool::subnet);
    }

    static String gateways(NetworkInfo network) {
        return joined(network, NetworkInfo.IpamPool::gateway);
    }

    private static String joined(NetworkInfo network, Function<NetworkInfo.IpamPool, String> part) {
        return network.pools().stream().map(part).filter(text -> !text.isEmpty()).collect(Collectors.joining(", "));
    }

    /** Whether the row is the one meant by an id, a short id or a name. */
    boolean isNamed(String idOrName) {
        return idOrName != null && !idOrName.isEmpty() && (name().equals(idOrName) || id().startsWith(idOrName));
    }

    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        NetworkInfo network = info.get();
        return network.name().toLowerCase(Locale.ROOT).contains(needle) || network.id().startsWith(needle)
                || network.driver().toLowerCase(Locale.ROOT).contains(needle) || subnets(network).contains(needle);
    }
}
