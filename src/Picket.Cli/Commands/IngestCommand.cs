using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket ingest FILE... --db picket.duckdb</c>: decodes NMEA or CSV exports (plain or gzip) or reads Parquet into the
/// store. Idempotent by content hash; an interrupted ingest (Ctrl-C, crash, kill) resumes after its last commit.
/// Progress: a bar with rate and ETA on a terminal, plain "progress" lines otherwise (one per commit, at most one a second).
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA or CSV exports (NOAA, DMA), plain or gzip, or Parquet files", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var db = new Option<string>("--db") { Description = "The store (a DuckDB file; created when absent)", DefaultValueFactory = _ => "picket.duckdb" };
        var commitRows = new Option<long>("--commit-rows") { Description = "Rows per transaction: fewer means less redone after a crash, more is faster", DefaultValueFactory = _ => new IngestOptions().CommitRows };
        var batchRows = new Option<int>("--batch-rows") { Description = "Rows per batch between the decoding and the writing thread", DefaultValueFactory = _ => new IngestOptions().BatchRows };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress, only the summary" };
        var json = new Option<bool>("--json") { Description = "Print the per-file results as JSON to standard output" };
        var command = new Command("ingest", "Decode AIS files into the store (DuckDB), idempotently and resumably.")
        {
            files, db, commitRows, batchRows, quiet, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            long commit = parse.GetValue(commitRows);
            int batch = parse.GetValue(batchRows);
            if (commit < 1 || batch < 1)
            {
                await Console.Error.WriteLineAsync("picket ingest: --commit-rows and --batch-rows must be positive");
                return ExitCodes.Usage;
            }
            var options = new IngestOptions { CommitRows = commit, BatchRows = batch };
            return await RunAsync(parse.GetValue(files)!, parse.GetValue(db)!, options, parse.GetValue(quiet), parse.GetValue(json), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string dbPath, IngestOptions options, bool quiet, bool json, CancellationToken ct)
    {
        // The store is this command's output: one that cannot be opened (locked by another run) is an output error.
        StoreDatabase? store;
        string? error;
        try
        {
            if (!StoreDatabase.TryOpen(dbPath, out store, out error)) throw CliError.Output(error!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliError.Output($"cannot create the store {dbPath}: {e.Message}", e);
        }
        IngestBatchResult result;
        using (store)
        {
            ProgressPrinter? progress = null;
            result = await IngestBatch.RunAsync(store!, files, options,
                _ => progress = quiet ? null : new ProgressPrinter(!Console.IsErrorRedirected),
                r => { progress?.Finish(); Console.Error.WriteLine(Summary(r)); }, ct);
        }
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true })) IngestResultJson.Write(w, result.Files);
            stdout.Write("\n"u8);
        }
        if (result.Interrupted || ct.IsCancellationRequested) return ExitCodes.Interrupted;
        return result.AnyFailed ? ExitCodes.InputError : ExitCodes.Ok;
    }

    private static string Summary(FileIngestResult r)
    {
        var c = CultureInfo.InvariantCulture;
        string name = Path.GetFileName(r.Path);
        return r.Status switch
        {
            IngestStatus.AlreadyIngested => $"{name}: already ingested (same content), nothing added",
            IngestStatus.Failed => $"picket ingest: {name}: {r.Error}",
            _ => string.Create(c, $"{name}: {(r.Status == IngestStatus.Interrupted ? "INTERRUPTED, resumable" : "ingested")}" +
                $"{(r.ResumedFromLine > 0 ? $" (resumed after line {r.ResumedFromLine:N0})" : "")}: " +
                $"{r.PositionsAdded:N0} positions, {r.IdentitiesAdded:N0} identity reports added; " +
                $"{r.Log?.LinesDone:N0} {(r.Format == InputFormat.Parquet ? "rows" : "lines")}, {r.Log?.Rejected:N0} rejected {r.Log?.RejectedReasons}; " +
                $"{r.Elapsed.TotalSeconds:F1} s, {r.PositionsAdded / Math.Max(r.Elapsed.TotalSeconds, 1e-3):N0} positions/s"),
        };
    }

    /// <summary>Draws progress on standard error: an updating bar on a terminal, else one plain line per commit (at most one a second).</summary>
    private sealed class ProgressPrinter(bool terminal) : IProgress<IngestProgress>
    {
        private DateTime _lastPrint = DateTime.MinValue;
        private long _lastCommitted = -1;
        private bool _drawn, _printedCommit;

        public void Report(IngestProgress p)
        {
            var now = DateTime.UtcNow;
            var c = CultureInfo.InvariantCulture;
            double fraction = p.BytesTotal > 0 ? Math.Clamp((double)p.BytesRead / p.BytesTotal, 0, 1) : 0;
            double rate = p.Positions / Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            var eta = fraction > 0.001 ? TimeSpan.FromSeconds(p.Elapsed.TotalSeconds * (1 - fraction) / fraction) : (TimeSpan?)null;
            if (terminal)
            {
                if ((now - _lastPrint).TotalMilliseconds < 100) return;
                int filled = (int)(fraction * 30);
                Console.Error.Write(string.Create(c,
                    $"\r{Path.GetFileName(p.Path)} [{new string('#', filled)}{new string('.', 30 - filled)}] {fraction:P0} {p.Positions:N0} positions {rate:N0}/s ETA {eta:hh\\:mm\\:ss}   "));
                _drawn = true;
            }
            else
            {
                // The first commit is always shown (tools wait for it); later ones at most once a second.
                if (p.CommittedLines == _lastCommitted || (_printedCommit && (now - _lastPrint).TotalSeconds < 1)) return;
                _printedCommit |= _lastCommitted >= 0;
                _lastCommitted = p.CommittedLines;
                Console.Error.WriteLine(string.Create(c,
                    $"progress {Path.GetFileName(p.Path)}: {fraction:P0}, committed through line {p.CommittedLines:N0}, {p.Positions:N0} positions, {rate:N0}/s, ETA {eta:hh\\:mm\\:ss}"));
            }
            _lastPrint = now;
        }

        public void Finish()
        {
            if (_drawn) Console.Error.WriteLine();
        }
    }
}
