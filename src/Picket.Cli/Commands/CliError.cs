namespace Picket.Cli.Commands;

/// <summary>
/// A failure the user can act on (a missing input, an output that cannot be written), carrying the documented exit code.
/// <see cref="CommandErrorBoundary"/> prints its message as one line, without a stack trace.
/// </summary>
internal sealed class CliError(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CliError Input(string message, Exception? inner = null) => new(ExitCodes.InputError, message, inner);

    public static CliError Output(string message, Exception? inner = null) => new(ExitCodes.OutputError, message, inner);

    public static CliError Usage(string message) => new(ExitCodes.Usage, message);
}
