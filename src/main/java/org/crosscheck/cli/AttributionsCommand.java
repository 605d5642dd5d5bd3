package org.crosscheck.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosscheck.CrossCheck;
import org.crosscheck.ingest.AtomicFiles;
import org.crosscheck.model.AnalyzedArticle;
import org.crosscheck.text.quote.AttributionExport;
import org.crosscheck.text.quote.AttributionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crosscheck attributions FILE... --jsonl OUT}: one JSON object per direct quote, with its
 * speaker, so attribution can be checked on its own against annotated news.
 */
@Command(name = "attributions", mixinStandardHelpOptions = true,
        description = "Writes every direct quote of the files with its speaker as JSON lines "
                + "(doc, begin, end, quote_text, speaker, confidence, speaker_begin, speaker_end: the mention "
                + "the quote was linked to, such as 'he' in 'he said'; offsets in code points).")
final class AttributionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles (.txt or .html).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "OUT", required = true, description = "Write the JSON lines here.")
    Path jsonl;

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw new UsageException("attributions needs at least one file to read quotes from");
        }
        Outputs.checkWritable(jsonl, "--jsonl");
        AttributionExport export = new AttributionExport();
        List<AttributionRecord> records = new ArrayList<>();
        for (Path file : files) {
            AnalyzedArticle article = CrossCheck.analyzeFile(file);
            records.addAll(export.export(article.id(), article.article().text(), article.quotes()));
        }
        StringWriter out = new StringWriter();
        export.writeJsonLines(records, out);
        AtomicFiles.writeString(jsonl, out.toString());
        return ExitCode.SAME;
    }
}
