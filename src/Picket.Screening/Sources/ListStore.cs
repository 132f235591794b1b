using Picket.Screening.Lists;

namespace Picket.Screening.Sources;

/// <summary>
/// The lists directory: one folder per list (<c>un/</c>, <c>ofac/</c>, <c>eu/</c>, <c>uk/</c>, <c>opensanctions/</c>),
/// each with its files and a <see cref="ListManifest"/>. New files are prepared in a hidden staging folder beside
/// them (same file system, so the renames are atomic) and swapped in only after they parsed completely; readers
/// never see a half-written list. Hidden folders (<c>.staging-*</c>, <c>.old-*</c>) are never loaded.
/// </summary>
public sealed class ListStore
{
    /// <summary>The environment variable that names the lists directory when no option does.</summary>
    public const string EnvironmentVariable = "PICKET_LISTS";

    /// <summary>The reason given for a file that no list parser recognises.</summary>
    public const string NotAListFile = "not a recognised sanctions list file (UN, OFAC, EU, UK XML, OFAC CSV or FollowTheMoney JSON)";

    /// <summary>A store rooted at <paramref name="root"/> (need not exist yet).</summary>
    /// <param name="root">The lists directory.</param>
    public ListStore(string root) => Root = Path.GetFullPath(root);

    /// <summary>The lists directory, as a full path.</summary>
    public string Root { get; }

    /// <summary><paramref name="option"/> if given, else <c>$PICKET_LISTS</c>, else <c>~/.picket/lists</c>.</summary>
    public static ListStore Resolve(string? option)
    {
        var dir = option;
        if (string.IsNullOrWhiteSpace(dir))
        {
            dir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(dir))
        {
            dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".picket", "lists");
        }

        return new ListStore(dir);
    }

    /// <summary>The visible list folders, in name order.</summary>
    public IReadOnlyList<string> ListFolders() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateDirectories(Root).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// Takes the store's lock for an update or load, so two updates cannot interleave their swaps. Null when another
    /// process holds it. Also finishes a swap an earlier process was killed in the middle of.
    /// </summary>
    public IDisposable? TryLock()
    {
        Directory.CreateDirectory(Root);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(Root, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        RecoverInterruptedSwaps();
        return lockFile;
    }

    /// <summary>A new empty staging folder inside the store (the same file system as the list folders).</summary>
    public string CreateStaging(string name)
    {
        var staging = Path.Combine(Root, $".staging-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Deletes <paramref name="folder"/> and its contents; a failure (in use, gone) is ignored, as a later run cleans up.</summary>
    /// <param name="folder">A staging or retired folder.</param>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless: it is never loaded.
        }
    }

    /// <summary>
    /// Puts the validated <paramref name="staging"/> folder in place of list <paramref name="name"/>: the old folder is
    /// renamed aside, the new one renamed in, the old one deleted. Each rename is atomic; a crash between the two
    /// leaves <c>.old-NAME-*</c>, which <see cref="TryLock"/> renames back.
    /// </summary>
    public void Swap(string name, string staging)
    {
        var target = Path.Combine(Root, name);
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = Path.Combine(Root, $".old-{name}-{Guid.NewGuid():N}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        DeleteQuietly(old);
    }

    void RecoverInterruptedSwaps()
    {
        foreach (var old in Directory.EnumerateDirectories(Root, ".old-*"))
        {
            var name = Path.GetFileName(old)[".old-".Length..];
            var dash = name.LastIndexOf('-');
            var target = Path.Combine(Root, dash > 0 ? name[..dash] : name);
            if (Directory.Exists(target))
            {
                DeleteQuietly(old);
            }
            else
            {
                Directory.Move(old, target);
            }
        }

        foreach (var staging in Directory.EnumerateDirectories(Root, ".staging-*"))
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>
    /// Parses the files of <paramref name="folder"/> with the screening library and accepts them only when every list
    /// found loaded completely, is of <paramref name="expected"/> format (if given) and has at least one entity.
    /// </summary>
    public static ListValidation Validate(string folder, Picket.Screening.Model.ListSource? expected)
    {
        var results = SanctionsLists.LoadDirectory(folder).Results;
        if (results.Count == 0)
        {
            return ListValidation.Failed(NotAListFile);
        }

        var rejected = results.FirstOrDefault(r => !r.Succeeded);
        if (rejected is not null)
        {
            return ListValidation.Failed($"{Path.GetFileName(rejected.Path)} does not parse: {rejected.Issues[^1].Reason}");
        }

        if (results.Select(r => r.Source).Distinct().Count() > 1)
        {
            return ListValidation.Failed("files of different lists given together: " + string.Join(", ", results.Select(r => r.Source).Distinct()));
        }

        if (expected is { } e && results[0].Source != e)
        {
            return ListValidation.Failed($"expected a {e} list but the file is a {results[0].Source} list");
        }

        var entities = results.Sum(r => r.Entities.Count);
        return entities == 0 ? ListValidation.Failed("the list parsed but holds no entities") : ListValidation.Ok(results);
    }

    /// <summary>"kept the previous list (N entities of DATE)" or "there was no previous list", for messages about a list left as it was.</summary>
    public string DescribeCopy(string name)
    {
        var folder = Path.Combine(Root, name);
        if (!Directory.Exists(folder))
        {
            return "there was no previous list";
        }

        var m = ListManifest.TryRead(folder, out _);
        return m is null
            ? $"kept the previous files in {folder}"
            : $"kept the previous list ({m.Entities} entities, {m.How} {m.Updated.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z)";
    }

    /// <summary>
    /// Every list in the store, for screening: the list files anywhere under the root (a folder per list made by
    /// <c>picket lists</c>, or a plain folder of list files), except inside hidden folders. <c>.staging-*</c> holds a
    /// list not yet validated and <c>.old-*</c> the one just replaced; loading either beside the current list would
    /// screen against a half-checked or superseded copy, and the duplicate ids would shadow the current entries.
    /// </summary>
    public SanctionsLists Load()
    {
        if (!Directory.Exists(Root))
        {
            return SanctionsLists.FromResults([]);
        }

        // The order of SanctionsLists.LoadDirectory: OFAC CSV folders first, then every file by path.
        var results = new List<ListLoadResult>();
        foreach (var sdn in VisibleFiles("sdn.csv"))
        {
            results.Add(Lists.Ofac.OfacSdnCsvParser.LoadDirectory(Path.GetDirectoryName(sdn)!));
        }

        foreach (var file in VisibleFiles("*"))
        {
            if (ListFormats.LoadFile(file) is { } result)
            {
                results.Add(result);
            }
        }

        return SanctionsLists.FromResults(results);
    }

    private IEnumerable<string> VisibleFiles(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
            .Where(f => !InHiddenFolder(Path.GetRelativePath(Root, f)))
            .Order(StringComparer.Ordinal);

    private static bool InHiddenFolder(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].StartsWith('.'))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Outcome of <see cref="ListStore.Validate"/>: the parsed lists, or why they were refused.</summary>
/// <param name="Results">The lists parsed; empty when refused.</param>
/// <param name="Error">Why the files were refused; null when they parsed.</param>
public sealed record ListValidation(IReadOnlyList<ListLoadResult> Results, string? Error)
{
    /// <summary>True when the files parsed as lists.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Entities over all the lists parsed.</summary>
    public int Entities => Results.Sum(r => r.Entities.Count);

    /// <summary>Files that parsed.</summary>
    /// <param name="results">The lists parsed.</param>
    public static ListValidation Ok(IReadOnlyList<ListLoadResult> results) => new(results, null);

    /// <summary>Files that were refused.</summary>
    /// <param name="error">Why, in one line.</param>
    public static ListValidation Failed(string error) => new([], error);

    /// <summary>The manifest to write beside the files: their counts per schema, and when and how they arrived.</summary>
    /// <param name="source">The list's folder name.</param>
    /// <param name="how">How the files arrived (downloaded, loaded).</param>
    /// <param name="files">The files stored.</param>
    /// <param name="time">The clock the installation time is read from (default: the system's).</param>
    public ListManifest Manifest(string source, string how, IReadOnlyList<ManifestFile> files, TimeProvider? time = null) =>
        new(source, Results[0].Source.ToString(), (time ?? TimeProvider.System).GetUtcNow(), how, files, Entities,
            Results.Sum(r => r.SkippedRecords), Results.Sum(r => r.Warnings),
            Results.SelectMany(r => r.Entities).GroupBy(e => e.Schema.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()));
}
