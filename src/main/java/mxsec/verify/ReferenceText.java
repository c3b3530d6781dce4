package mxsec.verify;

import java.util.List;
import mxsec.text.Fold;

/** A report's reference text, by line (from 1). */
final class ReferenceText {
    private final List<String> lines;

    ReferenceText(List<String> lines) {
        this.lines = lines;
    }

    int size() {
        return lines.size();
    }

    String line(int n) {
        return lines.get(n - 1);
    }

    /** Lines first..last joined with spaces (PDF texts wrap sentences across lines). */
    String join(int first, int last) {
        return String.join(" ", lines.subList(first - 1, last));
    }

    /** The first line at or after {@code from} that is the heading, alone or joined with the next line. */
    int findHeading(String heading, int from) {
        String wanted = Fold.fold(heading);
        for (int n = Math.max(1, from); n <= lines.size(); n++) {
            String one = Fold.fold(line(n));
            if (one.equals(wanted)) return n;
            if (n < lines.size() && wanted.startsWith(one) && !one.isEmpty() && Fold.fold(line(n) + " " + line(n + 1)).equals(wanted)) {
                return n;
            }
        }
        return -1;
    }
}
