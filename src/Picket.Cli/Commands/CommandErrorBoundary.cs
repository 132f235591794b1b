using System.CommandLine;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// The one place where a command's failure becomes an exit code: every exception that escapes a command is printed as
/// one line naming the command (<c>picket analyze: …</c>) and mapped to <see cref="ExitCodes"/>; the stack trace is
/// printed only with <c>--verbose</c>, because a user error is not a bug report.
/// </summary>
internal static class CommandErrorBoundary
{
    /// <summary>Accepted by every command.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "On failure, also print the stack trace", Recursive = true };

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        root.Options.Add(Verbose);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine prints the errors and the help; its exit code (1) is ours for "internal error".
            await parse.InvokeAsync();
            return ExitCodes.Usage;
        }
        string name = "picket " + string.Join(' ', Names(parse.CommandResult.Command)).TrimEnd();
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            var (exit, line) = Describe(e);
            await Console.Error.WriteLineAsync($"{name.Trim()}: {Reporting.DisplayText.Printable(line)}");
            if (parse.GetValue(Verbose)) await Console.Error.WriteLineAsync(e.ToString());
            else if (exit == ExitCodes.InternalError) await Console.Error.WriteLineAsync("(this is a bug in Picket; run again with --verbose for the stack trace)");
            return exit;
        }
    }

    /// <summary>The exit code and the one line for a failure.</summary>
    internal static (int Exit, string Line) Describe(Exception e) => e switch
    {
        CliError c => (c.ExitCode, c.Message),
        AnalysisException a => (a.Failure switch
        {
            AnalysisFailure.Usage => ExitCodes.Usage,
            AnalysisFailure.Input => ExitCodes.InputError,
            _ => ExitCodes.OutputError,
        }, a.Message),
        OperationCanceledException => (ExitCodes.Interrupted, "interrupted"),
        // Reached only where a command did not say which side failed: an unreadable file is the common case.
        FileNotFoundException or DirectoryNotFoundException => (ExitCodes.InputError, e.Message),
        UnauthorizedAccessException => (ExitCodes.OutputError, e.Message),
        InvalidDataException => (ExitCodes.InputError, e.Message),
        IOException => (ExitCodes.OutputError, e.Message),
        _ => (ExitCodes.InternalError, $"internal error: {e.GetType().Name}: {e.Message}"),
    };

    private static Stack<string> Names(Command command)
    {
        var names = new Stack<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Push(c.Name);
        return names;
    }
}
