namespace Picket.Screening.Lists;

/// <summary>How bad a problem in a list file was.</summary>
public enum IssueSeverity
{
    /// <summary>The record was kept but a field was dropped (e.g. an IMO number with a bad check digit).</summary>
    Warning = 0,
    /// <summary>The record was skipped.</summary>
    RecordSkipped = 1,
    /// <summary>The whole file was rejected; no entity from it was kept.</summary>
    FileRejected = 2,
}

/// <summary>A problem found while reading a list: where (file and record) and why.</summary>
/// <param name="Severity">How bad it was.</param>
/// <param name="Where">The file and the record (line or id) it was found at.</param>
/// <param name="Reason">What was wrong, in one line.</param>
public readonly record struct ParseIssue(IssueSeverity Severity, string Where, string Reason)
{
    /// <summary>Severity, place and reason in one line.</summary>
    public override string ToString() => $"{Severity} at {Where}: {Reason}";
}
