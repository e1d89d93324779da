package dev.berth.ui.form;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address range in CIDR notation ("10.20.0.0/24", "fd00::/64"): parsing with a reason when the text
 * is not one, containment of addresses and ranges, and overlap, as the engine's IPAM sees them.
 *
 * @param base the address as written; {@link #hasHostBits()} says whether it is not the range's first address
 */
public record Cidr(IpAddress base, int prefix) {

    /** A parse: the range, or why the text is not one (a sentence that says how to fix it). */
    public record Parsed(Cidr cidr, String problem) {
        public boolean ok() {
            return cidr != null;
        }
    }

    public static Parsed parse(String text) {
        String cidr = text == null ? "" : text.strip();
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return problem(cidr + " has no prefix length: write it like 10.20.0.0/24.");
        }
        Optional<IpAddress> address = IpAddress.parse(cidr.substring(0, slash));
        if (address.isEmpty()) {
            return problem(cidr.substring(0, slash) + " is not an IP address.");
        }
        String length = cidr.substring(slash + 1);
        int max = address.get().bits();
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)
                || Integer.parseInt(length) > max) {
            return problem("The prefix length after '/' must be a number from 0 to " + max + ".");
        }
        return new Parsed(new Cidr(address.get(), Integer.parseInt(length)), null);
    }

    private static Parsed problem(String why) {
        return new Parsed(null, why);
    }

    public boolean isIpv6() {
        return base.ipv6();
    }

    private BigInteger mask() {
        int bits = base.bits();
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.shiftRight(prefix).xor(all);
    }

    /** The first address of the range. */
    public IpAddress first() {
        return new IpAddress(base.value().and(mask()), base.ipv6());
    }

    /** The last address of the range (the broadcast address of an IPv4 subnet). */
    public IpAddress last() {
        BigInteger hostBits = BigInteger.ONE.shiftLeft(base.bits() - prefix).subtract(BigInteger.ONE);
        return new IpAddress(first().value().or(hostBits), base.ipv6());
    }

    /** Whether the address written is not the first of its range, as in 10.20.0.5/24. */
    public boolean hasHostBits() {
        return !base.value().equals(first().value());
    }

    /** The range as the engine writes it: its first address and the prefix length. */
    public String normalized() {
        return first() + "/" + prefix;
    }

    public boolean contains(IpAddress address) {
        return address.ipv6() == base.ipv6() && address.value().and(mask()).equals(first().value());
    }

    public boolean contains(Cidr other) {
        return other.isIpv6() == isIpv6() && other.prefix >= prefix && contains(other.first());
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    @Override
    public String toString() {
        return base + "/" + prefix;
    }
}
