namespace Picket.Screening.Companies;

/// <summary>
/// What a registry CSV gave: one link per filled role column of each good row, the company names as written, and every
/// row that was not used, counted by reason (the first few also word for word, with their line).
/// </summary>
public sealed class RegistryLoadResult
{
    internal RegistryLoadResult(string name, IReadOnlyList<RegistryLink> links, int rows, IReadOnlyDictionary<string, int> badRowsByReason,
        IReadOnlyList<string> messages, string? rejected)
    {
        Name = name;
        Links = links;
        Rows = rows;
        BadRowsByReason = badRowsByReason;
        Messages = messages;
        Rejected = rejected;
    }

    /// <summary>The registry's name: its path, or the name given with the text.</summary>
    public string Name { get; }

    /// <summary>The links read, one per filled role column of each good row, in file order.</summary>
    public IReadOnlyList<RegistryLink> Links { get; }

    /// <summary>Data rows read (header excluded), good and bad.</summary>
    public int Rows { get; }

    /// <summary>Rows not used, all reasons together.</summary>
    public int BadRows => BadRowsByReason.Values.Sum();

    /// <summary>Rows not used, by reason ("imo missing", "to before from", …).</summary>
    public IReadOnlyDictionary<string, int> BadRowsByReason { get; }

    /// <summary>The first bad rows, each with its line and reason.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>Why the whole file was not used (no imo column, unreadable); null when it loaded.</summary>
    public string? Rejected { get; }

    /// <summary>True when the file was used (even with bad rows).</summary>
    public bool Succeeded => Rejected is null;
}

/// <summary>One role of one registry row: the hull's IMO number (7 digits, valid ship check digit), the company as written, when.</summary>
/// <param name="Imo">The hull's IMO number, seven digits with a valid check digit (IMO Res. A.1117(30)).</param>
/// <param name="Role">The role the company plays.</param>
/// <param name="Company">The company's name as written, cleaned (<see cref="CompanyText.Clean"/>).</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Line">The row's line in the file, for messages.</param>
public readonly record struct RegistryLink(string Imo, CompanyRole Role, string Company, DateOnly? From, DateOnly? To, int Line);
