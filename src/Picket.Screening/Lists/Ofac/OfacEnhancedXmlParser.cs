using System.Xml;
using System.Xml.Linq;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Ofac;

/// <summary>
/// Reads OFAC's SDN_ENHANCED.XML (root <c>sanctionsData</c>): flat <c>entity id=…</c> records with
/// <c>generalInfo/entityType</c>, <c>sanctionsPrograms</c>, <c>names/name</c> (isPrimary, aliasType, isLowQuality,
/// translations/translation/formattedFullName and script), <c>features/feature</c> (type, value) and
/// <c>identityDocuments/identityDocument</c> (type, documentNumber). Element names follow the published structure
/// as summarised in our research notes; the fixture in the tests is hand-made, not a download.
/// </summary>
public static class OfacEnhancedXmlParser
{
    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path) => XmlListFile.Load(path, ListSource.OfacSdn, (stream, name) => Load(stream, name));

    /// <summary>Reads a list from <paramref name="stream"/> in one streaming pass; a malformed record is skipped and counted, a malformed file rejected whole.</summary>
    /// <param name="stream">The list's bytes; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    /// <param name="limits">Bounds on records and sizes; null for the defaults.</param>
    public static ListLoadResult Load(Stream stream, string name, ListReaderLimits? limits = null) =>
        XmlListReading.LoadRecords(stream, name, ListSource.OfacSdn, "sanctionsData", "entity", ["entity"], Read, limits);

    static SanctionedEntity? Read(XElement x, string where, List<ParseIssue> issues)
    {
        var id = x.Attr("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "entity without id"));
            return null;
        }

        where = $"{where} ({id})";
        var b = new EntityBuilder(ListSource.OfacSdn, OfacSdnCsvParser.IdPrefix, id);
        // Only names under <names>: identity documents carry a <name> of their own.
        foreach (var n in x.Children("names").SelectMany(ns => ns.Children("name")))
        {
            var primary = n.Child("isPrimary") == "true";
            var alias = n.Child("aliasType")?.ToUpperInvariant();
            var kind = primary ? NameKind.Primary
                : alias == "F.K.A." ? NameKind.Former
                : n.Child("isLowQuality") == "true" ? NameKind.WeakAlias
                : NameKind.Alias;
            foreach (var t in n.Find("translation"))
            {
                var latin = (t.Child("script") ?? "Latin").Equals("Latin", StringComparison.OrdinalIgnoreCase);
                b.AddName(t.Child("formattedFullName"), latin ? kind : NameKind.OriginalScript);
            }
        }

        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no primary name"));
            return null;
        }

        b.Schema = x.Find("entityType").FirstOrDefault()?.Value.Trim() switch
        {
            "Individual" => EntitySchema.Person,
            "Vessel" => EntitySchema.Vessel,
            "Aircraft" => EntitySchema.Aircraft,
            _ => OrganisationSchema.Guess(b.PrimaryName!),
        };
        foreach (var p in x.Find("sanctionsProgram"))
        {
            b.AddProgram(p.Value);
        }

        foreach (var f in x.Find("feature"))
        {
            var type = f.Child("type") ?? "";
            var value = f.Child("value");
            switch (type)
            {
                case "Vessel Flag":
                case "Other Vessel Flag":
                    b.AddFlag(value, isFormer: false);
                    break;
                case "Former Vessel Flag":
                    b.AddFlag(value, isFormer: true);
                    break;
                case "Vessel Call Sign":
                case "Other Vessel Call Sign":
                    if (value is not null)
                    {
                        b.AddIdentifier(IdentifierKind.CallSign, OfacRemarks.NormalizeCallSign(value));
                    }

                    break;
                case "MMSI":
                    AddMmsi(b, value, where, issues);
                    break;
                case "Vessel Owner":
                    b.AddOwner(value);
                    break;
            }
        }

        foreach (var d in x.Find("identityDocument"))
        {
            var type = d.Child("type") ?? "";
            var number = d.Child("documentNumber");
            if (type == "Vessel Registration Identification")
            {
                ImoIdentifier.Add(b, number, preferShip: b.Schema == EntitySchema.Vessel, where, issues);
            }
            else if (type == "MMSI")
            {
                AddMmsi(b, number, where, issues);
            }
        }

        return b.Build();
    }

    internal static void AddMmsi(EntityBuilder b, string? value, string where, List<ParseIssue> issues)
    {
        var digits = value is null ? "" : string.Concat(value.Where(char.IsAsciiDigit));
        if (digits.Length == 9)
        {
            b.AddIdentifier(IdentifierKind.Mmsi, digits);
        }
        else if (value is not null)
        {
            issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"MMSI '{value}' is not 9 digits (ITU-R M.585); dropped"));
        }
    }
}
