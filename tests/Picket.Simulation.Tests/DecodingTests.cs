using System.Diagnostics;
using System.Text;

namespace Picket.Simulation.Tests;

/// <summary>
/// Every line of feed.nmea that the simulator did not damage on purpose decodes, with Picket and with libais
/// (Debian python3-ais); the damaged ones are rejected.
/// </summary>
public sealed class DecodingTests(StandardScenario scenario) : IClassFixture<StandardScenario>
{
    [Fact]
    public void Every_undamaged_line_decodes_with_picket_and_every_damaged_one_is_rejected()
    {
        var r = FeedReader.Read(scenario.Feed);
        var rejectedUndamaged = r.Rejected.Where(x => !scenario.CorruptedLines.Contains(x.Line)).ToList();
        Assert.True(rejectedUndamaged.Count == 0, $"undamaged lines rejected: {string.Join(", ", rejectedUndamaged.Take(5))}");
        Assert.Equal(scenario.Summary.Feed.Lines, r.Lines);
        Assert.True(scenario.CorruptedLines.Count > 0, "the scenario should contain damaged lines");
        // A damaged single-sentence message is rejected itself; a damaged part makes its partner an orphan, which the
        // decoder may drop without a reject. Either way no damaged message may come out.
        long damagedMessages = scenario.CorruptedLines.Count;
        Assert.True(r.Rejected.Count <= damagedMessages);
        Assert.True(r.Rejected.Count >= damagedMessages / 3, $"most damaged lines are rejected ({r.Rejected.Count} of {damagedMessages})");
        Assert.True(r.Types.ContainsKey(1) && r.Types.ContainsKey(3) && r.Types.ContainsKey(5) && r.Types.ContainsKey(18) && r.Types.ContainsKey(24),
            "types 1, 3, 5, 18 and 24 all present: " + string.Join(", ", r.Types.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}")));
        TestContext.Current.TestOutputHelper!.WriteLine($"lines {r.Lines}, messages {r.Messages}, rejected {r.Rejected.Count} (all among {damagedMessages} damaged lines), types "
            + string.Join(", ", r.Types.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}")));
    }

    [Fact]
    public void Every_undamaged_line_decodes_with_libais()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python) || Run(python, "-c \"import ais\"", null).ExitCode != 0)
            Assert.Skip("libais is not installed (Debian package python3-ais: /usr/bin/python3 -c 'import ais' fails)");
        string clean = Path.Combine(scenario.Directory, "undamaged.nmea");
        long kept = 0;
        using (var w = new StreamWriter(clean, false, new UTF8Encoding(false)))
        {
            long n = 0;
            foreach (var line in File.ReadLines(scenario.Feed))
            {
                n++;
                if (scenario.CorruptedLines.Contains(n)) continue;
                w.Write(line);
                w.Write('\n');
                kept++;
            }
        }
        string script = Path.Combine(scenario.Directory, "libais_check.py");
        File.WriteAllText(script, LibaisScript);
        var (code, output) = Run(python, $"\"{script}\" \"{clean}\"", null);
        TestContext.Current.TestOutputHelper!.WriteLine(output);
        Assert.Equal(0, code);
        var counts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Split(' ');
        Assert.Equal(kept, long.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", counts[5]);
        Assert.Equal("0", counts[7]);
    }

    /// <summary>Reassembles multi-part messages by tag-block group (g:k-n-id) and decodes each payload with libais.</summary>
    private const string LibaisScript = """
import sys, ais, collections
lines = failures = messages = 0
pending = {}
types = collections.Counter()
first_failure = None
for raw in open(sys.argv[1], encoding='ascii'):
    raw = raw.rstrip('\r\n')
    lines += 1
    tag, _, sentence = raw[1:].partition('\\')
    fields = sentence.split('*')[0].split(',')
    total, part, payload, fill = int(fields[1]), int(fields[2]), fields[5], int(fields[6])
    group = None
    for kv in tag.split('*')[0].split(','):
        if kv.startswith('g:'):
            group = kv[2:].split('-')[2]
    if total > 1:
        parts = pending.setdefault(group, [])
        parts.append(payload)
        if part < total:
            continue
        payload = ''.join(pending.pop(group))
    try:
        m = ais.decode(payload, fill)
        types[m['id']] += 1
        messages += 1
    except Exception as e:
        failures += 1
        if first_failure is None:
            first_failure = (lines, raw, str(e))
print('types', dict(sorted(types.items())))
if first_failure: print('first failure', first_failure)
print('lines', lines, 'messages', messages, 'failures', failures, 'unfinished', len(pending))
""";

    private static (int ExitCode, string Output) Run(string file, string args, string? stdin)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin != null };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
