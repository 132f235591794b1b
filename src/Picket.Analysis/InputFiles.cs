using Picket.Core.Input;

namespace Picket.Analysis;

/// <summary>What kind of AIS file a path holds, as <see cref="AisInput"/> finds it from its bytes.</summary>
public static class InputFiles
{
    /// <summary>True for a CSV export (a header naming an MMSI column), plain or gzip.</summary>
    public static bool IsCsv(string path) => AisInput.Sniff(path) == AisInputFormat.Csv;
}
