namespace Picket.Cli.Commands;

/// <summary>Documented process exit codes (README §Exit codes); <see cref="CommandErrorBoundary"/> maps every failure to one.</summary>
internal static class ExitCodes
{
    /// <summary>Work done; rejected input lines are counted, not failures.</summary>
    public const int Ok = 0;
    /// <summary>A fault in Picket itself (a bug): one line, and the stack trace with <c>--verbose</c>.</summary>
    public const int InternalError = 1;
    /// <summary>Wrong usage: unknown option, bad value.</summary>
    public const int Usage = 2;
    /// <summary>An input file could not be opened or read (missing, a directory, unreadable, truncated).</summary>
    public const int InputError = 3;
    /// <summary><c>picket lists update|load</c>: at least one list was not replaced (download or parse failed); the previous copy is kept.</summary>
    public const int ListsNotUpdated = 4;
    /// <summary>An output could not be written (read-only, disk full, a file where a directory belongs, store locked); what was there before is kept.</summary>
    public const int OutputError = 5;
    /// <summary>A check the user asked for did not pass: <c>picket evaluate</c> below <c>--min-recall</c>/<c>--min-precision</c>.</summary>
    public const int CheckFailed = 6;
    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT (128 + 2).</summary>
    public const int Interrupted = 130;
}
