using System.CommandLine;
using System.Net;
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

    /// <summary>How a refusal (a bound or check hit, as opposed to a failure) begins its reason.</summary>
    const string Refused = "refused: ";

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

            var limits = new UpdateLimits(megabytes * (1L << 20), guard.MaxShrink, guard.Force);
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

    /// <summary>What bounds an update: bytes per file (null: the list's own default) and the shrink check.</summary>
    sealed record UpdateLimits(long? MaxBytes, double MaxShrink, bool Force);

    static async Task<int> RunAsync(ListStore store, List<OfficialList> lists, Uri? mirror, TimeSpan timeout, UpdateLimits limits, CancellationToken ct)
    {
        using var storeLock = store.TryLock();
        if (storeLock is null)
        {
            await Console.Error.WriteLineAsync($"picket lists update: another 'picket lists' update or load is running on {store.Root}; nothing changed");
            return ExitCodes.ListsNotUpdated;
        }

        // Redirects are followed by ListDownloader, which refuses any but http(s) and bounds their number.
        using var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("picket-lists/1.0");
        var failed = 0;
        var refused = 0;
        foreach (var list in lists)
        {
            var downloader = new ListDownloader(http, timeout, limits.MaxBytes ?? list.MaxBytes);
            var error = await UpdateOneAsync(store, list, list.FilesFrom(mirror), downloader, limits, ct);
            if (error is not null)
            {
                failed++;
                var isRefusal = error.StartsWith(Refused, StringComparison.Ordinal);
                refused += isRefusal ? 1 : 0;
                await Console.Error.WriteLineAsync(isRefusal
                    ? $"picket lists update: {list.Name}: REFUSED, {error[Refused.Length..]}; {ListsCommand.Previous(store, list.Name)}"
                    : $"picket lists update: {list.Name}: FAILED, {error}; {ListsCommand.Previous(store, list.Name)}");
            }
        }

        await Console.Out.WriteLineAsync($"{lists.Count - failed} of {lists.Count} lists updated in {store.Root}" +
            (refused == 0 ? "" : $"; {refused} refused (size limit, redirect or shrink check)"));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ListsNotUpdated;
    }

    /// <summary>Null when the list was replaced, else why not (the old folder is then untouched).</summary>
    static async Task<string?> UpdateOneAsync(ListStore store, OfficialList list, OfficialFile[] files, ListDownloader downloader,
        UpdateLimits limits, CancellationToken ct)
    {
        var staging = store.CreateStaging(list.Name);
        try
        {
            var stored = new List<ManifestFile>();
            foreach (var file in files)
            {
                var (got, error) = await downloader.DownloadAsync(file, Path.Combine(staging, file.Name), ct);
                if (got is null)
                {
                    return error is not null && error.StartsWith(Refused, StringComparison.Ordinal) ? error : "download failed: " + error;
                }

                stored.Add(got);
            }

            var validation = ListStore.Validate(staging, list.Format);
            if (!validation.Succeeded)
            {
                return "downloaded files rejected: " + validation.Error;
            }

            if (ListShrinkGuard.Refusal(store, list.Name, validation.Entities, limits.MaxShrink, limits.Force) is { } refusal)
            {
                return refusal;
            }

            var manifest = validation.Manifest(list.Name, "downloaded", stored);
            manifest.Write(staging);
            var before = ListManifest.TryRead(Path.Combine(store.Root, list.Name), out _);
            store.Swap(list.Name, staging);
            await Console.Out.WriteLineAsync(
                $"{list.Name}: updated, {manifest.Entities} entities ({manifest.Skipped} records skipped, {manifest.Warnings} warnings) from {files[0].Url}" +
                (before is null ? "" : $"; was {before.Entities} entities of {before.Updated.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "cannot write the lists directory: " + ex.Message;
        }
        finally
        {
            ListStore.DeleteQuietly(staging);
        }
    }
}
