package mxsec.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mxsec.model.Fact;
import mxsec.query.Passages;
import mxsec.text.ReferenceText;

/**
 * The cited passages of {@code --quote}: for people, the lines with the evidence sentence between » and « (>> and
 * << in ASCII), cut around it with "…"; for programs, {@code {file, lines, before, evidence, after}}. A fact whose
 * passage cannot be had says why, and the causes are kept for one warning each.
 */
final class Quotes {
    private final Passages passages;
    private final Set<String> problems = new LinkedHashSet<>();

    Quotes(Passages passages) {
        this.passages = passages;
    }

    List<String> problems() {
        return new ArrayList<>(problems);
    }

    String text(Fact f, Style style) {
        try {
            Passages.Passage p = passages.of(f);
            if (p.evidence().isEmpty()) return p.before();
            return p.before() + style.pick("\u00bb", ">>") + p.evidence() + style.pick("\u00ab", "<<") + p.after();
        } catch (ReferenceText.Unreadable e) {
            problems.add(e.getMessage());
            return "(no passage: " + e.getMessage() + ")";
        }
    }

    Map<String, Object> map(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.report().id() + ".txt");
        m.put("lines", f.source().lines());
        try {
            Passages.Passage p = passages.of(f);
            m.put("before", p.before());
            m.put("evidence", p.evidence());
            m.put("after", p.after());
            m.put("problem", null);
        } catch (ReferenceText.Unreadable e) {
            problems.add(e.getMessage());
            m.put("before", null);
            m.put("evidence", null);
            m.put("after", null);
            m.put("problem", e.getMessage());
        }
        return m;
    }
}
