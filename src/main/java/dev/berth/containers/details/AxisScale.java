package dev.berth.containers.details;

/**
 * A chart's value axis from zero to a round upper bound: 1, 2 or 5 times a power of ten, in the unit the largest
 * value reads best in (so byte charts tick at 0, 10, 20… MiB rather than at 10,485,760).
 */
record AxisScale(double upper, double tick) {

    /** For byte counts and byte rates: the round number is taken in KiB, MiB or GiB. */
    static AxisScale forBytes(double max, double floor) {
        double top = Math.max(max, floor);
        double unit = Math.pow(1024, Units.unitIndex(top));
        AxisScale scaled = forPlain(top / unit, 0);
        return new AxisScale(scaled.upper * unit, scaled.tick * unit);
    }

    static AxisScale forPlain(double max, double floor) {
        double top = Math.max(Math.max(max, floor), Double.MIN_NORMAL);
        double power = Math.pow(10, Math.floor(Math.log10(top)));
        double leading = top / power;
        double nice = leading <= 1 ? 1 : leading <= 2 ? 2 : leading <= 5 ? 5 : 10;
        double upper = nice * power;
        return new AxisScale(upper, upper / (nice == 2 ? 4 : 5));
    }
}
