using Picket.Core.Input;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// The input files of <c>picket analyze</c>, checked before any work starts: an hour of decoding must not end in a
/// crash because the second path was mistyped. Every problem is listed at once; the same content named twice (the same
/// path, a copy, a link) is read once, with a message, so positions are not doubled and event ids not duplicated.
/// </summary>
public static class AnalysisInputs
{
    /// <summary>The files to read, in the order given, without repeats; throws <see cref="AnalysisException"/> naming every unusable input.</summary>
    /// <param name="given">The inputs as the user gave them: paths, and <c>-</c> for standard input.</param>
    /// <param name="messages">Receives one line per input left out as a repeat.</param>
    /// <param name="command">The command's name for messages (<c>analyze</c>, <c>tracks</c>, <c>detect</c>).</param>
    /// <param name="allowStdin">Whether <c>-</c> (standard input) is a valid input for this command.</param>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> given, TextWriter messages, string command = "analyze", bool allowStdin = false)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var input in given)
        {
            if (input == "-" && allowStdin)
            {
                files.Add(input);
                continue;
            }
            if (input == "-")
            {
                problems.Add("'-' (standard input) is not read by analyze: the store keys each input by its content hash and the report names its files; save the feed to a file first");
                continue;
            }
            // The parser hands unknown options to the INPUT argument (it takes any number of values).
            if (input.StartsWith('-') && !File.Exists(input)) throw AnalysisException.Usage($"unknown option {input} (see picket {command} --help)");
            string name = Path.GetFileName(input);
            if (name.IndexOfAny(['*', '?']) >= 0)
            {
                string dir = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
                var matched = Directory.Exists(dir) ? Directory.GetFiles(dir, name).Order(StringComparer.Ordinal).ToList() : [];
                if (matched.Count == 0) problems.Add($"{input}: no file matches");
                files.AddRange(matched);
            }
            else if (Directory.Exists(input)) problems.Add($"{input} is a directory (give the files in it, e.g. '{Path.Combine(input, "*.nmea")}')");
            else if (!File.Exists(input)) problems.Add($"{input}: no such file");
            else files.Add(input);
        }
        if (problems.Count > 0)
            throw AnalysisException.Input(problems.Count == 1 ? problems[0] : $"{problems.Count} inputs cannot be read: {string.Join("; ", problems)}");
        if (files.Count == 0) throw AnalysisException.Input("no input file");
        return WithoutRepeats(files, messages, command);
    }

    /// <summary>
    /// Drops files whose content was already given. Only files of equal length can be equal, so the content hash (the
    /// store's key for a file) is computed only for those: the common case of distinct files costs no extra read.
    /// </summary>
    internal static IReadOnlyList<string> WithoutRepeats(IReadOnlyList<string> files, TextWriter messages, string command = "analyze")
    {
        var lengths = files.Select(f => f == "-" ? -1 : new FileInfo(f).Length).ToList();
        var shared = lengths.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (shared.Count == 0) return files;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<string>(files.Count);
        for (int i = 0; i < files.Count; i++)
        {
            if (lengths[i] < 0 || !shared.Contains(lengths[i])) { kept.Add(files[i]); continue; }
            string hash;
            try { hash = FileHash.Compute(files[i]); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw AnalysisException.Input($"cannot read {files[i]}: {e.Message}", e); }
            if (seen.TryGetValue(hash, out var first))
            {
                messages.WriteLine($"picket {command}: {files[i]} has the same content as {first}; it is read once");
                continue;
            }
            seen[hash] = files[i];
            kept.Add(files[i]);
        }
        return kept;
    }
}
