using System.Text;

namespace Picket.Bench.Decode;

/// <summary>
/// The real AIS sentences of <c>../shared/data/ais</c>, in the order bench/decode/make_input.py uses (gpsd/*.log, then
/// pyais/*, sorted by name; AIS sentences only). Null when the shared data is absent.
/// </summary>
internal static class SampleCorpus
{
    public static List<byte[]>? TryLoad()
    {
        string? dir = FindDataDirectory();
        if (dir == null) return null;
        var files = Directory.GetFiles(Path.Combine(dir, "gpsd"), "*.log").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(dir, "pyais")).Where(f => Path.GetFileName(f) != "LICENSE").Order(StringComparer.Ordinal));
        var lines = new List<byte[]>();
        foreach (string file in files)
            foreach (string line in File.ReadLines(file, Encoding.Latin1))
                if (IsAisSentence(line)) lines.Add(Encoding.Latin1.GetBytes(line));
        return lines;
    }

    /// <summary>The first <paramref name="count"/> corpus lines (repeated if needed) as one LF-separated buffer.</summary>
    public static byte[] Buffer(int count, out string origin)
    {
        var lines = TryLoad();
        origin = lines == null ? "built-in sample lines (../shared/data absent)" : "../shared/data/ais corpus";
        lines ??= [SampleLines.Type1, SampleLines.TagBlockedType1, SampleLines.Type5Part1, SampleLines.Type5Part2];
        var ms = new MemoryStream();
        for (int i = 0; i < count; i++)
        {
            ms.Write(lines[i % lines.Count]);
            ms.WriteByte((byte)'\n');
        }
        return ms.ToArray();
    }

    private static bool IsAisSentence(string line)
    {
        int start = 0;
        if (line.StartsWith('\\'))
        {
            int end = line.IndexOf('\\', 1);
            if (end < 0) return false;
            start = end + 1;
        }
        if (line.Length < start + 7 || line[start] != '!') return false;
        var sentence = line.AsSpan(start + 3, 4);
        return sentence.SequenceEqual("VDM,") || sentence.SequenceEqual("VDO,");
    }

    private static string? FindDataDirectory() => Picket.Testing.SharedData.Find(out _, "ais");
}
