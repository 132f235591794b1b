namespace Picket.Cli.Commands;

/// <summary>Documented process exit codes (README §Exit codes).</summary>
internal static class ExitCodes
{
    /// <summary>Work done; rejected input lines are counted, not failures.</summary>
    public const int Ok = 0;
    /// <summary>Wrong usage: unknown option, bad value.</summary>
    public const int Usage = 2;
    /// <summary>An input file could not be opened or read.</summary>
    public const int InputError = 3;
    /// <summary><c>picket lists update|load</c>: at least one list was not replaced (download or parse failed); the previous copy is kept.</summary>
    public const int ListsNotUpdated = 4;
}
