using System.CommandLine;
using System.Globalization;
using Picket.Screening.Batch;
using Picket.Screening.Sources;
using Picket.Screening.Lists;
using Picket.Screening.Matching;
using Picket.Screening.Model;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket screen "NAME" [--schema vessel|company|person] [--imo N] [--mmsi N] [--json]</c> and the batch form
/// <c>picket screen --csv FILE [--all]</c>: screens names and identifiers against the stored lists.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("NAME") { Description = "Name to screen (a person, company or vessel)", Arity = ArgumentArity.ZeroOrOne };
        var schema = new Option<string?>("--schema") { HelpName = "vessel|company|organization|person|aircraft", Description = "What the name is: vessel, company, organization, person, aircraft (default any)" };
        var imo = new Option<string?>("--imo") { HelpName = "N", Description = "IMO number (ship or company), e.g. 9187629 or 'IMO 9187629'" };
        var mmsi = new Option<string?>("--mmsi") { HelpName = "N", Description = "MMSI (9 digits)" };
        var callSign = new Option<string?>("--call-sign") { Description = "Radio call sign" };
        var json = new Option<bool>("--json") { Description = "JSON for scripts: one object per query with its results, one per line" };
        var csv = new Option<string?>("--csv") { HelpName = "FILE", Description = "Batch: CSV with a header naming column 'name' and optionally 'schema', 'imo', 'mmsi'" };
        var all = new Option<bool>("--all") { Description = "Batch: every result at or above the threshold per row instead of the best one" };
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write the results to this file instead of standard output" };
        var threshold = new Option<double>("--threshold") { Description = "Lowest score reported", DefaultValueFactory = _ => ScreeningOptions.Default.Threshold };
        var limit = new Option<int>("--limit") { Description = "At most this many results per query", DefaultValueFactory = _ => ScreeningOptions.Default.Limit };
        var lists = ListsCommand.DirectoryOption("--lists");
        var command = new Command("screen", "Screen a name, IMO or MMSI (or a CSV of them) against the stored sanctions lists.")
        {
            name, schema, imo, mmsi, callSign, json, csv, all, output, threshold, limit, lists,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(csv);
            var query = new ScreeningQuery(parse.GetValue(name), SchemaNames.Parse(parse.GetValue(schema)),
                parse.GetValue(imo), parse.GetValue(mmsi), parse.GetValue(callSign));
            var usage = parse.GetValue(schema) is { } s && query.Schema is null
                ? $"unknown --schema '{s}'; use {string.Join(", ", SchemaNames.All)}"
                : Usage(file, query, parse.GetValue(threshold), parse.GetValue(limit));
            if (usage is not null)
            {
                await Console.Error.WriteLineAsync("picket screen: " + usage);
                return ExitCodes.Usage;
            }

            var loaded = await LoadListsAsync(ListStore.Resolve(parse.GetValue(lists)), "screen");
            if (loaded is null)
            {
                return ExitCodes.InputError;
            }

            var settings = new ScreenSettings(loaded.Screener, parse.GetValue(threshold), parse.GetValue(limit), parse.GetValue(json), parse.GetValue(all));
            return file is null
                ? await ScreenOneAsync(query, settings, parse.GetValue(output))
                : await ScreenFileAsync(file, settings, parse.GetValue(output), ct);
        });
        return command;
    }

    static string? Usage(string? file, ScreeningQuery q, double threshold, int limit)
    {
        var hasQuery = !string.IsNullOrWhiteSpace(q.Name) || q.Imo is not null || q.Mmsi is not null || q.CallSign is not null;
        if (file is null && !hasQuery)
        {
            return "give a NAME, --imo, --mmsi or --call-sign, or --csv FILE";
        }

        if (file is not null && hasQuery)
        {
            return "--csv reads the queries from the file; do not give NAME or identifiers as well";
        }

        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            return "--threshold must be between 0 and 1";
        }

        return limit < 1 ? "--limit must be at least 1" : null;
    }

    /// <summary>The store's lists, with a summary and any refused list on standard error; null (after saying why) when there is none.</summary>
    public static async Task<SanctionsLists?> LoadListsAsync(ListStore store, string verb)
    {
        SanctionsLists loaded;
        try
        {
            loaded = store.Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"picket {verb}: cannot read lists in {store.Root}: {ex.Message}");
            return null;
        }

        foreach (var r in loaded.Results.Where(r => !r.Succeeded))
        {
            await Console.Error.WriteLineAsync($"picket {verb}: list left out: {Reporting.DisplayText.Printable(r.ToString())}");
        }

        if (loaded.Entities.Count == 0)
        {
            await Console.Error.WriteLineAsync($"picket {verb}: no sanctions lists in {store.Root}: run 'picket lists update' or 'picket lists load FILE...'");
            return null;
        }

        var bySource = loaded.Entities.GroupBy(e => OfficialLists.FolderFor(e.Source)).Select(g => $"{g.Key} {g.Count()}");
        await Console.Error.WriteLineAsync($"screening against {loaded.Entities.Count} entities ({string.Join(", ", bySource)}) from {store.Root}");
        if (loaded.Screener.Index.LimitCounts is { Any: true } limits)
        {
            await Console.Error.WriteLineAsync($"picket {verb}: the lists hit name limits (hostile or broken list data): {limits}");
        }

        return loaded;
    }

    static async Task<int> ScreenOneAsync(ScreeningQuery query, ScreenSettings settings, string? outPath)
    {
        var results = settings.Screener.Screen(query, settings.Threshold, settings.Limit);
        var text = settings.Json ? ScreeningResultJson.ToLine(query, results) + "\n" : Table(query, results, settings.Threshold);
        try
        {
            if (outPath is null)
            {
                await Console.Out.WriteAsync(text);
            }
            else
            {
                await File.WriteAllTextAsync(outPath, text);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"picket screen: cannot write {outPath}: {ex.Message}");
            return ExitCodes.OutputError;
        }

        return ExitCodes.Ok;
    }

    /// <summary><c>--csv FILE</c>: <see cref="BatchScreening"/> over the file, the counts on standard error.</summary>
    static async Task<int> ScreenFileAsync(string file, ScreenSettings settings, string? outPath, CancellationToken ct)
    {
        Picket.Ais.Csv.CsvRowLimiter input;
        try
        {
            input = CsvInput.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"picket screen: cannot read {file}: {ex.Message}");
            return ExitCodes.InputError;
        }

        using (input)
        {
            var output = OpenOutput("screen", outPath);
            if (output is null) return ExitCodes.OutputError;
            BatchScreeningSummary summary;
            try
            {
                summary = BatchScreening.Run(settings.Screener, input, output,
                    new BatchScreeningOptions(settings.Threshold, settings.Limit, settings.All, settings.Json), ct);
            }
            finally
            {
                if (outPath is not null) await output.DisposeAsync();
            }

            if (!summary.Completed)
            {
                await Console.Error.WriteLineAsync($"picket screen: {file}: {summary.Problem}");
                return ExitCodes.InputError;
            }

            if (CsvInput.SkippedRows("screen", file, input) is { } skipped) await Console.Error.WriteLineAsync(skipped);
            await Console.Error.WriteLineAsync($"rows: {summary.Rows}, with a match at or above {settings.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}: {summary.Matched}, not screened (bad row): {summary.BadRows}");
            return ExitCodes.Ok;
        }
    }

    /// <summary>Standard output or a new file; null after saying why the file cannot be created.</summary>
    internal static TextWriter? OpenOutput(string command, string? outPath)
    {
        try
        {
            return CsvInput.OpenOutput(outPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"picket {command}: cannot write {outPath}: {ex.Message}");
            return null;
        }
    }

    static string Table(ScreeningQuery query, IReadOnlyList<ScreeningResult> results, double threshold)
    {
        var head = $"query: {TextTable.Printable(ScreeningResultJson.Describe(query))}\n";
        if (results.Count == 0)
        {
            return head + $"no match at or above {threshold.ToString("0.00", CultureInfo.InvariantCulture)}\n";
        }

        var rows = new List<string[]> { new[] { "rank", "score", "list", "id", "schema", "caption", "explanation" } };
        rows.AddRange(results.Select((r, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), ScreeningResultJson.Score(r.Score), OfficialLists.FolderFor(r.Entity.Source),
            r.Entity.Id, r.Entity.Schema.ToString(), r.Entity.Caption, string.Join("; ", r.Explanation),
        }));
        return head + TextTable.Format(rows, rightAligned: new HashSet<int> { 0, 1 });
    }
}

/// <summary>What a screening run needs besides the queries.</summary>
internal sealed record ScreenSettings(Screener Screener, double Threshold, int Limit, bool Json, bool All);
