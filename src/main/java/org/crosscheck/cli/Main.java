package org.crosscheck.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command line. Exit status follows diff(1): {@value ExitCode#SAME} when no
 * contradiction was found, {@value ExitCode#DIFFERENT} when at least one was,
 * {@value ExitCode#TROUBLE} on trouble (bad input or arguments), with one line on standard error;
 * after a usage error (arguments that make no valid command) a second line, {@value #TRY_HELP}, as
 * diff and git have it.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Checks news copy across sources and reports where they disagree on a fact.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no contradiction found", "1:at least one contradiction found",
                "2:trouble: unreadable input or bad arguments"})
public final class Main implements Runnable {

    /** The line that follows every usage error. */
    static final String TRY_HELP = "Try 'crosscheck --help' for more.";

    @Override
    public void run() {
        throw new UsageException("name a command: report, attributions, index, check or help");
    }

    /** The subcommands' names, in the order the usage help lists them. */
    private static final java.util.List<String> COMMANDS = java.util.List.of("report", "attributions", "index", "check",
            "serve", "help");

    /**
     * A new instance of the subcommand {@code name}, one of {@link #COMMANDS}. A switch, not a map
     * of constructor references: a lambda held in a static field that names a picocli class makes
     * JDK 25 fail while it writes the AOT cache.
     */
    private static Object command(String name) {
        return switch (name) {
            case "report" -> new ReportCommand();
            case "attributions" -> new AttributionsCommand();
            case "index" -> new IndexCommand();
            case "check" -> new CheckCommand();
            case "serve" -> new org.crosscheck.service.ServeCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no such command: " + name);
        };
    }

    /** Runs the command line and returns its exit status, writing to the given streams. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every registered command's annotations up front (its classes are Java 5
        // ones, which no start-up cache keeps): a command line that names its command registers
        // that one alone, anything else (help, a typo, no command) all of them
        if (args.length > 0 && COMMANDS.contains(args[0]) && !"help".equals(args[0])) {
            cli.addSubcommand(args[0], command(args[0]));
        } else {
            for (String name : COMMANDS) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((ex, a) -> usageError(ex.getCommandLine().getErr(), ex.getMessage()));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                return usageError(commandLine.getErr(), ex.getMessage());
            }
            commandLine.getErr().println("crosscheck: " + describe(ex));
            return ExitCode.TROUBLE;
        });
        return cli.execute(args);
    }

    /** Entry point of {@code java -jar crosscheck.jar}. */
    public static void main(String[] args) {
        if (args.length > 0 && "report".equals(args[0])) {
            // the dictionary and the sentence model load in the background while the arguments are read
            org.crosscheck.text.sense.WordSenses.prepareShared();
            org.crosscheck.embed.SentenceEncoder.prepareShared();
            // and Lucene is set up: the index is built on the main thread once both articles are
            // read, and Lucene's first use (its codecs found and loaded) would otherwise wait there
            Thread lucene = new Thread(org.crosscheck.index.SentenceIndex::prepare, "crosscheck-index");
            lucene.setDaemon(true);
            lucene.start();
        }
        int status = run(args, System.out, System.err);
        org.crosscheck.embed.SentenceEncoder.awaitPrepared();
        System.exit(status);
    }

    private static int usageError(PrintWriter err, String message) {
        err.println("crosscheck: " + lowerCaseFirst(oneLine(message)));
        err.println(TRY_HELP);
        err.flush();
        return ExitCode.TROUBLE;
    }

    /** Picocli's messages start with a capital ("Unknown option"); ours do not. */
    private static String lowerCaseFirst(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && !Character.isUpperCase(message.charAt(1))) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
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
