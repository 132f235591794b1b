using System.CommandLine;
using Picket.Screening.Sources;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket lists update [--source un|ofac|eu|uk] [--dir DIR] [--base-url URL] [--max-size MB] [--max-shrink PERCENT]
/// [--force]</c>: downloads each official list into a staging folder, parses it completely, checks it against the stored
/// list's size, and swaps it in; a list that fails or is refused keeps its previous copy (exit 4).
/// </summary>
internal static class ListsUpdate
{
    public const string BaseUrlVariable = "PICKET_LISTS_BASE_URL";

    public static Command Create()
    {
        var sources = new Option<string[]>("--source")
        {
            HelpName = "un|ofac|eu|uk",
            Description = "Lists to fetch: un, ofac, eu, uk (repeat or separate by commas); default all four",
            AllowMultipleArgumentsPerToken = true,
        };
        var dir = ListsCommand.DirectoryOption("--dir");
        var baseUrl = new Option<string?>("--base-url")
        {
            HelpName = "URL",
            Description = $"Fetch BASE/LIST/FILE (e.g. BASE/ofac/sdn.csv) instead of the publishers' URLs: a mirror (also ${BaseUrlVariable})",
        };
        var timeout = new Option<int>("--timeout") { HelpName = "SECONDS", Description = "Seconds allowed per file", DefaultValueFactory = _ => 300 };
        var maxSize = new Option<long?>("--max-size")
        {
            HelpName = "MB",
            Description = "Largest file accepted per list, in MiB (default per list: un and ofac 32, eu and uk 256); a larger download is refused",
        };
        var shrink = ShrinkOptions.Create();
        var command = new Command("update", "Download the official lists, validate them, and replace the stored copies atomically.")
        {
            sources, dir, baseUrl, timeout, maxSize, shrink.MaxShrink, shrink.Force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var lists = ParseSources(parse.GetValue(sources), out var unknown);
            if (lists is null)
            {
                await Console.Error.WriteLineAsync($"picket lists update: unknown list '{unknown}'; known: {string.Join(", ", OfficialLists.All.Select(l => l.Name))}");
                return ExitCodes.Usage;
            }

            var url = parse.GetValue(baseUrl) ?? Environment.GetEnvironmentVariable(BaseUrlVariable);
            Uri? mirror = null;
            if (!string.IsNullOrWhiteSpace(url) && (mirror = ParseBaseUrl(url)) is null)
            {
                await Console.Error.WriteLineAsync($"picket lists update: --base-url must be an absolute http or https URL, not '{url}'");
                return ExitCodes.Usage;
            }

            var seconds = parse.GetValue(timeout);
            if (seconds <= 0)
            {
                await Console.Error.WriteLineAsync("picket lists update: --timeout must be a positive number of seconds");
                return ExitCodes.Usage;
            }

            var megabytes = parse.GetValue(maxSize);
            if (megabytes is <= 0 or > 1L << 20)
            {
                await Console.Error.WriteLineAsync("picket lists update: --max-size must be a number of MiB between 1 and 1048576");
                return ExitCodes.Usage;
            }

            if (shrink.Read(parse, "update") is not { } guard)
            {
                return ExitCodes.Usage;
            }

            var limits = new ListUpdateLimits(megabytes * (1L << 20), guard.MaxShrink, guard.Force);
            return await RunAsync(ListStore.Resolve(parse.GetValue(dir)), lists, mirror, TimeSpan.FromSeconds(seconds), limits, ct);
        });
        return command;
    }

    static List<OfficialList>? ParseSources(string[]? values, out string? unknown)
    {
        unknown = null;
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0)
        {
            return [.. OfficialLists.All];
        }

        var lists = new List<OfficialList>();
        foreach (var name in names)
        {
            var list = OfficialLists.Find(name.ToLowerInvariant());
            if (list is null)
            {
                unknown = name;
                return null;
            }

            if (!lists.Contains(list))
            {
                lists.Add(list);
            }
        }

        return lists;
    }

    static Uri? ParseBaseUrl(string text)
    {
        // A trailing slash makes BASE a folder for Uri combination ("http://h/mirror" + "un/x" would drop "mirror").
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    static async Task<int> RunAsync(ListStore store, List<OfficialList> lists, Uri? mirror, TimeSpan timeout, ListUpdateLimits limits, CancellationToken ct)
    {
        var outcomes = await ListUpdater.UpdateAsync(store, lists, mirror, timeout, limits, o => Print(store, o), ct);
        if (outcomes is null)
        {
            await Console.Error.WriteLineAsync($"picket lists update: another 'picket lists' update or load is running on {store.Root}; nothing changed");
            return ExitCodes.ListsNotUpdated;
        }

        var failed = outcomes.Count(o => !o.Updated);
        var refused = outcomes.Count(o => o.Refused);
        await Console.Out.WriteLineAsync($"{lists.Count - failed} of {lists.Count} lists updated in {store.Root}" +
            (refused == 0 ? "" : $"; {refused} refused (size limit, redirect or shrink check)"));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ListsNotUpdated;
    }

    static void Print(ListStore store, ListUpdateOutcome o)
    {
        if (o.Manifest is { } m)
        {
            Console.Out.WriteLine($"{o.List}: updated, {m.Entities} entities ({m.Skipped} records skipped, {m.Warnings} warnings) from {o.Url}" +
                (o.Before is not { } before ? "" : $"; was {before.Entities} entities of {before.Updated.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
        }
        else
        {
            Console.Error.WriteLine(o.Refused
                ? $"picket lists update: {o.List}: REFUSED, {o.Reason}; {store.DescribeCopy(o.List)}"
                : $"picket lists update: {o.List}: FAILED, {o.Reason}; {store.DescribeCopy(o.List)}");
        }
    }
}
