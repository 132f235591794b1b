using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Un;

/// <summary>
/// Reads the UN Security Council consolidated list XML (scsanctions.un.org/resources/xml/en/consolidated.xml,
/// schema www.un.org/sc/resources/sc-sanctions.xsd): <c>INDIVIDUALS/INDIVIDUAL</c> become persons,
/// <c>ENTITIES/ENTITY</c> organisations or companies. The list has no vessel records; shipping companies
/// carry a company IMO number only in COMMENTS1 text ("IMO Number: 5342883").
/// </summary>
public static partial class UnConsolidatedParser
{
    /// <summary>Prefix of the entity ids read from the UN list (<c>un-</c> and the list's own id).</summary>
    public const string IdPrefix = "un";

    // A person's name is written in up to four parts, in this order (UN Consolidated List XML schema).
    static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (IOException ex)
        {
            return ListLoadResult.Rejected(ListSource.UnConsolidated, path, [], "cannot read file: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return ListLoadResult.Rejected(ListSource.UnConsolidated, path, [], "cannot read file: " + ex.Message);
        }
    }

    /// <summary>Reads a list from <paramref name="stream"/> in one streaming pass; a malformed record is skipped and counted, a malformed file rejected whole.</summary>
    /// <param name="stream">The list's bytes; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    /// <param name="limits">Bounds on records and sizes; null for the defaults.</param>
    public static ListLoadResult Load(Stream stream, string name, ListReaderLimits? limits = null) =>
        XmlListReading.LoadRecords(stream, name, ListSource.UnConsolidated, "CONSOLIDATED_LIST", "record", ["INDIVIDUAL", "ENTITY"], ReadRecord, limits);

    static SanctionedEntity? ReadRecord(XElement record, string where, List<ParseIssue> issues)
    {
        var reference = record.Child("REFERENCE_NUMBER");
        var dataId = record.Child("DATAID");
        var sourceId = reference ?? dataId;
        if (sourceId is null)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no REFERENCE_NUMBER nor DATAID"));
            return null;
        }

        var isPerson = record.Name.LocalName == "INDIVIDUAL";
        var b = new EntityBuilder(ListSource.UnConsolidated, IdPrefix, sourceId);
        var primary = string.Join(' ', NameParts.Select(record.Child).Where(p => p is not null));
        b.AddName(primary, NameKind.Primary);
        b.AddName(record.Child("NAME_ORIGINAL_SCRIPT"), NameKind.OriginalScript);
        foreach (var alias in record.Children(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            b.AddName(alias.Child("ALIAS_NAME"), AliasKind(alias.Child("QUALITY")));
        }

        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, $"{where} ({sourceId})", "no name"));
            return null;
        }

        if (reference is not null && UnReferencePattern().IsMatch(reference))
        {
            b.AddIdentifier(IdentifierKind.UnReference, reference);
        }

        b.AddProgram(record.Child("UN_LIST_TYPE"));
        var comments = record.Child("COMMENTS1");
        b.Remarks = comments;
        if (isPerson)
        {
            b.Schema = EntitySchema.Person;
        }
        else
        {
            b.Schema = OrganisationSchema.Guess(primary);
            AddCompanyImo(b, comments, $"{where} ({sourceId})", issues);
        }

        return b.Build();
    }

    static NameKind AliasKind(string? quality) => quality?.ToLowerInvariant() switch
    {
        "low" => NameKind.WeakAlias,
        "f.k.a." or "fka" => NameKind.Former,
        _ => NameKind.Alias,
    };

    static void AddCompanyImo(EntityBuilder b, string? comments, string where, List<ParseIssue> issues)
    {
        if (comments is null)
        {
            return;
        }

        foreach (Match m in ImoInComments().Matches(comments))
        {
            var digits = m.Groups[1].Value;
            if (ImoNumbers.IsValidCompany(digits))
            {
                b.AddIdentifier(IdentifierKind.ImoCompany, digits);
            }
            else if (ImoNumbers.IsValidShip(digits))
            {
                b.AddIdentifier(IdentifierKind.ImoShip, digits);
            }
            else
            {
                issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"IMO number {digits} fails both check digits; dropped"));
            }
        }
    }

    // rigour/ids/unsc.py: two or three letters, i (individual) or e (entity), a dot and digits.
    [GeneratedRegex(@"^[A-Z]{2,3}[ie]\.\d{3,}$")]
    private static partial Regex UnReferencePattern();

    [GeneratedRegex(@"IMO(?: Number)?\s*:?\s*(\d{7})\b")]
    private static partial Regex ImoInComments();
}
