namespace Picket.Screening.Model;

/// <summary>
/// One list entry in a FollowTheMoney-like shape, whatever list it came from.
/// Immutable once built; parsers use <see cref="EntityBuilder"/>.
/// </summary>
public sealed class SanctionedEntity
{
    internal SanctionedEntity(
        string id, ListSource source, string sourceId, EntitySchema schema,
        EntityName[] names, EntityIdentifier[] identifiers, VesselFlag[] flags,
        OwnerLink[] owners, string[] programs, string? remarks)
    {
        Id = id;
        Source = source;
        SourceId = sourceId;
        Schema = schema;
        Names = names;
        Identifiers = identifiers;
        Flags = flags;
        Owners = owners;
        Programs = programs;
        Remarks = remarks;
    }

    /// <summary>Unique across lists: a source prefix and the list's own id, e.g. <c>ofac-20157</c>, <c>un-KPi.033</c>.</summary>
    public string Id { get; }

    /// <summary>The list the entry was read from.</summary>
    public ListSource Source { get; }

    /// <summary>The list's own id for the entry (OFAC ent_num, UN reference number, EU logical id…).</summary>
    public string SourceId { get; }

    /// <summary>What the entry describes: a person, a company, a vessel…</summary>
    public EntitySchema Schema { get; }

    /// <summary>All names; the first is the primary name.</summary>
    public IReadOnlyList<EntityName> Names { get; }

    /// <summary>Identifiers the list gives: IMO numbers (ship or company), MMSIs, call signs, UN reference numbers.</summary>
    public IReadOnlyList<EntityIdentifier> Identifiers { get; }

    /// <summary>A vessel's flags, current and former, as the list writes them.</summary>
    public IReadOnlyList<VesselFlag> Flags { get; }

    /// <summary>Owners and operators the list names, with the entry each resolves to when it is on a loaded list.</summary>
    public IReadOnlyList<OwnerLink> Owners { get; }

    /// <summary>Sanctions programmes or regimes (OFAC program codes, UN list type, EU programme…).</summary>
    public IReadOnlyList<string> Programs { get; }

    /// <summary>The list's free-text remarks, if any.</summary>
    public string? Remarks { get; }

    /// <summary>
    /// Distinct names the list gave beyond <see cref="Names.NameLimits.MaxNamesPerEntity"/>, not kept: a sign of a
    /// hostile or broken list file, reported with the load.
    /// </summary>
    public int NamesDropped { get; internal init; }

    /// <summary>The name the list files the entry under.</summary>
    public string Caption => Names.Count > 0 ? Names[0].Value : SourceId;

    /// <summary>Values of all identifiers of <paramref name="kind"/>.</summary>
    public IEnumerable<string> IdentifiersOf(IdentifierKind kind)
    {
        foreach (var id in Identifiers)
        {
            if (id.Kind == kind)
            {
                yield return id.Value;
            }
        }
    }

    /// <summary>A copy with <paramref name="owners"/> in place of <see cref="Owners"/> (owner links resolved after loading).</summary>
    internal SanctionedEntity WithOwners(OwnerLink[] owners) =>
        new(Id, Source, SourceId, Schema, [.. Names], [.. Identifiers], [.. Flags], owners, [.. Programs], Remarks) { NamesDropped = NamesDropped };

    /// <summary>Id, schema and caption, for logs and test messages.</summary>
    public override string ToString() => $"{Id} {Schema} {Caption}";
}
