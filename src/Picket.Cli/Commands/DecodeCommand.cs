using System.CommandLine;
using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Nmea;
using Picket.Ais.Output;

using Picket.Analysis;

using Picket.Core.Input;

namespace Picket.Cli.Commands;

/// <summary><c>picket decode FILE... [--format jsonl|csv] [--types 1,5] [--stats] [--out FILE]</c>: stream decoded AIS messages out.</summary>
internal static class DecodeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA files, plain or gzip; '-' for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var types = new Option<string?>("--types") { Description = "Only these message types, comma-separated, e.g. 1,2,3,5" };
        var stats = new Option<bool>("--stats") { Description = "Print only the statistics, as JSON, to standard output" };
        var output = new Option<string?>("--out", "-o") { Description = "Write messages to this file instead of standard output" };
        var command = new Command("decode", "Decode AIS NMEA to JSON lines or CSV; counts of lines, messages per type and rejected lines by reason go to standard error.")
        {
            files, format, types, stats, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            bool[]? wanted = ParseTypes(parse.GetValue(types));
            if (parse.GetValue(types) != null && wanted == null)
            {
                await Console.Error.WriteLineAsync("picket decode: --types takes numbers 1-27 separated by commas");
                return ExitCodes.Usage;
            }
            return await RunAsync(parse.GetValue(files)!, parse.GetValue(format)!, wanted, parse.GetValue(stats), parse.GetValue(output), ct);
        });
        return command;
    }

    internal static bool[]? ParseTypes(string? text)
    {
        if (text == null) return null;
        var wanted = new bool[64];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, out int t) || t is < 1 or > 27) return null;
            wanted[t] = true;
        }
        return wanted;
    }

    private static AtomicFile OpenOutput(string outPath, string[] files)
    {
        string full = Path.GetFullPath(outPath);
        if (files.Any(f => f != "-" && string.Equals(Path.GetFullPath(f), full, StringComparison.Ordinal)))
            throw CliError.Usage($"--out {outPath} is also an input; write the decoded messages to another file");
        if (Directory.Exists(full)) throw CliError.Output($"--out {outPath} is a directory; give a file name");
        return AtomicFile.Create(outPath);
    }

    private static async Task<int> RunAsync(string[] files, string format, bool[]? wanted, bool statsOnly, string? outPath, CancellationToken ct)
    {
        var total = new DecodeStatistics();
        // A file output is written beside its name and moved into place at the end, so it can never be one of the
        // inputs being read (`decode F --out F` used to empty F) and a failed run leaves what was there before.
        using AtomicFile? outFile = statsOnly || outPath == null ? null : OpenOutput(outPath, files);
        Stream outStream = statsOnly ? Stream.Null : outFile?.Stream ?? Console.OpenStandardOutput();
        int exit = ExitCodes.Ok;
        await using (outFile == null ? outStream : Stream.Null)
        {
            using var sink = new DecodedMessageWriter(outStream, format == "csv", wanted, discard: statsOnly);
            foreach (var file in files)
            {
                var decoder = new AisDecoder();
                try
                {
                    // One open: gzip, CSV or NMEA found from the bytes (standard input included).
                    await using var input = await AisInput.OpenAsync(AisSources.FromArgument(file), cancellationToken: ct);
                    if (input.Format == AisInputFormat.Csv)
                    {
                        var csvStats = new CsvReadStatistics();
                        foreach (var record in AisCsvReader.Read(input.Content, csvStats)) sink.WriteCsvRecord(record);
                        await Console.Error.WriteAsync($"{file} (CSV):\n{csvStats}");
                        continue;
                    }
                    await NmeaStreamReader.ReadAsync(input.Content, decoder, sink, cancellationToken: ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    await Console.Error.WriteLineAsync($"picket decode: cannot read {file}: {e.Message}");
                    exit = ExitCodes.InputError;
                }
                total.Add(decoder.Statistics);
            }
        }
        outFile?.Commit();
        if (statsOnly)
        {
            await using var stdout = Console.OpenStandardOutput();
            await using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            total.WriteJson(w);
            await w.FlushAsync(ct);
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
        }
        await Console.Error.WriteAsync(total.ToString());
        return exit;
    }
}
