package mxsec.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mxsec.cli.LoadedCorpora;
import mxsec.cli.Main;
import mxsec.cli.RunContext;
import mxsec.load.CorpusFiles;
import mxsec.load.CorpusIndex;
import mxsec.load.CorpusLoader;
import mxsec.model.Corpus;
import mxsec.model.EntityKind;
import mxsec.query.FactFilter;
import mxsec.query.NameResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state costs of the pieces a lookup is made of (start-up is measured whole-process by
 * bench/startup.sh). Run: ./mvnw -Pbench package && java -jar target/benchmarks.jar
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CorpusBenchmarks {
    private byte[] index;
    private Corpus corpus;
    private NameResolver resolver;

    @Setup
    public void setUp() throws Exception {
        corpus = CorpusLoader.load(List.of(CorpusFiles.builtIn()));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CorpusIndex.write(corpus, new java.io.DataOutputStream(bytes));
        index = bytes.toByteArray();
        resolver = new NameResolver(corpus);
        resolver.resolve(EntityKind.GROUP, "jalisco");
    }

    /** Parse and validate the built-in YAML (what the build does once, and a user corpus costs). */
    @Benchmark
    public Corpus loadYaml() {
        return CorpusLoader.load(List.of(CorpusFiles.builtIn()));
    }

    /** Decode the pre-built index (what every start-up does). */
    /** The head of the index (vocabularies, entities, reports): facts are decoded when asked for. */
    @Benchmark
    public Corpus readIndex() throws Exception {
        return CorpusIndex.read(index);
    }

    @Benchmark
    public int readIndexAllFacts() throws Exception {
        return CorpusIndex.read(index).facts().size();
    }

    /** What a profile decodes: the facts about one entity. */
    @Benchmark
    public int readIndexOneEntity() throws Exception {
        return CorpusIndex.read(index).mentioning(EntityKind.STATE, List.of("guerrero")).size();
    }

    /** Resolve a name through the folded name index (an alias, not an id). */
    @Benchmark
    public Object resolveAlias() {
        return resolver.resolve(EnumSet.of(EntityKind.GROUP), "Jalisco Nueva Generación");
    }

    /** Filter every fact for one state. */
    @Benchmark
    public int filterState() {
        FactFilter f = FactFilter.ALL.about(EntityKind.STATE, "guerrero");
        return f.select(corpus).size();
    }

    /** A whole command in-process, rendered: what each command after the first costs in the shell. */
    @Benchmark
    public int stateGuerrero() {
        return command("state", "guerrero");
    }

    @Benchmark
    public int groupCjngJson() {
        return command("group", "cjng", "-o", "json");
    }

    @Benchmark
    public int compareCjngSinaloa() {
        return command("compare", "cjng", "sinaloa");
    }

    private static int command(String... args) {
        StringWriter sink = new StringWriter();
        RunContext context = new RunContext(new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(sink),
                new PrintWriter(sink), Map.of(), false, SHARED);
        return Main.run(context, args);
    }

    private static final LoadedCorpora SHARED = new LoadedCorpora(Map.of());
}
