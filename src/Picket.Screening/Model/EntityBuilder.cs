using Picket.Screening.Names;

namespace Picket.Screening.Model;

/// <summary>Collects one entry while a parser reads it; <see cref="Build"/> deduplicates and freezes it.</summary>
public sealed class EntityBuilder
{
    readonly List<EntityName> _names = [];
    readonly List<EntityIdentifier> _identifiers = [];
    readonly List<VesselFlag> _flags = [];
    readonly List<OwnerLink> _owners = [];
    readonly List<string> _programs = [];

    public EntityBuilder(ListSource source, string idPrefix, string sourceId)
    {
        Source = source;
        IdPrefix = idPrefix;
        SourceId = sourceId;
    }

    public ListSource Source { get; }

    public string IdPrefix { get; }

    public string SourceId { get; set; }

    public EntitySchema Schema { get; set; } = EntitySchema.LegalEntity;

    public string? Remarks { get; set; }

    public bool HasPrimaryName => _names.Exists(n => n.Kind == NameKind.Primary);

    public bool HasNames => _names.Count > 0;

    /// <summary>The first primary name added, if any.</summary>
    public string? PrimaryName => _names.Find(n => n.Kind == NameKind.Primary).Value;

    /// <summary>True when an IMO number that passes the ship check digit was added.</summary>
    public bool HasShipImo() => _identifiers.Exists(i => i.Kind == IdentifierKind.ImoShip);

    public EntityBuilder AddName(string? value, NameKind kind)
    {
        var v = Clean(value);
        if (v is not null)
        {
            _names.Add(new EntityName(v, kind));
        }

        return this;
    }

    public EntityBuilder AddIdentifier(IdentifierKind kind, string value)
    {
        _identifiers.Add(new EntityIdentifier(kind, value));
        return this;
    }

    public EntityBuilder AddFlag(string? country, bool isFormer)
    {
        var v = Clean(country);
        if (v is not null)
        {
            _flags.Add(new VesselFlag(v, isFormer));
        }

        return this;
    }

    public EntityBuilder AddOwner(string? name)
    {
        var v = Clean(name);
        if (v is not null)
        {
            _owners.Add(new OwnerLink(v, null));
        }

        return this;
    }

    public EntityBuilder AddProgram(string? program)
    {
        var v = Clean(program);
        if (v is not null)
        {
            _programs.Add(v);
        }

        return this;
    }

    /// <summary>Names kept per entry (<see cref="NameLimits.MaxNamesPerEntity"/> unless set); later names are counted and dropped.</summary>
    public int MaxNames { get; init; } = NameLimits.Default.MaxNamesPerEntity;

    /// <summary>
    /// Freezes the entry. Names are ordered primary first; exact duplicates (ignoring case) keep their strongest kind.
    /// At most <see cref="MaxNames"/> distinct names are kept; the number dropped is in
    /// <see cref="SanctionedEntity.NamesDropped"/>. Linear in the number of names: an entry with 200,000 aliases costs
    /// one pass, not 200,000² comparisons.
    /// </summary>
    public SanctionedEntity Build()
    {
        var names = new List<EntityName>(Math.Min(_names.Count, MaxNames));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dropped = 0;
        foreach (var n in _names.OrderBy(n => n.Kind))
        {
            if (!seen.Add(n.Value))
            {
                continue;
            }

            if (names.Count < MaxNames)
            {
                names.Add(n);
            }
            else
            {
                dropped++;
            }
        }

        return new SanctionedEntity(
            IdPrefix + "-" + SourceId, Source, SourceId, Schema,
            [.. names], [.. _identifiers.Distinct()], [.. _flags.Distinct()],
            [.. _owners.Distinct()], [.. _programs.Distinct()], Remarks)
        {
            NamesDropped = dropped,
        };
    }

    /// <summary>Trims and turns the placeholders lists use for "nothing" into null.</summary>
    internal static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var t = value.Trim();
        return t.Length == 0 || t == "-0-" ? null : t;
    }
}
