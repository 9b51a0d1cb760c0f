package dev.tollgate.collect;

import java.nio.file.Path;

/**
 * An input that cannot be read or is not recognised. Its message is one line naming the file,
 * and the line and column where the parser knows them.
 */
public final class InputException extends Exception {
    private final transient Path file;
    private final int line;
    private final int column;

    public InputException(Path file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, String problem) {
        this(file, -1, -1, problem);
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem.replace('\n', ' ')).toString();
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
