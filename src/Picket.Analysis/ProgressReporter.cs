namespace Picket.Analysis;

/// <summary>
/// The job's side of <see cref="IProgress{T}"/>: counts bytes read across inputs (read on several threads when inputs
/// are merged), keeps every notice in the result, and reports one at a time so a host need not be thread-safe.
/// </summary>
internal sealed class ProgressReporter(IProgress<AnalysisProgress>? progress, AnalysisResult result, long bytesTotal)
{
    private readonly Lock _lock = new();
    private long _bytesRead;

    /// <summary>Null when nobody listens, so the input streams skip counting.</summary>
    public Action<int>? OnBytesRead => progress == null ? null : BytesRead;

    public void Notice(string message, string? input = null)
    {
        lock (_lock)
        {
            result.Notices.Add(message);
            progress?.Report(AnalysisProgress.Notice(message, input));
        }
    }

    public void InputRead(string input, AnalysisSummary summary, long positions)
    {
        if (progress == null) return;
        lock (_lock) progress.Report(new AnalysisProgress(AnalysisProgressKind.InputRead, Input: input, Lines: summary.Decode.Lines, Positions: positions));
    }

    public void PhaseDone(string phase)
    {
        if (progress == null) return;
        lock (_lock) progress.Report(new AnalysisProgress(AnalysisProgressKind.PhaseDone, phase, BytesRead: _bytesRead, BytesTotal: bytesTotal));
    }

    private void BytesRead(int n)
    {
        lock (_lock)
        {
            _bytesRead += n;
            progress!.Report(new AnalysisProgress(AnalysisProgressKind.Reading, BytesRead: _bytesRead, BytesTotal: bytesTotal));
        }
    }
}
