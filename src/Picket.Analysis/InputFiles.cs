using Picket.Ais;
using Picket.Ais.Csv;

namespace Picket.Analysis;

/// <summary>What kind of AIS file a path holds: CSV exports are recognised by a header naming an MMSI column, anything else is NMEA.</summary>
public static class InputFiles
{
    public static bool IsCsv(string path)
    {
        using var s = NmeaStreamReader.OpenFile(path);
        var head = new byte[4096];
        int n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return AisCsvReader.LooksLikeCsv(head.AsSpan(0, n));
    }
}
