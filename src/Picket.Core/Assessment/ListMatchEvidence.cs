namespace Picket.Core.Assessment;

/// <summary>How far a list hit identifies the hull itself, and so how much it may weigh in the risk.</summary>
public enum ListMatchStanding
{
    /// <summary>The hull is on the list: its IMO or MMSI is the listed one, or its name is backed by independent facts.</summary>
    Listing = 0,
    /// <summary>A name (or call sign) alone: shown to the analyst to check, weighs little, never high risk on its own.</summary>
    Lead = 1,
    /// <summary>Not a match: the broadcast IMO is another ship's than the listed one. Kept only as a remark.</summary>
    Note = 2,
}

/// <summary>A sanctions-list hit on a vessel, as the screening stage judged it.</summary>
/// <param name="ListSource">The list the entry is on (e.g. <c>OfacSdn</c>, <c>UnConsolidated</c>).</param>
/// <param name="EntryId">The entry's id on that list.</param>
/// <param name="EntryName">The entry's primary name.</param>
/// <param name="MatchedOn">"imo", "mmsi", "call_sign", "name", "former_name" or "owner".</param>
/// <param name="Score">How well the vessel's value matched the entry's, 0–1 (1 for an identifier).</param>
public sealed record ListMatchEvidence(string ListSource, string EntryId, string EntryName, string MatchedOn, double Score)
{
    /// <summary>Listing, lead or note; a caller that sets nothing asserts a listing (identifier hits, tests).</summary>
    public ListMatchStanding Standing { get; init; } = ListMatchStanding.Listing;

    /// <summary>The facts beyond the name that tie the vessel to the entry ("flag Panama", "call sign 9HNZ9", …).</summary>
    public IReadOnlyList<string> Corroboration { get; init; } = [];

    /// <summary>
    /// How much the facts in <see cref="Corroboration"/> weigh together: 0 none, 1 one common fact (a flag many ships
    /// share), 2 or more a strong tie (call sign, a second broadcast name of the same entry, the DPRK flag).
    /// </summary>
    public int CorroborationWeight { get; init; }

    /// <summary>Other list entries (distinct hulls) the vessel's name alone also matched: the more, the weaker each.</summary>
    public int NameRivals { get; init; }

    /// <summary>Why the hit is a lead or a note, in words for the analyst; null for a plain listing.</summary>
    public string? Note { get; init; }

    /// <summary>Two or more corroboration points: enough for a name match to weigh like a listing.</summary>
    public bool IsStronglyCorroborated => CorroborationWeight >= 2;
}
