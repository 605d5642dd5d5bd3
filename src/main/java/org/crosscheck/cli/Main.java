package org.crosscheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command line. Exit status follows diff(1): {@value ExitCode#SAME} when no
 * contradiction was found, {@value ExitCode#DIFFERENT} when at least one was,
 * {@value ExitCode#TROUBLE} on trouble (bad input or arguments), with one line on standard error.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Checks news copy across sources and reports where they disagree on a fact.",
        subcommands = {ReportCommand.class, AttributionsCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no contradiction found", "1:at least one contradiction found",
                "2:trouble: unreadable input or bad arguments"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: report or attributions");
    }

    /** Runs the command line and returns its exit status, writing to the given streams. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("crosscheck: " + oneLine(ex.getMessage()));
            return ExitCode.TROUBLE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("crosscheck: " + describe(ex));
            return ExitCode.TROUBLE;
        });
        return cli.execute(args);
    }

    /** Entry point of {@code java -jar crosscheck.jar}. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static String describe(Throwable ex) {
        if (ex instanceof org.crosscheck.model.InputException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory: the input is too large for the memory given to Java (-Xmx)";
        }
        return "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()));
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
