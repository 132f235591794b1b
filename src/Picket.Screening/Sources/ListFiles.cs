namespace Picket.Screening.Sources;

/// <summary>
/// The list files named by a user's arguments: a file as given, a folder as its files (hidden ones left out, in ordinal
/// order, so an OFAC folder's <c>sdn.csv</c> comes with its <c>alt.csv</c>, <c>add.csv</c> and <c>sdn_comments.csv</c>).
/// </summary>
/// <param name="Paths">The files to load, in argument order.</param>
/// <param name="FromFolders">Those of <see cref="Paths"/> that came from a folder given whole.</param>
/// <param name="Missing">The first argument that is neither a file nor a folder (then nothing should be loaded), or null.</param>
public sealed record ListFiles(IReadOnlyList<string> Paths, IReadOnlySet<string> FromFolders, string? Missing)
{
    /// <summary>Expands <paramref name="arguments"/>; stops at the first that does not exist.</summary>
    public static ListFiles Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
                return new ListFiles(paths, fromFolders, a);
            }
        }

        return new ListFiles(paths, fromFolders, null);
    }

    /// <summary>
    /// True for an outcome that is no failure: a file that is not a list (a licence, a readme) found beside the lists
    /// in a folder given whole. A file named on its own that is not a list is still refused.
    /// </summary>
    public bool IsBystander(ListLoadOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.NotAList && outcome.Files.All(FromFolders.Contains);
    }
}
