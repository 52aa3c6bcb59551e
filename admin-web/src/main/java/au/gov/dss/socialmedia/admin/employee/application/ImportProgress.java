package au.gov.dss.socialmedia.admin.employee.application;

import java.io.Serializable;

/**
 * How far an import running in the background has got, for a progress bar: the phase (reading the file, checking
 * its rows, saving them) with the rows done and in all, and at the end the report. Written by the import's thread,
 * read by the page's polls.
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The phases of an import, in order. */
    public enum Phase {
        /** Queued, not started yet. */
        WAITING,
        /** Reading the file's lines. */
        READING,
        /** Checking every row. */
        CHECKING,
        /** Saving the employees in one transaction. */
        SAVING,
        /** Over: see the report. */
        FINISHED
    }

    private volatile Phase phase = Phase.WAITING;
    private volatile int done;
    private volatile int total;
    private volatile ImportReport report;

    /** The phase now. */
    public Phase phase() {
        return phase;
    }

    /** How many units (characters when reading, rows otherwise) of the phase are done. */
    public int done() {
        return done;
    }

    /** How many units the phase has in all. */
    public int total() {
        return total;
    }

    /** The report, once {@link #finished()}; null before. */
    public ImportReport report() {
        return report;
    }

    /** Whether the import is over. */
    public boolean finished() {
        return phase == Phase.FINISHED;
    }

    /**
     * The whole import's progress in percent: reading is the first 20, checking the next 30, saving the rest up to
     * 99; 100 only once it is over.
     */
    public int percent() {
        Phase now = phase;
        int part = total <= 0 ? 0 : (int) Math.min(100L, 100L * done / total);
        return switch (now) {
            case WAITING -> 0;
            case READING -> part / 5;
            case CHECKING -> 20 + part * 30 / 100;
            case SAVING -> Math.min(99, 50 + part / 2);
            case FINISHED -> 100;
        };
    }

    void advance(Phase next, int doneNow, int totalNow) {
        this.total = totalNow;
        this.done = doneNow;
        this.phase = next;
    }

    void finish(ImportReport finalReport) {
        this.report = finalReport;
        this.phase = Phase.FINISHED;
    }
}
