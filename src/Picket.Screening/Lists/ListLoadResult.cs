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

    /// <summary>The list read.</summary>
    public ListSource Source { get; }

    /// <summary>The file or directory the list was read from.</summary>
    public string Path { get; }

    /// <summary>The entities read, in file order; empty when the file was rejected.</summary>
    public IReadOnlyList<SanctionedEntity> Entities { get; }

    /// <summary>Every problem found: fields dropped, records skipped, and the rejection if any (last).</summary>
    public IReadOnlyList<ParseIssue> Issues { get; }

    /// <summary>True when the whole list was read; false when the file was rejected and nothing kept.</summary>
    public bool Succeeded { get; }

    /// <summary>Records skipped for a problem of their own.</summary>
    public int SkippedRecords => Issues.Count(i => i.Severity == IssueSeverity.RecordSkipped);

    /// <summary>Records kept with a field dropped.</summary>
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

    /// <summary>One line for a load report: source, path and counts, or the reason for the rejection.</summary>
    public override string ToString() =>
        Succeeded
            ? $"{Source} {Path}: {Entities.Count} entities, {SkippedRecords} skipped, {Warnings} warnings"
            : $"{Source} {Path}: rejected ({Issues[^1].Reason})";
}
