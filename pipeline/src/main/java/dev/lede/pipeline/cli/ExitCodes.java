package dev.lede.pipeline.cli;

/** Exit codes a scheduler can act on; they are part of Lede's interface and never change meaning. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The run finished, but some inputs failed (see the log and the run report). */
    public static final int SOME_FAILED = 1;
    /** Bad usage or configuration: nothing was done. */
    public static final int USAGE = 2;
    /** Another run holds the data directory's lock. */
    public static final int LOCKED = 3;
    /**
     * The command stopped on an error it did not expect (a bug, a full disk, an unreadable index): nothing
     * about the usage needs fixing, so it is not {@link #USAGE}. 70 is sysexits' EX_SOFTWARE.
     */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
