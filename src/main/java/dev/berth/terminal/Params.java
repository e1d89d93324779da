package dev.berth.terminal;

/**
 * A control sequence's parameters as xterm.js keeps them: up to 32, each with optional colon sub-parameters; an
 * omitted value reads as 0 for a parameter and -1 for a sub-parameter; values are capped at 2^31 - 1.
 */
final class Params {
    static final int MAX = 32;
    private static final int MAX_SUB = 32;

    private final int[] values = new int[MAX];
    /** Sub-parameters of parameter i are subs[subStart[i] .. subStart[i + 1]). */
    private final int[] subStart = new int[MAX + 1];
    private final int[] subs = new int[MAX_SUB];
    private int count;
    private int subCount;
    private boolean inSub;
    private boolean rejectDigits;
    private boolean rejectSubDigits;

    Params() {
        reset();
    }

    void reset() {
        count = 1;
        values[0] = 0;
        subCount = 0;
        subStart[0] = 0;
        subStart[1] = 0;
        inSub = false;
        rejectDigits = false;
        rejectSubDigits = false;
    }

    void digit(int digit) {
        if (inSub) {
            if (rejectSubDigits || subCount == 0) {
                return;
            }
            int current = subs[subCount - 1];
            subs[subCount - 1] = current < 0 ? digit : grow(current, digit);
        } else if (!rejectDigits) {
            values[count - 1] = grow(values[count - 1], digit);
        }
    }

    private static int grow(int value, int digit) {
        long next = value * 10L + digit;
        return next > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) next;
    }

    void next() {
        inSub = false;
        if (count >= MAX) {
            rejectDigits = true;
            return;
        }
        values[count] = 0;
        count++;
        subStart[count] = subCount;
    }

    void subParam() {
        if (rejectDigits) {
            return;
        }
        inSub = true;
        if (subCount >= MAX_SUB) {
            rejectSubDigits = true;
            return;
        }
        subs[subCount++] = -1;
        subStart[count] = subCount;
    }

    int count() {
        return count;
    }

    /** Parameter i, 0 when omitted or absent. */
    int get(int i) {
        return i < count ? values[i] : 0;
    }

    /** Parameter i, or {@code fallback} when it is 0, omitted or absent (the usual "default 1"). */
    int get(int i, int fallback) {
        int value = get(i);
        return value == 0 ? fallback : value;
    }

    int subCount(int i) {
        return i < count ? subStart[i + 1] - subStart[i] : 0;
    }

    /** Sub-parameter j of parameter i, -1 when omitted. */
    int sub(int i, int j) {
        return subs[subStart[i] + j];
    }
}
