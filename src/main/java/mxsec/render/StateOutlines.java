package mxsec.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outlines of Mexico's 32 states, as SVG paths by ISO 3166-2 code ("MX-GRO"), with their viewBox and the credit
 * their licence asks for: the resource {@code mexico-states.tsv}, written once by {@code scripts/mexico-outlines.mjs}
 * from the npm package @svg-maps/mexico 2.0.0 (CC BY 4.0). Read only when a map is drawn as a picture.
 */
final class StateOutlines {
    static final String RESOURCE = "mexico-states.tsv";

    private final int width;
    private final int height;
    private final String credit;
    private final Map<String, String> paths;

    private StateOutlines(int width, int height, String credit, Map<String, String> paths) {
        this.width = width;
        this.height = height;
        this.credit = credit;
        this.paths = paths;
    }

    /** The resource, read anew (one picture per run: nothing to keep). */
    static StateOutlines read() {
        InputStream in = StateOutlines.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
        int width = 0;
        int height = 0;
        String credit = null;
        Map<String, String> paths = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f[0].equals("viewBox")) {
                    String[] box = f[1].split(" ");
                    width = Integer.parseInt(box[2]);
                    height = Integer.parseInt(box[3]);
                } else if (f[0].equals("credit")) {
                    credit = f[1];
                } else if (f.length == 3 && f[0].startsWith("MX-")) {
                    if (paths.put(f[0], f[2]) != null) throw new IllegalStateException(RESOURCE + ": " + f[0] + " twice");
                } else {
                    throw new IllegalStateException(RESOURCE + ": unexpected line " + line.substring(0, Math.min(40, line.length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (width <= 0 || height <= 0 || credit == null) throw new IllegalStateException(RESOURCE + ": no viewBox or credit");
        return new StateOutlines(width, height, credit, paths);
    }

    /** The width of the outlines' viewBox (its origin is 0,0). */
    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Who drew the outlines, under which licence, and what mxsec changed: to be shown with them. */
    String credit() {
        return credit;
    }

    /** The SVG path of a state ("MX-GRO"), or null. */
    String path(String iso) {
        return paths.get(iso);
    }

    /** Every ISO code with an outline, in the resource's order. */
    Iterable<String> isos() {
        return paths.keySet();
    }
}
