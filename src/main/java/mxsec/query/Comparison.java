package mxsec.query;

import java.util.List;

/**
 * Things side by side, as data: one column per thing, one row per aspect, each cell a list of short statements
 * (drawn by the renderer ComparisonView). Built by {@link Comparisons}.
 */
public record Comparison(List<Column> columns, List<Row> rows) {
    /** A thing compared: its stable id (what programs get) and the label people read. */
    public record Column(String id, String label) {}

    /** One aspect: a cell per column, in the order of the columns. */
    public record Row(String aspect, List<List<String>> cells) {}

    /** Whether no cell has anything in it. */
    public boolean isEmpty() {
        for (Row r : rows) {
            for (List<String> cell : r.cells()) if (!cell.isEmpty()) return false;
        }
        return true;
    }
}
