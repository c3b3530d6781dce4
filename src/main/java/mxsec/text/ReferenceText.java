package mxsec.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A report's reference text, by line (from 1): what {@code verify} checks facts against and {@code --quote} prints. */
public final class ReferenceText {
    private final List<String> lines;

    public ReferenceText(List<String> lines) {
        this.lines = lines;
    }

    /** A reference text larger than this is not one (the five reports are 20-120 KB). */
    public static final long MAX_BYTES = 16L << 20;

    /** Why a file is no reference text: missing, not a regular file, too large, not UTF-8, unreadable. */
    public static final class Unreadable extends IOException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** The text of {@code file}: a regular file of UTF-8 text, at most {@link #MAX_BYTES}; its final newline ends the last line. */
    public static ReferenceText read(Path file) throws Unreadable {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) throw new Unreadable("no " + name + " in the sources directory");
        if (!Files.isRegularFile(file)) throw new Unreadable(name + " is not a regular file");
        try {
            if (Files.size(file) > MAX_BYTES) throw new Unreadable(name + " is larger than " + (MAX_BYTES >> 20) + " MB: not a reference text");
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            List<String> lines = new ArrayList<>(Arrays.asList(content.split("\\r?\\n", -1)));
            if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            return new ReferenceText(lines);
        } catch (CharacterCodingException e) {
            throw new Unreadable(name + " is not UTF-8 text");
        } catch (Unreadable e) {
            throw e;
        } catch (IOException e) {
            throw new Unreadable(name + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    public int size() {
        return lines.size();
    }

    public String line(int n) {
        return lines.get(n - 1);
    }

    /** Lines first..last joined with spaces (PDF texts wrap sentences across lines). */
    public String join(int first, int last) {
        return String.join(" ", lines.subList(first - 1, last));
    }

    /**
     * The number of the paragraph that holds {@code line}, counted from the line after {@code heading} (0: the
     * text's start), heading lines skipped. Paragraphs are runs of lines separated by blank lines, or begun by a
     * line that starts with a space (PDF copies wrap paragraphs across lines); in a text without blank lines,
     * each line is one.
     */
    public int paragraph(int line, int heading, java.util.Set<Integer> headings) {
        boolean blanks = false;
        for (String l : lines) blanks |= l.isBlank();
        int count = 0;
        boolean inside = false;
        for (int n = heading + 1; n <= line; n++) {
            String l = line(n);
            if (headings.contains(n) || l.isBlank()) {
                inside = false;
                continue;
            }
            if (!blanks || !inside || Character.isWhitespace(l.charAt(0))) count++;
            inside = true;
        }
        return count;
    }

    /**
     * {@code text} as an anchor is compared: folded (case, accents), quote marks made plain, words split at a line
     * end with a hyphen joined again, whitespace made single.
     */
    public static String forAnchors(String text) {
        String t = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        t = t.replaceAll("(\\p{L})-\\s+(\\p{L})", "$1$2");
        return Fold.fold(t).replaceAll("\\s+", " ").strip();
    }

    /** The first line at or after {@code from} that is the heading, alone or joined with the next line. */
    public int findHeading(String heading, int from) {
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
