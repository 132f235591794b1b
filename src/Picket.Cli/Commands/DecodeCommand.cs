using System.CommandLine;
using System.Text.Json;
using Picket.Analysis;
using Picket.Analysis.Decode;
using Picket.Reporting.Decoded;

using Picket.Core.Input;

namespace Picket.Cli.Commands;

/// <summary><c>picket decode FILE... [--format jsonl|csv] [--types 1,5] [--stats] [--out FILE]</c>: stream decoded AIS messages out.</summary>
internal static class DecodeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NMEA files, plain or gzip; '-' for standard input", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
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
            bool[]? wanted = parse.GetValue(types) is { } t ? DecodedMessageWriter.ParseTypes(t) : null;
            if (parse.GetValue(types) != null && wanted == null)
            {
                await Console.Error.WriteLineAsync("picket decode: --types takes numbers 1-27 separated by commas");
                return ExitCodes.Usage;
            }
            return await RunAsync(parse.GetValue(files)!, parse.GetValue(format)!, wanted, parse.GetValue(stats), parse.GetValue(output), ct);
        });
        return command;
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
        // A file output is written beside its name and moved into place at the end, so it can never be one of the
        // inputs being read (`decode F --out F` used to empty F) and a failed run leaves what was there before.
        using AtomicFile? outFile = statsOnly || outPath == null ? null : OpenOutput(outPath, files);
        Stream outStream = statsOnly ? Stream.Null : outFile?.Stream ?? Console.OpenStandardOutput();
        DecodeResult result;
        await using (outFile == null ? outStream : Stream.Null)
        {
            using var sink = new DecodedMessageWriter(outStream, format == "csv" ? DecodedFormat.Csv : DecodedFormat.JsonLines, wanted, discard: statsOnly);
            result = await DecodeJob.RunAsync([.. files.Select(AisSources.FromArgument)], sink, ct);
        }
        outFile?.Commit();
        foreach (var input in result.Inputs)
        {
            if (input.Csv is { } csv) await Console.Error.WriteAsync($"{input.Name} (CSV):\n{csv}");
            if (input.Error is { } error) await Console.Error.WriteLineAsync($"picket decode: cannot read {input.Name}: {error}");
        }
        if (statsOnly)
        {
            await using var stdout = Console.OpenStandardOutput();
            await using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            result.Total.WriteJson(w);
            await w.FlushAsync(ct);
            await stdout.WriteAsync("\n"u8.ToArray(), ct);
        }
        await Console.Error.WriteAsync(result.Total.ToString());
        return result.Complete ? ExitCodes.Ok : ExitCodes.InputError;
    }
}
