package mxsec.render;

import java.util.Locale;

/** The output formats of every command. {@code table} is for people; the rest are for programs. */
public enum OutputFormat {
    TABLE, PLAIN, JSON, JSONL, YAML, CSV, TSV, MD;

    public boolean human() {
        return this == TABLE || this == PLAIN;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
