package au.gov.dss.socialmedia.records.cli;

import java.io.PrintStream;

/**
 * A text progress bar on standard error: redrawn in place on a terminal, one line per tenth otherwise (logs, CI).
 */
public final class ProgressBar {

    private final PrintStream out;
    private final long total;
    private final String unit;
    private final boolean terminal;
    private int lastShown = -1;

    /** A bar for {@code total} items of {@code unit}. */
    public ProgressBar(PrintStream out, long total, String unit, boolean terminal) {
        this.out = out;
        this.total = Math.max(total, 0);
        this.unit = unit;
        this.terminal = terminal;
    }

    /** Shows that {@code done} items are done. */
    public void update(long done) {
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int step = terminal ? percent : percent / 10 * 10;
        if (step == lastShown) {
            return;
        }
        lastShown = step;
        int filled = percent * 30 / 100;
        String bar = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + String.format("%3d%%", percent)
                + " " + done + "/" + total + " " + unit;
        if (terminal) {
            out.print("\r" + bar);
            if (percent == 100) {
                out.println();
            }
        } else {
            out.println(bar);
        }
        out.flush();
    }
}
