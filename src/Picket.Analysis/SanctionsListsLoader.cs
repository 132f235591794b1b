using Picket.Screening.Lists;
using Picket.Screening.Sources;

namespace Picket.Analysis;

/// <summary>
/// <c>--lists DIR</c> as every job reads it (<c>picket analyze</c> and <c>picket watch</c>): the list store's own reading,
/// which takes the current lists only, never a staging or superseded copy beside them. A mistyped directory, or one from
/// which no list loads, is an input error: a report or a watch without screening looks clean.
/// </summary>
internal static class SanctionsListsLoader
{
    /// <summary>The lists in <paramref name="directory"/> (null for none); <paramref name="described"/> names each file's outcome, <paramref name="notice"/> is told of each list that failed.</summary>
    public static SanctionsLists? Load(string? directory, out string? described, Action<string> notice)
    {
        described = null;
        if (directory == null) return null;
        if (!Directory.Exists(directory))
            throw AnalysisException.Input(File.Exists(directory) ? $"--lists {directory} is a file; give the directory of lists" : $"--lists {directory}: no such directory");
        var lists = new ListStore(directory).Load();
        described = string.Join("; ", lists.Results.Select(r => r.ToString()));
        if (!lists.Results.Any(r => r.Succeeded))
            throw AnalysisException.Input($"--lists {directory}: no sanctions list could be loaded from it ({(lists.Results.Count == 0 ? "no list files" : described)})");
        foreach (var failed in lists.Results.Where(r => !r.Succeeded))
            notice($"list not loaded: {failed}");
        return lists;
    }
}
