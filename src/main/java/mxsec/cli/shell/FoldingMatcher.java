package mxsec.cli.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Matches completion candidates ignoring accents as well as case: "michoacá" completes to michoacan. */
public final class FoldingMatcher extends org.jline.reader.impl.CompletionMatcherImpl {
    @Override
    protected void defaultMatchers(java.util.Map<LineReader.Option, Boolean> options, boolean prefix,
                                   org.jline.reader.CompletingParsedLine line, boolean caseInsensitive, int errors,
                                   String originalGroupName) {
        super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
        String typed = mxsec.text.Fold.fold(line.word().substring(0, line.wordCursor()));
        // Tried first: an accent- and case-folded prefix match.
        matchers.add(0, simpleMatcher(candidate -> mxsec.text.Fold.fold(candidate).startsWith(typed)));
    }
}
