using Picket.Screening.Model;

namespace Picket.Screening.Companies;

/// <summary>
/// A list entry a company answers to: the entry itself when the list named the company (score 1), or the screener's
/// match of the name as a registry wrote it ("Profinet Pte. Ltd." → OFAC 24516 "PROFINET PTE. LTD.").
/// </summary>
/// <param name="EntryId">The entry's id in Picket (source prefix and the list's own id).</param>
/// <param name="EntryName">The entry's name.</param>
/// <param name="List">The list it is on.</param>
/// <param name="Score">How surely the company answers to it, in [0, 1].</param>
/// <param name="Programs">The entry's sanctions programmes.</param>
public readonly record struct CompanyListMatch(string EntryId, string EntryName, ListSource List, double Score, IReadOnlyList<string> Programs);

/// <summary>
/// A company in the graph: a list entry (key = the entry id), or a name read from a registry or from a list's owner text
/// that no entry carries (key = <c>name:</c> and the folded name, so spellings that fold alike are one node).
/// </summary>
/// <param name="Key">The node's key, as above.</param>
/// <param name="Name">The company's name: the entry's, or the first spelling read.</param>
/// <param name="ListEntries">The list entries it answers to; empty when unlisted.</param>
public sealed record CompanyNode(string Key, string Name, IReadOnlyList<CompanyListMatch> ListEntries)
{
    /// <summary>The company is on a list or answers to a list entry.</summary>
    public bool IsListed => ListEntries.Count > 0;
}
