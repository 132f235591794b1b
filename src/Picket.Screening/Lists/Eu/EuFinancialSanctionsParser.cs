using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Eu;

/// <summary>
/// Reads the EU Financial Sanctions Files XML 1.1 (root <c>export</c>, namespace http://eu.europa.ec/fpi/fsd/export):
/// one <c>sanctionEntity</c> per entry with <c>subjectType code="person|enterprise"</c>, <c>nameAlias</c>
/// (wholeName, strong), <c>identification</c> (identificationTypeCode, number), <c>regulation programme</c> and
/// <c>remark</c>. The EU has no vessel subject type: an enterprise becomes a Vessel when it has an <c>imo</c>
/// identification or its remark gives an IMO number (the rule watchman and OpenSanctions apply).
/// </summary>
public static partial class EuFinancialSanctionsParser
{
    /// <summary>Prefix of the entity ids read from the EU list (<c>eu-</c> and the list's own id).</summary>
    public const string IdPrefix = "eu";

    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path) => XmlListFile.Load(path, ListSource.EuFinancialSanctions, (stream, name) => Load(stream, name));

    /// <summary>Reads a list from <paramref name="stream"/> in one streaming pass; a malformed record is skipped and counted, a malformed file rejected whole.</summary>
    /// <param name="stream">The list's bytes; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    /// <param name="limits">Bounds on records and sizes; null for the defaults.</param>
    public static ListLoadResult Load(Stream stream, string name, ListReaderLimits? limits = null) =>
        XmlListReading.LoadRecords(stream, name, ListSource.EuFinancialSanctions, "export", "sanctionEntity", ["sanctionEntity"], Read, limits);

    static SanctionedEntity? Read(XElement x, string where, List<ParseIssue> issues)
    {
        var id = x.Attr("logicalId") ?? x.Attr("euReferenceNumber");
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no logicalId nor euReferenceNumber"));
            return null;
        }

        where = $"{where} ({id})";
        var b = new EntityBuilder(ListSource.EuFinancialSanctions, IdPrefix, id);
        var first = true;
        foreach (var alias in x.Children("nameAlias"))
        {
            var whole = alias.Attr("wholeName");
            if (string.IsNullOrWhiteSpace(whole))
            {
                whole = string.Join(' ', new[] { alias.Attr("firstName"), alias.Attr("middleName"), alias.Attr("lastName") }.Where(p => !string.IsNullOrWhiteSpace(p)));
            }

            var kind = first ? NameKind.Primary : alias.Attr("strong") == "false" ? NameKind.WeakAlias : NameKind.Alias;
            if (!string.IsNullOrWhiteSpace(whole))
            {
                b.AddName(whole, kind);
                first = false;
            }
        }

        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no nameAlias with a name"));
            return null;
        }

        var remark = x.Child("remark");
        b.Remarks = remark;
        var hasImo = false;
        foreach (var ident in x.Children("identification"))
        {
            if (string.Equals(ident.Attr("identificationTypeCode"), "imo", StringComparison.OrdinalIgnoreCase))
            {
                hasImo = true;
                ImoIdentifier.Add(b, ident.Attr("latinNumber") is { Length: > 0 } latin ? latin : ident.Attr("number"), preferShip: true, where, issues);
            }
        }

        var remarkImo = remark is null ? null : ImoInRemark().Match(remark);
        if (!hasImo && remarkImo is { Success: true })
        {
            hasImo = true;
            ImoIdentifier.Add(b, remarkImo.Groups[1].Value, preferShip: true, where, issues);
        }

        foreach (var reg in x.Children("regulation"))
        {
            b.AddProgram(reg.Attr("programme"));
        }

        var code = x.Children("subjectType").FirstOrDefault()?.Attr("code");
        b.Schema = code switch
        {
            "person" => EntitySchema.Person,
            "enterprise" when hasImo && b.HasShipImo() => EntitySchema.Vessel,
            "enterprise" => OrganisationSchema.Guess(b.PrimaryName!),
            _ => EntitySchema.LegalEntity,
        };
        if (x.Attr("unitedNationId") is { Length: > 0 } un)
        {
            b.AddIdentifier(IdentifierKind.UnReference, un);
        }

        return b.Build();
    }

    [GeneratedRegex(@"IMO[:\s#]*(?:number[:\s]*)?(\d{7})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImoInRemark();
}
