package mxsec.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by display columns. */
public final class Wrap {
    private Wrap() {}

    /** {@code s} padded with spaces to {@code width} characters (String.format costs ~15 ms to load). */
    public static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Lines of at most {@code width} characters (0: one line); words longer than the width are cut. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (width <= 0 || paragraph.length() <= width) {
                out.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph)) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The runs of non-space characters (a regex split costs a pattern compile per paragraph). */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= paragraph.length(); i++) {
            boolean space = i == paragraph.length() || paragraph.charAt(i) == ' ';
            if (space && start >= 0) {
                words.add(paragraph.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** {@code text} wrapped to {@code width} with every line after the first indented by {@code indent}. */
    public static String hanging(String text, int width, String indent) {
        List<String> lines = lines(text, width <= 0 ? 0 : Math.max(10, width - indent.length()));
        return String.join("\n" + indent, lines);
    }
}
