package mxsec.load;

import java.nio.file.Path;
import java.util.Map;

/** A base directory of the XDG spec: {@code $VARIABLE/mxsec} when absolute, else {@code $HOME/FALLBACK/mxsec}. */
public final class XdgDirectory {
    private XdgDirectory() {}

    /**
     * Null when neither is usable. A relative value is ignored, as the spec says (else a run would write into
     * whatever the working directory is).
     */
    public static Path of(Map<String, String> env, String variable, String fallbackUnderHome) {
        Path base = absolute(env.get(variable));
        if (base != null) return base.resolve("mxsec");
        Path home = absolute(env.get("HOME"));
        return home == null ? null : home.resolve(fallbackUnderHome).resolve("mxsec");
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
