using System.Xml;
using System.Xml.Linq;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Ofac;

/// <summary>
/// Reads OFAC's SDN_ADVANCED.XML ("Advanced Sanctions Data Model", root <c>Sanctions</c>). Everything refers to
/// lookup tables by id, and the file is ordered so one streaming pass suffices: <c>ReferenceValueSets</c> (alias,
/// party, feature, document, country and sanctions-type values), <c>Locations</c>, <c>IDRegDocuments</c> (IMO numbers
/// as "Vessel Registration Identification", keyed by identity), <c>DistinctParties</c> (one Profile each: party
/// subtype, Identity/Alias/DocumentedName parts, Features with VersionDetail or VersionLocation), then
/// <c>SanctionsEntries</c> (programmes, joined by ProfileID at the end). Structure after OFAC's "SDN Advanced
/// Sanctions Data Model XML Explanatory Notes"; the test fixture is hand-made.
/// </summary>
public static class OfacAdvancedXmlParser
{
    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path) => XmlListFile.Load(path, ListSource.OfacSdn, (stream, name) => Load(stream, name));

    /// <summary>Reads a list from <paramref name="stream"/> in one streaming pass; a malformed record is skipped and counted, a malformed file rejected whole.</summary>
    /// <param name="stream">The list's bytes; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    /// <param name="limits">Bounds on records and sizes; null for the defaults.</param>
    public static ListLoadResult Load(Stream stream, string name, ListReaderLimits? limits = null)
    {
        var issues = new List<ParseIssue>();
        var refs = new AdvancedReferences();
        var builders = new Dictionary<string, EntityBuilder>();
        var order = new List<string>();
        try
        {
            using var reader = XmlListReading.Create(stream, limits ?? ListReaderLimits.Default);
            reader.MoveToContent();
            if (reader.LocalName != "Sanctions")
            {
                return ListLoadResult.Rejected(ListSource.OfacSdn, name, issues, $"root element is <{reader.LocalName}>, expected <Sanctions>");
            }

            var ordinal = 0;
            foreach (var x in XmlListReading.StreamRecords(reader, "ReferenceValueSets", "Location", "IDRegDocument", "DistinctParty", "SanctionsEntry"))
            {
                switch (x.Name.LocalName)
                {
                    case "ReferenceValueSets":
                        refs.ReadValueSets(x);
                        break;
                    case "Location":
                        refs.ReadLocation(x);
                        break;
                    case "IDRegDocument":
                        refs.ReadDocument(x);
                        break;
                    case "DistinctParty":
                        ordinal++;
                        var (profileId, b) = ReadParty(x, refs, $"{name} DistinctParty {ordinal}", issues);
                        if (b is not null && builders.TryAdd(profileId!, b))
                        {
                            order.Add(profileId!);
                        }

                        break;
                    case "SanctionsEntry":
                        if (x.Attr("ProfileID") is { } pid && builders.TryGetValue(pid, out var target))
                        {
                            foreach (var program in refs.Programs(x))
                            {
                                target.AddProgram(program);
                            }
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (XmlListReading.IsUnreadableXml(ex))
        {
            return ListLoadResult.Rejected(ListSource.OfacSdn, name, issues, XmlListReading.Reason(ex));
        }

        var entities = order.Select(id => builders[id].Build()).ToList();
        return ListLoadResult.Loaded(ListSource.OfacSdn, name, entities, issues);
    }

    static (string? ProfileId, EntityBuilder? Builder) ReadParty(XElement party, AdvancedReferences refs, string where, List<ParseIssue> issues)
    {
        var profile = party.Children("Profile").FirstOrDefault();
        var fixedRef = party.Attr("FixedRef");
        var profileId = profile?.Attr("ID");
        if (profile is null || fixedRef is null || profileId is null)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "DistinctParty without FixedRef or Profile ID"));
            return (null, null);
        }

        where = $"{where} ({fixedRef})";
        var b = new EntityBuilder(ListSource.OfacSdn, OfacSdnCsvParser.IdPrefix, fixedRef);
        foreach (var identity in profile.Children("Identity"))
        {
            foreach (var alias in identity.Children("Alias"))
            {
                var type = refs.Value("AliasType", alias.Attr("AliasTypeID"));
                var kind = alias.Attr("Primary") == "true" ? NameKind.Primary
                    : type == "F.K.A." ? NameKind.Former
                    : alias.Attr("LowQuality") == "true" ? NameKind.WeakAlias
                    : NameKind.Alias;
                foreach (var doc in alias.Children("DocumentedName"))
                {
                    b.AddName(string.Join(' ', doc.Find("NamePartValue").Select(v => v.Value.Trim())), kind);
                }
            }

            foreach (var (docType, number) in refs.DocumentsOf(identity.Attr("ID")))
            {
                if (docType == "Vessel Registration Identification")
                {
                    ImoIdentifier.Add(b, number, preferShip: true, where, issues);
                }
                else if (docType == "MMSI")
                {
                    OfacEnhancedXmlParser.AddMmsi(b, number, where, issues);
                }
            }
        }

        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no primary name"));
            return (null, null);
        }

        var subType = refs.Value("PartySubType", profile.Attr("PartySubTypeID"));
        var partyType = refs.PartyTypeOfSubType(profile.Attr("PartySubTypeID"));
        b.Schema = subType switch
        {
            "Vessel" => EntitySchema.Vessel,
            "Aircraft" => EntitySchema.Aircraft,
            _ when partyType == "Individual" => EntitySchema.Person,
            _ => OrganisationSchema.Guess(b.PrimaryName!),
        };
        foreach (var feature in profile.Children("Feature"))
        {
            var type = refs.Value("FeatureType", feature.Attr("FeatureTypeID"));
            foreach (var value in refs.FeatureValues(feature))
            {
                switch (type)
                {
                    case "Vessel Flag" or "Other Vessel Flag":
                        b.AddFlag(value, isFormer: false);
                        break;
                    case "Former Vessel Flag":
                        b.AddFlag(value, isFormer: true);
                        break;
                    case "Vessel Call Sign" or "Other Vessel Call Sign":
                        b.AddIdentifier(IdentifierKind.CallSign, OfacRemarks.NormalizeCallSign(value));
                        break;
                    case "MMSI":
                        OfacEnhancedXmlParser.AddMmsi(b, value, where, issues);
                        break;
                    case "Vessel Owner":
                        b.AddOwner(value);
                        break;
                }
            }
        }

        return (profileId, b);
    }
}
