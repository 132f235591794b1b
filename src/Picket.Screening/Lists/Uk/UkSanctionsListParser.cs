using System.Xml;
using System.Xml.Linq;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Uk;

/// <summary>
/// Reads the FCDO UK Sanctions List XML (root <c>Designations</c>): one <c>Designation</c> per entry with
/// <c>UniqueID</c> (e.g. DPR0075), <c>Names/Name</c> (Name1…Name6, Name6 the family or whole name; NameType
/// "Primary name" or "Alias"), <c>NonLatinNames</c>, <c>RegimeName</c>, <c>IndividualEntityShip</c>, and for ships
/// <c>ShipDetails/Ship</c> with IMONumbers, CurrentOwnerOperators, CurrentBelievedFlagOfShips, PreviousFlags.
/// </summary>
public static class UkSanctionsListParser
{
    /// <summary>Prefix of the entity ids read from the UK list (<c>uk-</c> and the list's own id).</summary>
    public const string IdPrefix = "uk";

    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path) => XmlListFile.Load(path, ListSource.UkSanctionsList, (stream, name) => Load(stream, name));

    /// <summary>Reads a list from <paramref name="stream"/> in one streaming pass; a malformed record is skipped and counted, a malformed file rejected whole.</summary>
    /// <param name="stream">The list's bytes; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    /// <param name="limits">Bounds on records and sizes; null for the defaults.</param>
    public static ListLoadResult Load(Stream stream, string name, ListReaderLimits? limits = null) =>
        XmlListReading.LoadRecords(stream, name, ListSource.UkSanctionsList, "Designations", "Designation", ["Designation"], Read, limits);

    static SanctionedEntity? Read(XElement x, string where, List<ParseIssue> issues)
    {
        var id = x.Child("UniqueID");
        if (id is null)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no UniqueID"));
            return null;
        }

        where = $"{where} ({id})";
        var b = new EntityBuilder(ListSource.UkSanctionsList, IdPrefix, id);
        foreach (var n in x.Find("Name"))
        {
            var parts = Enumerable.Range(1, 6).Select(i => n.Child("Name" + i)).Where(p => p is not null);
            var full = string.Join(' ', parts);
            var type = n.Child("NameType") ?? "";
            b.AddName(full, type.StartsWith("Primary name", StringComparison.OrdinalIgnoreCase) && !b.HasPrimaryName ? NameKind.Primary : NameKind.Alias);
        }

        foreach (var n in x.Find("NameNonLatinScript"))
        {
            b.AddName(n.Value, NameKind.OriginalScript);
        }

        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no primary name"));
            return null;
        }

        b.AddProgram(x.Child("RegimeName"));
        b.Remarks = x.Child("OtherInformation");
        if (x.Child("UNReferenceNumber") is { } un)
        {
            b.AddIdentifier(IdentifierKind.UnReference, un);
        }

        var kind = x.Child("IndividualEntityShip");
        b.Schema = kind switch
        {
            "Individual" => EntitySchema.Person,
            "Ship" => EntitySchema.Vessel,
            "Entity" => OrganisationSchema.Guess(b.PrimaryName!),
            _ => EntitySchema.LegalEntity,
        };
        foreach (var imo in x.Find("IMONumber"))
        {
            ImoIdentifier.Add(b, imo.Value, preferShip: b.Schema == EntitySchema.Vessel, where, issues);
        }

        foreach (var f in x.Find("CurrentBelievedFlagOfShip"))
        {
            b.AddFlag(f.Value, isFormer: false);
        }

        foreach (var f in x.Find("PreviousFlag"))
        {
            b.AddFlag(f.Value, isFormer: true);
        }

        foreach (var o in x.Find("CurrentOwnerOperator"))
        {
            b.AddOwner(o.Value);
        }

        return b.Build();
    }
}
