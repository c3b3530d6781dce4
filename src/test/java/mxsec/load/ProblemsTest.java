package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mxsec.model.Location;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    private static void add(Problems p, String file, int count) {
        for (int i = 1; i <= count; i++) p.add(new Location(file, i, 1), "problem " + i);
    }

    @Test
    void keepsTwentyOfAFileAndAHundredOfARunAndCountsTheRest() {
        Problems p = new Problems();
        add(p, "a.yaml", 1_000_000);
        assertThat(p.shown("a.yaml")).isFalse();
        assertThat(p.shown("b.yaml")).isTrue();
        for (int f = 0; f < 10; f++) add(p, "f" + f + ".yaml", 15);
        assertThat(p.size()).isEqualTo(1_000_150);
        assertThat(p.sorted()).hasSize(100);
        assertThat(p.sorted().get(0).toString()).isEqualTo("a.yaml:1:1: problem 1");
        assertThat(p.sorted()).filteredOn(x -> x.location().file().equals("a.yaml")).hasSize(20);
        // 20 of a.yaml, 15 of each of f0..f4, 5 of f5, none of f6..f9.
        assertThat(p.unshown()).containsExactly(Map.entry("a.yaml", 999_980), Map.entry("f5.yaml", 10), Map.entry("f6.yaml", 15),
                Map.entry("f7.yaml", 15), Map.entry("f8.yaml", 15), Map.entry("f9.yaml", 15));
        assertThat(p.shown("f0.yaml")).isFalse();
    }

    @Test
    void aStopIsKeptPastTheCapsAndMergingKeepsTheCounts() {
        Problems worker = new Problems();
        add(worker, "big.yaml", 50);
        worker.addStop(new Location("big.yaml", 99, 3), "more than 500000 YAML values in one file (the limit); split the file");
        Problems run = new Problems();
        for (int f = 0; f < 5; f++) add(run, "r" + f + ".yaml", 19);
        run.addAll(worker);
        assertThat(run.size()).isEqualTo(95 + 51);
        // 95 of r0..r4, then 5 of big.yaml reach the run's cap; the stop is kept past it.
        assertThat(run.sorted()).extracting(Problems.Problem::toString)
                .contains("big.yaml:99:3: more than 500000 YAML values in one file (the limit); split the file")
                .hasSize(95 + 5 + 1);
        assertThat(run.unshown()).containsExactly(Map.entry("big.yaml", 45));
        CorpusException e = run.exception();
        assertThat(e.total()).isEqualTo(146);
        assertThat(e.problems()).hasSize(101);
        assertThat(e.unshown()).containsExactly(Map.entry("big.yaml", 45));
    }

    @Test
    void controlCharactersInAMessageAreEscaped() {
        Problems p = new Problems();
        p.add(new Location("x.yaml", 1, 1), "bad \u001b[31m and \u202e");
        assertThat(p.sorted().get(0).message()).isEqualTo("bad \\u001B[31m and \\u202E");
    }
}
