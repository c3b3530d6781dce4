package mxsec.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by display columns. */
public final class Wrap {
    private Wrap() {}

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

    /** {@code paragraph.split(" +")}, without compiling the pattern for every paragraph. */
    static List<String> words(String paragraph) {
        List<String> out = new ArrayList<>();
        int n = paragraph.length();
        int start = 0;
        boolean matched = false;
        for (int i = 0; i < n; ) {
            if (paragraph.charAt(i) == ' ') {
                int j = i;
                while (j < n && paragraph.charAt(j) == ' ') j++;
                out.add(paragraph.substring(start, i));
                matched = true;
                start = j;
                i = j;
            } else {
                i++;
            }
        }
        if (!matched) return List.of(paragraph);
        out.add(paragraph.substring(start, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size);
    }

    /** {@code text} wrapped to {@code width} with every line after the first indented by {@code indent}. */
    public static String hanging(String text, int width, String indent) {
        List<String> lines = lines(text, width <= 0 ? 0 : Math.max(10, width - indent.length()));
        return String.join("\n" + indent, lines);
    }
}
