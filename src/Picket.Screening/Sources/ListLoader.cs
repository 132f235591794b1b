using Picket.Screening.Matching;

namespace Picket.Screening.Sources;

/// <summary>How loading one list (a file, or OFAC's CSV files of one folder) ended.</summary>
/// <param name="Files">The files read as this list.</param>
/// <param name="List">The stored list they were for (<c>un</c>, <c>ofac</c>, …); null when they were not a list.</param>
/// <param name="Manifest">The new copy's manifest when it was swapped in; null when nothing changed.</param>
/// <param name="Reason">Why nothing changed; null when loaded.</param>
/// <param name="NotAList">The files are no sanctions list at all (a licence or readme beside the lists).</param>
/// <param name="NameLimits">Name limits of the index the entities hit (too many names, names cut), if any.</param>
public sealed record ListLoadOutcome(IReadOnlyList<string> Files, string? List, ListManifest? Manifest, string? Reason, bool NotAList, string? NameLimits)
{
    /// <summary>True when the files were swapped in as the list's new copy.</summary>
    public bool Loaded => Manifest is not null;
}

/// <summary>
/// Stores list files already at hand (a mirror, an e-mail attachment, test data) exactly as <see cref="ListUpdater"/>
/// stores downloads: copied to staging, parsed completely, checked against the stored copy's size, swapped in. The
/// list's own format decides which stored list it replaces.
/// </summary>
public static class ListLoader
{
    // OFAC's legacy CSV is one list in several files, read together from one folder (OfacSdnCsvParser).
    private static readonly HashSet<string> OfacCsvFiles = new(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads <paramref name="paths"/> (files), one list at a time; null when another update or load holds the store's lock.</summary>
    /// <param name="store">The lists directory to store into.</param>
    /// <param name="paths">The list files; OFAC's CSV files of one folder are taken together as one list.</param>
    /// <param name="maxShrink">Largest share of entities a new copy may lose against the stored one (see <see cref="ListShrinkGuard"/>).</param>
    /// <param name="force">Accept a copy that shrank more.</param>
    /// <param name="onList">Told of each list's outcome as soon as it is known.</param>
    public static IReadOnlyList<ListLoadOutcome>? Load(ListStore store, IReadOnlyList<string> paths, double maxShrink, bool force, Action<ListLoadOutcome>? onList = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        using var storeLock = store.TryLock();
        if (storeLock is null)
        {
            return null;
        }

        var groups = paths.Where(p => OfacCsvFiles.Contains(Path.GetFileName(p)))
            .GroupBy(p => Path.GetDirectoryName(Path.GetFullPath(p)), StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Concat(paths.Where(p => !OfacCsvFiles.Contains(Path.GetFileName(p))).Select(p => new List<string> { p }));
        var done = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<ListLoadOutcome>();
        foreach (var group in groups)
        {
            var outcome = LoadOne(store, group, done, maxShrink, force);
            outcomes.Add(outcome);
            onList?.Invoke(outcome);
        }

        return outcomes;
    }

    private static ListLoadOutcome LoadOne(ListStore store, List<string> files, HashSet<string> done, double maxShrink, bool force)
    {
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
                return new(files, null, null, validation.Error + "; nothing changed", validation.Error == ListStore.NotAListFile, null);
            }

            var name = OfficialLists.FolderFor(validation.Results[0].Source);
            if (!done.Add(name))
            {
                return new(files, name, null, $"a {validation.Results[0].Source} list was already loaded by this command; {store.DescribeCopy(name)}", false, null);
            }

            if (ListShrinkGuard.Refusal(store, name, validation.Entities, maxShrink, force) is { } refusal)
            {
                return new(files, name, null, $"{refusal["refused: ".Length..]}; {store.DescribeCopy(name)}", false, null);
            }

            var manifest = validation.Manifest(name, "loaded", stored);
            manifest.Write(staging);
            store.Swap(name, staging);
            var limits = IndexLimitCounts.Measure(validation.Results.SelectMany(r => r.Entities));
            return new(files, name, manifest, null, false, limits.Any ? limits.ToString() : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(files, null, null, "cannot copy into the lists directory: " + ex.Message, false, null);
        }
        finally
        {
            ListStore.DeleteQuietly(staging);
        }
    }
}
