using Picket.Screening.Model;

namespace Picket.Screening.Lists;

/// <summary>
/// What reading one list produced. Either the whole list (<see cref="Succeeded"/>, possibly with skipped
/// records counted in <see cref="Issues"/>) or nothing: a list that breaks part-way is never half-loaded.
/// </summary>
public sealed class ListLoadResult
{
    ListLoadResult(ListSource source, string path, IReadOnlyList<SanctionedEntity> entities, IReadOnlyList<ParseIssue> issues, bool succeeded)
    {
        Source = source;
        Path = path;
        Entities = entities;
        Issues = issues;
        Succeeded = succeeded;
    }

    public ListSource Source { get; }

    /// <summary>The file or directory the list was read from.</summary>
    public string Path { get; }

    public IReadOnlyList<SanctionedEntity> Entities { get; }

    public IReadOnlyList<ParseIssue> Issues { get; }

    public bool Succeeded { get; }

    public int SkippedRecords => Issues.Count(i => i.Severity == IssueSeverity.RecordSkipped);

    public int Warnings => Issues.Count(i => i.Severity == IssueSeverity.Warning);

    /// <summary>Entities per schema, for reports and tests.</summary>
    public IReadOnlyDictionary<EntitySchema, int> CountBySchema() =>
        Entities.GroupBy(e => e.Schema).ToDictionary(g => g.Key, g => g.Count());

    internal static ListLoadResult Loaded(ListSource source, string path, List<SanctionedEntity> entities, List<ParseIssue> issues) =>
        new(source, path, entities, issues, true);

    internal static ListLoadResult Rejected(ListSource source, string path, List<ParseIssue> issues, string reason)
    {
        issues.Add(new ParseIssue(IssueSeverity.FileRejected, path, reason));
        return new ListLoadResult(source, path, [], issues, false);
    }

    public override string ToString() =>
        Succeeded
            ? $"{Source} {Path}: {Entities.Count} entities, {SkippedRecords} skipped, {Warnings} warnings"
            : $"{Source} {Path}: rejected ({Issues[^1].Reason})";
}
