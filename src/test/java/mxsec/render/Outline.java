package mxsec.render;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A state's SVG path (as StateOutlines stores it: M x,y l dx,dy ... z, repeated) as a Java shape, for tests. */
public final class Outline {
    private Outline() {}

    public static Path2D of(String d) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (String sub : d.split("z")) {
            if (sub.isEmpty()) continue;
            String[] parts = sub.substring(1).split("l");
            String[] start = parts[0].split(",");
            double x = Double.parseDouble(start[0]);
            double y = Double.parseDouble(start[1]);
            path.moveTo(x, y);
            if (parts.length > 1) {
                for (String step : parts[1].split(" ")) {
                    String[] xy = step.split(",");
                    x += Double.parseDouble(xy[0]);
                    y += Double.parseDouble(xy[1]);
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    /**
     * A point well inside the shape (a square of {@code margin} around it is inside), the nearest such point to the
     * centre of its bounds; null if none.
     */
    public static double[] inside(Path2D shape, double margin) {
        Rectangle2D b = shape.getBounds2D();
        double[] best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double x = Math.floor(b.getMinX()); x <= b.getMaxX(); x += 0.5) {
            for (double y = Math.floor(b.getMinY()); y <= b.getMaxY(); y += 0.5) {
                if (!shape.contains(x - margin, y - margin, 2 * margin, 2 * margin)) continue;
                double distance = Math.hypot(x - b.getCenterX(), y - b.getCenterY());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new double[] {x, y};
                }
            }
        }
        return best;
    }
}
