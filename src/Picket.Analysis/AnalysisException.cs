namespace Picket.Analysis;

/// <summary>What side of an analysis request a failure lies on; a host maps it to its own signal (the CLI to an exit code).</summary>
public enum AnalysisFailure
{
    /// <summary>The request itself is wrong (an unknown option, an impossible value).</summary>
    Usage,
    /// <summary>An input (AIS file, list directory, reported deliveries) cannot be found or read.</summary>
    Input,
    /// <summary>An output (directory, file, store) cannot be written; what was there before is kept.</summary>
    Output,
}

/// <summary>
/// A failure the caller can act on (a missing input, an output that cannot be written), with a one-line message and no
/// need for a stack trace. Anything else that escapes the library is a bug.
/// </summary>
public sealed class AnalysisException(AnalysisFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public AnalysisFailure Failure { get; } = failure;

    public static AnalysisException Input(string message, Exception? inner = null) => new(AnalysisFailure.Input, message, inner);

    public static AnalysisException Output(string message, Exception? inner = null) => new(AnalysisFailure.Output, message, inner);

    public static AnalysisException Usage(string message) => new(AnalysisFailure.Usage, message);
}
