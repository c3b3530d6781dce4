package mxsec.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mxsec.model.Entity;
import mxsec.model.EntityKind;
import mxsec.model.Fact;
import mxsec.query.NameResolver;
import mxsec.query.UnknownNameException;
import mxsec.render.Detail;
import mxsec.render.EntityDetail;
import mxsec.render.FactDetail;
import mxsec.render.OutputFormat;
import mxsec.render.Tabular;
import mxsec.text.Echo;
import mxsec.text.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show",
        header = "One fact or entity in full, with its complete citation.",
        description = "One fact or entity in full, with its complete citation. A fact is named report-id/fact-id (as "
            + "every listing prints it); an entity by name, alias or id, optionally as KIND:NAME (group:cjng).",
        footer = {"  mxsec show ellis-2016/cjng-sinaloa-alliance", "  mxsec show cjng", "  mxsec show state:sinaloa group:sinaloa",
            "  mxsec show felbab-brown-2024/rnpdno-missing-total -o json"})
final class ShowCommand extends QuotingCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "Fact ids (report-id/fact-id) or entity names.")
    List<String> ids;

    @Override
    protected int execute() {
        List<Detail> details = new ArrayList<>();
        for (String id : ids) details.add(id.contains("/") ? fact(id) : factOrEntity(id));
        OutputFormat format = output.format();
        if (details.size() > 1 && (format == OutputFormat.JSON || format == OutputFormat.YAML)) {
            List<Map<String, Object>> all = details.stream().map(Detail::fields).toList();
            if (format == OutputFormat.JSON) Tabular.writeJson(all, output.out(), true);
            else Tabular.writeYaml(all, output.out());
            return ExitCodes.OK;
        }
        for (int i = 0; i < details.size(); i++) {
            if (i > 0 && format.human()) output.out().print("\n");
            details.get(i).render(format, output.style(), output.out());
        }
        return ExitCodes.OK;
    }

    private Detail fact(String id) {
        Fact f = corpus().fact(id.trim());
        if (f == null) {
            List<String> all = corpus().facts().stream().map(Fact::globalId).toList();
            throw new UsageException("unknown fact " + Echo.quote(id) + Suggest.didYouMean(id, all));
        }
        return fact(f);
    }

    /**
     * A name without a report: an entity that one of its spellings names exactly wins (nestora-salgado is a
     * person and a fact); else a fact id that one report uses; else entity names by prefix, as everywhere.
     */
    private Detail factOrEntity(String typed) {
        if (NameResolver.saidKind(typed) == null && resolver().exact(EnumSet.allOf(EntityKind.class), typed).isEmpty()) {
            List<Fact> facts = corpus().factsWithLocalId(typed.strip());
            if (facts.size() == 1) return fact(facts.get(0));
            if (facts.size() > 1) {
                List<String> ids = new ArrayList<>();
                for (Fact f : facts) ids.add(f.globalId());
                throw new UnknownNameException(Echo.quote(typed) + " is a fact of " + ids.size() + " reports: " + String.join(", ", ids)
                        + "; say which as REPORT/ID", ids);
            }
        }
        try {
            return entity(typed);
        } catch (UnknownNameException e) {
            if (!e.candidates().isEmpty() || NameResolver.saidKind(typed) != null) throw e;
            // Neither an entity nor a fact: offer the nearest fact ids too.
            List<String> ids = new ArrayList<>();
            for (Fact f : corpus().facts()) ids.add(f.id());
            List<String> near = new ArrayList<>();
            for (String id : Suggest.closest(typed, ids, 3)) {
                for (Fact f : corpus().factsWithLocalId(id)) near.add(f.globalId());
            }
            if (near.isEmpty()) throw e;
            throw new UnknownNameException("unknown name or fact " + Echo.quote(typed) + "; did you mean " + String.join(", ", near) + "?", near);
        }
    }

    private Detail fact(Fact f) {
        return FactDetail.of(f, view(), corpus(), output.style(), output.format().human());
    }

    private Detail entity(String typed) {
        Entity e = resolver().resolveAny(typed);
        List<Fact> about = corpus().mentioning(e.kind(), List.of(e.id()));
        return EntityDetail.of(e, about, corpus(), output.format().human());
    }
}
