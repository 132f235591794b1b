using System.CommandLine;
using Picket.Screening.Sources;
using Picket.Screening.Matching;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket lists load FILE... [--dir DIR]</c>: stores list files already at hand (a mirror, an e-mail attachment, the
/// test data) exactly as <c>update</c> stores downloads: copied to staging, parsed completely, swapped in.
/// </summary>
internal static class ListsLoad
{
    // OFAC's legacy CSV is one list in several files, read together from one folder (OfacSdnCsvParser).
    static readonly HashSet<string> OfacCsvFiles = new(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], StringComparer.OrdinalIgnoreCase);

    const string NotAList = ListStore.NotAListFile + "; nothing changed";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "List files, or folders whose files are read (OFAC sdn.csv with alt.csv, add.csv, sdn_comments.csv beside it)",
            Arity = ArgumentArity.OneOrMore,
        };
        var dir = ListsCommand.DirectoryOption("--dir");
        var shrink = ShrinkOptions.Create();
        var command = new Command("load", "Store list files at hand after parsing them completely; the list's format decides which stored list they replace.")
        {
            files, dir, shrink.MaxShrink, shrink.Force,
        };
        command.SetAction(async (parse, ct) => shrink.Read(parse, "load") is { } guard
            ? await RunAsync(ListStore.Resolve(parse.GetValue(dir)), parse.GetValue(files)!, guard)
            : ExitCodes.Usage);
        return command;
    }

    static async Task<int> RunAsync(ListStore store, string[] arguments, ShrinkOptions.Values guard)
    {
        var paths = new List<string>();
        var fromFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in arguments)
        {
            if (Directory.Exists(a))
            {
                var inFolder = Directory.EnumerateFiles(a).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
                paths.AddRange(inFolder);
                fromFolders.UnionWith(inFolder);
            }
            else if (File.Exists(a))
            {
                paths.Add(a);
            }
            else
            {
                await Console.Error.WriteLineAsync($"picket lists load: cannot read {a}: no such file or folder; nothing changed");
                return ExitCodes.InputError;
            }
        }

        using var storeLock = store.TryLock();
        if (storeLock is null)
        {
            await Console.Error.WriteLineAsync($"picket lists load: another 'picket lists' update or load is running on {store.Root}; nothing changed");
            return ExitCodes.ListsNotUpdated;
        }

        var groups = paths.Where(p => OfacCsvFiles.Contains(Path.GetFileName(p)))
            .GroupBy(p => Path.GetDirectoryName(Path.GetFullPath(p)), StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Concat(paths.Where(p => !OfacCsvFiles.Contains(Path.GetFileName(p))).Select(p => new List<string> { p }));
        var done = new HashSet<string>(StringComparer.Ordinal);
        var failed = 0;
        var total = 0;
        foreach (var group in groups)
        {
            var error = LoadOne(store, group, done, guard, out var message);
            if (error == NotAList && group.All(fromFolders.Contains))
            {
                // A licence or readme beside the lists in a folder given whole is not an error.
                await Console.Error.WriteLineAsync($"picket lists load: {group[0]}: skipped, not a list file");
                continue;
            }

            total++;
            if (error is null)
            {
                await Console.Out.WriteLineAsync(message);
            }
            else
            {
                failed++;
                await Console.Error.WriteLineAsync($"picket lists load: {string.Join(", ", group)}: REFUSED, {error}");
            }
        }

        await Console.Out.WriteLineAsync($"{total - failed} of {total} lists loaded into {store.Root}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ListsNotUpdated;
    }

    static string? LoadOne(ListStore store, List<string> files, HashSet<string> done, ShrinkOptions.Values guard, out string message)
    {
        message = "";
        var staging = store.CreateStaging("load");
        try
        {
            var stored = new List<ManifestFile>();
            foreach (var f in files)
            {
                var copy = Path.Combine(staging, Path.GetFileName(f));
                File.Copy(f, copy);
                stored.Add(ListDownloader.Describe(copy, Path.GetFullPath(f)));
            }

            var validation = ListStore.Validate(staging, expected: null);
            if (!validation.Succeeded)
            {
                return validation.Error + "; nothing changed";
            }

            var name = OfficialLists.FolderFor(validation.Results[0].Source);
            if (!done.Add(name))
            {
                return $"a {validation.Results[0].Source} list was already loaded by this command; {ListsCommand.Previous(store, name)}";
            }

            if (ListShrinkGuard.Refusal(store, name, validation.Entities, guard.MaxShrink, guard.Force) is { } refusal)
            {
                return $"{refusal["refused: ".Length..]}; {ListsCommand.Previous(store, name)}";
            }

            var manifest = validation.Manifest(name, "loaded", stored);
            manifest.Write(staging);
            store.Swap(name, staging);
            message = $"{name}: loaded, {manifest.Entities} entities ({manifest.Skipped} records skipped, {manifest.Warnings} warnings) from {string.Join(", ", files)}";
            if (IndexLimitCounts.Measure(validation.Results.SelectMany(r => r.Entities)) is { Any: true } limits)
            {
                message += $"; name limits hit: {limits}";
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "cannot copy into the lists directory: " + ex.Message;
        }
        finally
        {
            ListStore.DeleteQuietly(staging);
        }
    }
}
