package org.pvcoder.e2b.read;

/**
 * The file as a whole cannot be read: not well-formed, hostile (DTD, entities, too deep, too large) or not an
 * E2B(R3) ICSR batch at all. Carries the line (0 when unknown) for the problem report.
 */
public class E2bFileException extends RuntimeException {

    public enum Kind {
        /** Not XML we are willing to read: malformed, DTD, too large or too deep. */
        UNREADABLE,
        /** Well-formed XML, but not an E2B(R3) ICSR batch. */
        NOT_E2B
    }

    private final Kind kind;
    private final int line;
    private final int column;

    public E2bFileException(Kind kind, int line, int column, String message) {
        super(message);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
