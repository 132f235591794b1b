using System.Xml.Linq;

namespace Picket.Screening.Lists.Ofac;

/// <summary>The lookup tables of an SDN Advanced file: reference values by set and id, locations, identity documents.</summary>
internal sealed class AdvancedReferences
{
    readonly Dictionary<(string Set, string Id), string> _values = [];
    readonly Dictionary<string, string> _partyTypeOfSubType = [];
    readonly Dictionary<string, string> _locationCountry = [];
    readonly Dictionary<string, List<(string Type, string Number)>> _documents = [];

    /// <summary>Reads e.g. <c>&lt;AliasTypeValues&gt;&lt;AliasType ID="1401"&gt;F.K.A.&lt;/AliasType&gt;</c> into ("AliasType", "1401") → "F.K.A.".</summary>
    public void ReadValueSets(XElement sets)
    {
        foreach (var set in sets.Elements())
        {
            foreach (var v in set.Elements())
            {
                if (v.Attr("ID") is { } id)
                {
                    _values[(v.Name.LocalName, id)] = v.Value.Trim();
                    if (v.Name.LocalName == "PartySubType" && v.Attr("PartyTypeID") is { } pt)
                    {
                        _partyTypeOfSubType[id] = pt;
                    }
                }
            }
        }
    }

    public void ReadLocation(XElement location)
    {
        var id = location.Attr("ID");
        var country = location.Find("LocationCountry").FirstOrDefault()?.Attr("CountryID");
        if (id is not null && Value("Country", country) is { } name)
        {
            _locationCountry[id] = name;
        }
    }

    public void ReadDocument(XElement doc)
    {
        var identity = doc.Attr("IdentityID");
        var type = Value("IDRegDocType", doc.Attr("IDRegDocTypeID"));
        var number = doc.Child("IDRegistrationNo");
        if (identity is null || type is null || number is null)
        {
            return;
        }

        if (!_documents.TryGetValue(identity, out var list))
        {
            _documents[identity] = list = [];
        }

        list.Add((type, number));
    }

    public string? Value(string set, string? id) =>
        id is not null && _values.TryGetValue((set, id), out var v) ? v : null;

    public string? PartyTypeOfSubType(string? subTypeId) =>
        subTypeId is not null && _partyTypeOfSubType.TryGetValue(subTypeId, out var pt) ? Value("PartyType", pt) : null;

    public IEnumerable<(string Type, string Number)> DocumentsOf(string? identityId) =>
        identityId is not null && _documents.TryGetValue(identityId, out var list) ? list : [];

    /// <summary>A feature's values: VersionDetail texts, or the country of a VersionLocation.</summary>
    public IEnumerable<string> FeatureValues(XElement feature)
    {
        foreach (var d in feature.Find("VersionDetail"))
        {
            var v = d.Value.Trim();
            if (v.Length > 0)
            {
                yield return v;
            }
        }

        foreach (var l in feature.Find("VersionLocation"))
        {
            if (l.Attr("LocationID") is { } id && _locationCountry.TryGetValue(id, out var country))
            {
                yield return country;
            }
        }
    }

    /// <summary>Programme codes of a SanctionsEntry: the Comment of each measure whose type is "Program".</summary>
    public IEnumerable<string> Programs(XElement entry)
    {
        foreach (var m in entry.Find("SanctionsMeasure"))
        {
            if (Value("SanctionsType", m.Attr("SanctionsTypeID")) == "Program" && m.Child("Comment") is { } c)
            {
                yield return c;
            }
        }
    }
}
