package mxsec.model;

/** A place in a corpus file, for messages: {@code file:line:col}. Line and column count from 1. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
