using Picket.Analysis;

namespace Picket.Simulation.Tests;

/// <summary>
/// Runs Picket's detection on an NMEA file in process through the one composition every command uses (an
/// <see cref="AnalysisJob"/> with events as its only output, as <c>picket detect</c> runs it), so the benchmark scores
/// the library without going through the command line. The voyage stage follows the detectors there, so laundering
/// chains are scored too.
/// </summary>
internal static class CoreDetectors
{
    /// <param name="eventsPath">Where the events go; the job names its file <c>events.jsonl</c>, so this must be one.</param>
    public static void Run(string nmeaPath, string eventsPath)
    {
        if (Path.GetFileName(eventsPath) != "events.jsonl") throw new ArgumentException("the job writes events.jsonl", nameof(eventsPath));
        var request = new AnalysisRequest { Inputs = [nmeaPath], OutputDirectory = Path.GetDirectoryName(Path.GetFullPath(eventsPath))!, Outputs = AnalysisOutputs.Events };
        new AnalysisJob(request).RunAsync().GetAwaiter().GetResult();
    }
}
