using System.Text.Json;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.OpenSanctions;

/// <summary>
/// Reads OpenSanctions' FollowTheMoney entity export (JSON lines, e.g. entities.ftm.json): one object per line with
/// <c>id</c>, <c>schema</c>, <c>properties</c> (each a list of strings) and <c>datasets</c>. Person, Company,
/// Organization, LegalEntity, Vessel and Airplane become entities; other schemata (Sanction, Address, Ownership…)
/// describe those and are passed over, counted in <see cref="ListLoadResult"/> as nothing, except Ownership
/// (<c>owner</c> → <c>asset</c>), which becomes an owner link of the asset, so a vessel leads to its owning company
/// whichever line comes first. Properties used: name, alias, weakAlias, previousName, imoNumber, mmsi, callSign, flag,
/// pastFlags, programId, program, owner, operator, notes.
/// </summary>
public static class FtmJsonLinesParser
{
    /// <summary>Prefix of the entity ids read from the FollowTheMoney export (<c>os-</c> and the list's own id).</summary>
    public const string IdPrefix = "os";

    /// <summary>Longest line accepted; an entity line beyond this is skipped as malformed, without ever being held whole (bounded memory).</summary>
    public const int MaxLineLength = 4 * 1024 * 1024;

    /// <summary>Owners kept per asset from Ownership records; real assets have a handful.</summary>
    public const int MaxOwnersPerAsset = 100;

    /// <summary>Reads the list file at <paramref name="path"/>; a file that cannot be opened is a rejected result, not an exception.</summary>
    /// <param name="path">The list file.</param>
    public static ListLoadResult Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Load(reader, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ListLoadResult.Rejected(ListSource.OpenSanctions, path, [], "cannot read file: " + ex.Message);
        }
    }

    /// <summary>Reads FollowTheMoney entities, one JSON object per line; a malformed or overlong line is skipped and counted.</summary>
    /// <param name="reader">The export's text; left open.</param>
    /// <param name="name">The name to report issues under (usually the path).</param>
    public static ListLoadResult Load(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entities = new List<SanctionedEntity>();
        var issues = new List<ParseIssue>();
        var lineNo = 0;
        var owned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lines = new BoundedLineReader(reader, MaxLineLength);
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            lineNo++;
            var where = $"{name} line {lineNo}";
            if (tooLong)
            {
                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, $"line longer than {MaxLineLength} characters"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                ReadOwnership(doc.RootElement, owned);
                var e = Read(doc.RootElement, where, issues);
                if (e is not null)
                {
                    entities.Add(e);
                }
            }
            catch (JsonException ex)
            {
                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "malformed JSON: " + ex.Message));
            }
        }

        return ListLoadResult.Loaded(ListSource.OpenSanctions, name, WithOwnerships(entities, owned), issues);
    }

    /// <summary>An FtM Ownership record (an Interval: owner, asset): remembered by asset id, applied after the last line.</summary>
    static void ReadOwnership(JsonElement root, Dictionary<string, List<string>> owned)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String
            || schema.GetString() != "Ownership" || !root.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var asset in Values(props, "asset"))
        {
            if (!owned.TryGetValue(asset, out var owners))
            {
                owned[asset] = owners = [];
            }

            // Bounded like a name list: a hostile file cannot make one asset hold millions of owners.
            owners.AddRange(Values(props, "owner").Take(Math.Max(0, MaxOwnersPerAsset - owners.Count)));
        }
    }

    static List<SanctionedEntity> WithOwnerships(List<SanctionedEntity> entities, Dictionary<string, List<string>> owned)
    {
        if (owned.Count == 0)
        {
            return entities;
        }

        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (owned.TryGetValue(e.SourceId, out var owners))
            {
                var links = e.Owners.Concat(owners.Select(o => new OwnerLink(o, null))).Distinct().ToArray();
                entities[i] = e.WithOwners(links);
            }
        }

        return entities;
    }

    static SanctionedEntity? Read(JsonElement root, string where, List<ParseIssue> issues)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var idEl) || idEl.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("schema", out var schemaEl) || schemaEl.ValueKind != JsonValueKind.String)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "not an object with string 'id' and 'schema'"));
            return null;
        }

        EntitySchema? schema = schemaEl.GetString() switch
        {
            "Person" => EntitySchema.Person,
            "Company" => EntitySchema.Company,
            "Organization" => EntitySchema.Organization,
            "LegalEntity" => EntitySchema.LegalEntity,
            "Vessel" => EntitySchema.Vessel,
            "Airplane" => EntitySchema.Aircraft,
            _ => null,
        };
        if (schema is null)
        {
            return null; // a Sanction, Address, Ownership… record: not a thing to screen against
        }

        var id = idEl.GetString()!;
        where = $"{where} ({id})";
        var b = new EntityBuilder(ListSource.OpenSanctions, IdPrefix, id) { Schema = schema.Value };
        var props = root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        foreach (var v in Values(props, "name"))
        {
            b.AddName(v, b.HasPrimaryName ? NameKind.Alias : NameKind.Primary);
        }

        Add(b, props, "alias", NameKind.Alias);
        Add(b, props, "weakAlias", NameKind.WeakAlias);
        Add(b, props, "previousName", NameKind.Former);
        if (!b.HasPrimaryName)
        {
            issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "no 'name' property"));
            return null;
        }

        foreach (var v in Values(props, "imoNumber"))
        {
            ImoIdentifier.Add(b, v, preferShip: schema == EntitySchema.Vessel, where, issues);
        }

        foreach (var v in Values(props, "mmsi"))
        {
            Ofac.OfacEnhancedXmlParser.AddMmsi(b, v, where, issues);
        }

        foreach (var v in Values(props, "callSign"))
        {
            b.AddIdentifier(IdentifierKind.CallSign, Ofac.OfacRemarks.NormalizeCallSign(v));
        }

        foreach (var v in Values(props, "flag"))
        {
            b.AddFlag(v, isFormer: false);
        }

        foreach (var v in Values(props, "pastFlags"))
        {
            b.AddFlag(v, isFormer: true);
        }

        foreach (var v in Values(props, "programId").Concat(Values(props, "program")))
        {
            b.AddProgram(v);
        }

        foreach (var v in Values(props, "owner").Concat(Values(props, "operator")))
        {
            b.AddOwner(v);
        }

        b.Remarks = Values(props, "notes").FirstOrDefault();
        return b.Build();
    }

    static void Add(EntityBuilder b, JsonElement props, string property, NameKind kind)
    {
        foreach (var v in Values(props, property))
        {
            b.AddName(v, kind);
        }
    }

    /// <summary>String values of a property; FtM properties are lists, a lone string is accepted too.</summary>
    static IEnumerable<string> Values(JsonElement props, string property)
    {
        if (props.ValueKind != JsonValueKind.Object || !props.TryGetProperty(property, out var v))
        {
            yield break;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            yield return v.GetString()!;
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return item.GetString()!;
                }
            }
        }
    }
}
