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
/// <param name="failure">Which side of the request failed.</param>
/// <param name="message">One line for a person, naming what failed and why.</param>
/// <param name="inner">The exception behind it, if any.</param>
public sealed class AnalysisException(AnalysisFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Which side of the request failed, for the host to map (the CLI's exit codes).</summary>
    public AnalysisFailure Failure { get; } = failure;

    /// <summary>An input cannot be found or read.</summary>
    /// <param name="message">One line naming the input and the reason.</param>
    /// <param name="inner">The I/O error behind it, if any.</param>
    public static AnalysisException Input(string message, Exception? inner = null) => new(AnalysisFailure.Input, message, inner);

    /// <summary>An output cannot be written.</summary>
    /// <param name="message">One line naming the output and the reason.</param>
    /// <param name="inner">The I/O error behind it, if any.</param>
    public static AnalysisException Output(string message, Exception? inner = null) => new(AnalysisFailure.Output, message, inner);

    /// <summary>The request itself is wrong.</summary>
    /// <param name="message">One line saying what to change.</param>
    public static AnalysisException Usage(string message) => new(AnalysisFailure.Usage, message);
}
