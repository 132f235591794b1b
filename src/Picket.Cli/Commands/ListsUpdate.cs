using System.CommandLine;
using System.Net;
using Picket.Cli.Lists;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket lists update [--source un|ofac|eu|uk] [--dir DIR] [--base-url URL]</c>: downloads each official list
/// into a staging folder, parses it completely, and swaps it in; a list that fails keeps its previous copy.
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
        var command = new Command("update", "Download the official lists, validate them, and replace the stored copies atomically.")
        {
            sources, dir, baseUrl, timeout,
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

            return await RunAsync(ListStore.Resolve(parse.GetValue(dir)), lists, mirror, TimeSpan.FromSeconds(seconds), ct);
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

    static async Task<int> RunAsync(ListStore store, List<OfficialList> lists, Uri? mirror, TimeSpan timeout, CancellationToken ct)
    {
        using var storeLock = store.TryLock();
        if (storeLock is null)
        {
            await Console.Error.WriteLineAsync($"picket lists update: another 'picket lists' update or load is running on {store.Root}; nothing changed");
            return ExitCodes.ListsNotUpdated;
        }

        using var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, MaxAutomaticRedirections = 5 };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("picket-lists/1.0");
        var downloader = new ListDownloader(http, timeout);
        var failed = 0;
        foreach (var list in lists)
        {
            var error = await UpdateOneAsync(store, list, list.FilesFrom(mirror), downloader, ct);
            if (error is not null)
            {
                failed++;
                await Console.Error.WriteLineAsync($"picket lists update: {list.Name}: FAILED, {error}; {ListsCommand.Previous(store, list.Name)}");
            }
        }

        await Console.Out.WriteLineAsync($"{lists.Count - failed} of {lists.Count} lists updated in {store.Root}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ListsNotUpdated;
    }

    /// <summary>Null when the list was replaced, else why not (the old folder is then untouched).</summary>
    static async Task<string?> UpdateOneAsync(ListStore store, OfficialList list, OfficialFile[] files, ListDownloader downloader, CancellationToken ct)
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
                    return "download failed: " + error;
                }

                stored.Add(got);
            }

            var validation = ListStore.Validate(staging, list.Format);
            if (!validation.Succeeded)
            {
                return "downloaded files rejected: " + validation.Error;
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
