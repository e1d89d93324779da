package dev.berth.ui.form;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One IPv4 or IPv6 address as a number, parsed strictly from text without ever asking DNS (unlike
 * {@code InetAddress.getByName}): dotted quads without leading zeros, and IPv6 with at most one "::" and an optional
 * trailing dotted quad.
 *
 * @param value the address as an unsigned number of {@link #bits()} bits
 */
public record IpAddress(BigInteger value, boolean ipv6) {
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    public int bits() {
        return ipv6 ? 128 : 32;
    }

    public static Optional<IpAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        return address.contains(":") ? parseIpv6(address) : parseIpv4(address).map(v -> new IpAddress(v, false));
    }

    private static Optional<BigInteger> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || part.length() > 1 && part.charAt(0) == '0') {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = value << 8 | octet;
        }
        return Optional.of(BigInteger.valueOf(value));
    }

    private static Optional<IpAddress> parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap >= 0 ? text.substring(0, gap) : text;
        String tail = gap >= 0 ? text.substring(gap + 2) : "";
        BigInteger[] headGroups = groups(head, gap < 0);
        BigInteger[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null) {
            return Optional.empty();
        }
        int written = headGroups.length + tailGroups.length;
        if (gap < 0 ? written != 8 : written > 7) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (BigInteger group : headGroups) {
            value = value.shiftLeft(16).or(group);
        }
        value = value.shiftLeft(16 * (8 - written));
        for (BigInteger group : tailGroups) {
            value = value.shiftLeft(16).or(group);
        }
        return Optional.of(new IpAddress(value, true));
    }

    /**
     * The 16-bit groups of one side of "::"; a dotted quad may end the last side and counts as two groups.
     *
     * @return null when a group is malformed
     */
    private static BigInteger[] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new BigInteger[0];
        }
        String[] parts = side.split(":", -1);
        boolean quadAtEnd = mayEndInIpv4 && parts[parts.length - 1].contains(".");
        BigInteger[] out = new BigInteger[parts.length + (quadAtEnd ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && quadAtEnd) {
                Optional<BigInteger> quad = parseIpv4(parts[i]);
                if (quad.isEmpty()) {
                    return null;
                }
                out[i] = quad.get().shiftRight(16);
                out[i + 1] = quad.get().and(BigInteger.valueOf(0xffff));
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                out[i] = new BigInteger(parts[i], 16);
            } else {
                return null;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        if (!ipv6) {
            long v = value.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        StringBuilder out = new StringBuilder();
        for (int group = 7; group >= 0; group--) {
            out.append(value.shiftRight(group * 16).and(BigInteger.valueOf(0xffff)).toString(16));
            if (group > 0) {
                out.append(':');
            }
        }
        return out.toString();
    }
}
