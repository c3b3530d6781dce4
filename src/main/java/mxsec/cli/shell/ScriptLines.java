package mxsec.cli.shell;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import mxsec.text.UnsafeText;

/**
 * The lines of a script on stdin, read with a bound: a line is at most {@code max} bytes, so memory stays flat
 * whatever comes (an endless line of NULs from /dev/zero, a binary file). A line that is too long, not UTF-8 or
 * holds control characters comes back with its problem instead of its text, and is never echoed.
 */
public final class ScriptLines {
    /** One line: its number and text, or its problem (text null); {@code endless} when its end was not found within {@link #MAX_SKIP}. */
    public record Line(int number, String text, String problem, boolean endless) {}

    /** How much of one over-long line is skipped looking for its end before the input is taken for no script at all. */
    public static final int MAX_SKIP = 16 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;

    public ScriptLines(InputStream in, int max) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.buffer = new byte[max];
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (n == buffer.length) return overLong();
            buffer[n++] = (byte) b;
        }
        if (b == -1 && n == 0) return null;
        number++;
        if (n > 0 && buffer[n - 1] == '\r') n--; // a Windows line end
        return line(n);
    }

    /** The rest of a line over the bound, skipped to its end (or to {@link #MAX_SKIP}): nothing of it is a command. */
    private Line overLong() throws IOException {
        number++;
        String problem = String.format(Locale.ROOT, "longer than %,d bytes", buffer.length);
        for (long skipped = 0; skipped < MAX_SKIP; skipped++) {
            int b = in.read();
            if (b == -1 || b == '\n') return new Line(number, null, problem, false);
        }
        return new Line(number, null, problem, true);
    }

    private Line line(int n) {
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(buffer, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not UTF-8 text", false);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Controls as the corpus and every output judge them (C0 but tab, DEL, C1); other text is the commands' to judge.
            if ("control".equals(UnsafeText.kind(c))) return new Line(number, null, String.format("control character U+%04X", (int) c), false);
        }
        return new Line(number, text, null, false);
    }
}
