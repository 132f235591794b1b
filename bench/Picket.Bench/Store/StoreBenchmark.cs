using System.Diagnostics;
using System.Globalization;
using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Store;
using Picket.Core.Input;
using Picket.Store.Ingest;
using Picket.Testing.Traffic;

namespace Picket.Bench.Store;

/// <summary>
/// End-to-end ingest (hash + decode + append + commit, child process) of a synthetic NMEA file, beside DuckDB's raw
/// appender on the same rows already decoded in memory, and the peak working set of the ingest at 1× and 4× size.
/// </summary>
internal static class StoreBenchmark
{
    public static async Task<int> RunAsync(string scratch, long positions, bool skip4x, bool probe = false)
    {
        if (probe)
        {
            if (Environment.GetEnvironmentVariable("PICKET_PROBE_SQL") == null) DecodeProbe.Run(Generate(scratch, positions));
            AppenderProbe.Run(DecodeAll(Generate(scratch, positions)).Rows, scratch);
            return 0;
        }
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, DuckDB.NET 1.5.6.1, load average at start: {LoadAverage()}");
        string feed1 = Generate(scratch, positions);

        Console.WriteLine($"  {"measure",-58} {"wall rate",14}       {"per CPU-second",14}");
        var cpu = Cpu();
        var hashClock = Stopwatch.StartNew();
        FileHash.Compute(feed1);
        double mb = new FileInfo(feed1).Length / 1e6;
        Report("sha-256 of input", mb / hashClock.Elapsed.TotalSeconds, "MB/s", mb / (Cpu() - cpu));

        DecodeAll(feed1); // warm-up: the JIT's tiered compilation, so the figure below is steady-state decoding
        cpu = Cpu();
        var (rows, decodeSeconds) = DecodeAll(feed1);
        Report("decode only (1 thread, into rows, warm)", rows.Length / decodeSeconds, "positions/s", rows.Length / (Cpu() - cpu));

        var e2e1 = RunChild(feed1, Path.Combine(scratch, "e2e-1x.duckdb"));
        Report("END TO END ingest 1x (hash+decode+append+commit)", e2e1.Positions / e2e1.Seconds, "positions/s", e2e1.Positions / e2e1.CpuSeconds);

        cpu = Cpu();
        double chunk = RawAppend(rows, Path.Combine(scratch, "chunk.duckdb"), RowAppender.AppendPositions, out long dbBytes);
        Report("DuckDB raw chunk appender (C API, ingest's path), same rows", chunk, "rows/s", rows.Length / (Cpu() - cpu));
        cpu = Cpu();
        double raw = RawAppend(rows, Path.Combine(scratch, "raw.duckdb"), RowAppender.AppendPositionsRowWise, out _);
        Report("DuckDB.NET raw row appender (AppendValue), same rows", raw, "rows/s", rows.Length / (Cpu() - cpu));
        cpu = Cpu();
        double floating = FloatingAppend(rows, Path.Combine(scratch, "floating.duckdb"), out long floatingBytes);
        Report("  same, schema with DOUBLE lat/lon + REAL sog/cog instead", floating, "rows/s", rows.Length / (Cpu() - cpu));
        Console.WriteLine($"  store size for {rows.Length:N0} positions: INTEGER AIS units (ours) {dbBytes / 1e6:F1} MB, DOUBLE/REAL {floatingBytes / 1e6:F1} MB");
        rows = [];
        GC.Collect();

        Console.WriteLine($"  peak working set, ingest 1x ({e2e1.Positions:N0} positions): {e2e1.PeakBytes / 1e6:F0} MB");
        if (!skip4x)
        {
            string feed4 = Generate(scratch, positions * 4);
            var e2e4 = RunChild(feed4, Path.Combine(scratch, "e2e-4x.duckdb"));
            Report("END TO END ingest 4x", e2e4.Positions / e2e4.Seconds, "positions/s", e2e4.Positions / e2e4.CpuSeconds);
            Console.WriteLine($"  peak working set, ingest 4x ({e2e4.Positions:N0} positions): {e2e4.PeakBytes / 1e6:F0} MB (ratio 4x/1x {(double)e2e4.PeakBytes / e2e1.PeakBytes:F2})");
        }
        double floor = 1_500_000;
        Console.WriteLine(e2e1.Positions / e2e1.Seconds >= floor
            ? $"floor 1.5 M positions/s: reached"
            : $"floor 1.5 M positions/s: NOT reached ({e2e1.Positions / e2e1.Seconds / floor:P0} of it)");
        await Task.CompletedTask;
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Generate(string scratch, long positions)
    {
        string path = Path.Combine(scratch, $"feed-{positions}.nmea");
        if (File.Exists(path + ".done")) return path;
        var clock = Stopwatch.StartNew();
        var counts = IngestFeed.Write(path, positions);
        File.WriteAllText(path + ".done", "");
        Console.WriteLine($"  generated {path}: {counts.Lines:N0} lines, {new FileInfo(path).Length / 1e6:F0} MB in {clock.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    private static (PositionRow[] Rows, double Seconds) DecodeAll(string path)
    {
        var list = new List<PositionRow>(capacity: 1 << 20);
        var decoder = new AisDecoder();
        var clock = Stopwatch.StartNew();
        using var stream = NmeaStreamReader.OpenFile(path);
        NmeaStreamReader.Read(stream, decoder, new Collect(list));
        return (list.ToArray(), clock.Elapsed.TotalSeconds);
    }

    private sealed class Collect(List<PositionRow> rows) : IAisMessageSink, Picket.Core.Observations.IObservationSink
    {
        public void OnMessage(in AisPayload message) => Picket.Core.Observations.AisObservations.Map(message, this);

        public void OnPosition(in Picket.Core.Observations.PositionObservation position) => rows.Add(ObservationRows.Position(position));

        public void OnIdentity(in Picket.Core.Observations.IdentityObservation identity) { }
    }

    private delegate void Appender(DuckDB.NET.Data.DuckDBConnection connection, ReadOnlySpan<PositionRow> rows);

    private static double RawAppend(PositionRow[] rows, string db, Appender append, out long bytes)
    {
        Delete(db);
        using var store = StoreDatabase.Open(db);
        store.Execute("SET threads = 1"); // as the ingest does (IngestOptions.DuckDbThreads)
        var clock = Stopwatch.StartNew();
        using (var tx = store.Connection.BeginTransaction())
        {
            for (int i = 0; i < rows.Length; i += 1 << 16)
                append(store.Connection, rows.AsSpan(i, Math.Min(1 << 16, rows.Length - i)));
            tx.Commit();
        }
        double rate = rows.Length / clock.Elapsed.TotalSeconds;
        store.Execute("CHECKPOINT");
        bytes = new FileInfo(db).Length;
        return rate;
    }

    /// <summary>The alternative schema measured against ours: lat/lon DOUBLE degrees, sog/cog REAL, same rows, same row-wise appender.</summary>
    private static double FloatingAppend(PositionRow[] rows, string db, out long bytes)
    {
        Delete(db);
        using var store = StoreDatabase.Open(db);
        store.Execute("SET threads = 1");
        store.Execute("DROP VIEW positions_deg");
        store.Execute("DROP TABLE positions");
        store.Execute("CREATE TABLE positions (mmsi INTEGER NOT NULL, ts TIMESTAMP, lat DOUBLE, lon DOUBLE, sog REAL, cog REAL, heading SMALLINT, status UTINYINT, msg_type UTINYINT NOT NULL)");
        var clock = Stopwatch.StartNew();
        using (var tx = store.Connection.BeginTransaction())
        {
            using var appender = store.Connection.CreateAppender("positions");
            foreach (var p in rows)
            {
                var row = appender.CreateRow();
                row.AppendValue((int)p.Mmsi).AppendValue(RowAppender.ToDateTime(p.TimeMs))
                    .AppendValue(p.LatitudeDegrees).AppendValue(p.LongitudeDegrees)
                    .AppendValue(p.Speed / 10f).AppendValue(p.Course / 10f).AppendValue(p.Heading);
                if (p.Status == PositionRow.NoStatus) row.AppendNullValue(); else row.AppendValue(p.Status);
                row.AppendValue(p.MessageType).EndRow();
            }
            appender.Close();
            tx.Commit();
        }
        double rate = rows.Length / clock.Elapsed.TotalSeconds;
        store.Execute("CHECKPOINT");
        bytes = new FileInfo(db).Length;
        return rate;
    }

    private readonly record struct ChildResult(long Positions, double Seconds, long PeakBytes, double CpuSeconds);

    private static ChildResult RunChild(string file, string db)
    {
        Delete(db);
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        string self = Environment.ProcessPath!;
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(StoreBenchmark).Assembly.Location);
        foreach (var a in new[] { "store-ingest", "ingest-child", file, db }) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').First(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
        return new ChildResult(long.Parse(line[2], CultureInfo.InvariantCulture), double.Parse(line[4], CultureInfo.InvariantCulture),
            long.Parse(line[5], CultureInfo.InvariantCulture), double.Parse(line[6], CultureInfo.InvariantCulture));
    }

    private static void Delete(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
    }

    private static void Report(string what, double value, string unit, double perCpuSecond) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-58} {value,14:N0} {unit,-12} {perCpuSecond,14:N0}"));

    /// <summary>CPU seconds used by this process so far (all threads, DuckDB's included). With other work on the machine, rate per CPU-second is the steadier figure.</summary>
    private static double Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }
}
