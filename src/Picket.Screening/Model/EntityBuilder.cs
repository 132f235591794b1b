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

    /// <summary>Starts an entry of <paramref name="source"/>.</summary>
    /// <param name="source">The list being read.</param>
    /// <param name="idPrefix">The source's id prefix (<c>un</c>, <c>ofac</c>, …), so ids are unique across lists.</param>
    /// <param name="sourceId">The list's own id for the entry.</param>
    public EntityBuilder(ListSource source, string idPrefix, string sourceId)
    {
        Source = source;
        IdPrefix = idPrefix;
        SourceId = sourceId;
    }

    /// <summary>The list being read.</summary>
    public ListSource Source { get; }

    /// <summary>The source's id prefix; the entity's id is the prefix, a dash and <see cref="SourceId"/>.</summary>
    public string IdPrefix { get; }

    /// <summary>The list's own id for the entry; settable for formats that give it after the names.</summary>
    public string SourceId { get; set; }

    /// <summary>What the entry describes; <see cref="EntitySchema.LegalEntity"/> until the list says more.</summary>
    public EntitySchema Schema { get; set; } = EntitySchema.LegalEntity;

    /// <summary>The list's free-text remarks on the entry, if any.</summary>
    public string? Remarks { get; set; }

    /// <summary>True once a <see cref="NameKind.Primary"/> name was added.</summary>
    public bool HasPrimaryName => _names.Exists(n => n.Kind == NameKind.Primary);

    /// <summary>True once any name was added.</summary>
    public bool HasNames => _names.Count > 0;

    /// <summary>The first primary name added, if any.</summary>
    public string? PrimaryName => _names.Find(n => n.Kind == NameKind.Primary).Value;

    /// <summary>True when an IMO number that passes the ship check digit was added.</summary>
    public bool HasShipImo() => _identifiers.Exists(i => i.Kind == IdentifierKind.ImoShip);

    /// <summary>Adds a name, trimmed; a blank value or OFAC's <c>-0-</c> placeholder is ignored.</summary>
    /// <param name="value">The name as the list writes it.</param>
    /// <param name="kind">Primary, alias, weak alias or former name.</param>
    public EntityBuilder AddName(string? value, NameKind kind)
    {
        var v = Clean(value);
        if (v is not null)
        {
            _names.Add(new EntityName(v, kind));
        }

        return this;
    }

    /// <summary>Adds an identifier as given (callers normalise and check it: an IMO number's check digit, an MMSI's nine digits).</summary>
    /// <param name="kind">What the identifier is.</param>
    /// <param name="value">Its value.</param>
    public EntityBuilder AddIdentifier(IdentifierKind kind, string value)
    {
        _identifiers.Add(new EntityIdentifier(kind, value));
        return this;
    }

    /// <summary>Adds a vessel's flag, trimmed; blank is ignored.</summary>
    /// <param name="country">The flag state as the list writes it (a name or a code).</param>
    /// <param name="isFormer">True for a flag the vessel flew before.</param>
    public EntityBuilder AddFlag(string? country, bool isFormer)
    {
        var v = Clean(country);
        if (v is not null)
        {
            _flags.Add(new VesselFlag(v, isFormer));
        }

        return this;
    }

    /// <summary>Adds an owner or operator by name, trimmed; blank is ignored. Resolved to an entry after loading.</summary>
    /// <param name="name">The owner's name as the list writes it.</param>
    public EntityBuilder AddOwner(string? name)
    {
        var v = Clean(name);
        if (v is not null)
        {
            _owners.Add(new OwnerLink(v, null));
        }

        return this;
    }

    /// <summary>Adds a sanctions programme or regime, trimmed; blank is ignored.</summary>
    /// <param name="program">The programme as the list writes it (OFAC code, UN list type, EU regime…).</param>
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
