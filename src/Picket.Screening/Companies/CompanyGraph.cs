using Picket.Screening.Lists;
using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Companies;

/// <summary>
/// Ships and the companies behind them, from two sources: the lists (a vessel entry's owner links: OFAC "Linked To" and
/// Vess_owner, UK CurrentOwnerOperator, FtM <c>owner</c>) and a user's registry (<see cref="RegistryCsvReader"/>). Each
/// company is screened against the lists (<see cref="CompanyMatcher"/>), so a ship leads to a listed company by a path
/// vessel → role → company → list entry. Read-only once built; lookups are by hull (<c>imo:</c> key) or by the list
/// entry of a vessel.
/// </summary>
public sealed class CompanyGraph
{
    readonly Dictionary<string, CompanyNode> _companies = new(StringComparer.Ordinal);
    readonly List<VesselCompanyLink> _links = [];
    readonly HashSet<VesselCompanyLink> _linkSet = [];
    readonly Dictionary<string, List<int>> _byVessel = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<int>> _byCompany = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _vesselKeyOfEntry = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _vesselNames = new(StringComparer.Ordinal);
    // list entry id → company nodes answering to it (the entry's own node and registry names matched to it)
    readonly Dictionary<string, List<string>> _nodesOfEntry = new(StringComparer.Ordinal);

    CompanyGraph()
    {
    }

    /// <summary>A graph with no company and no link (no lists, no registry).</summary>
    public static CompanyGraph Empty { get; } = new();

    /// <summary>Every company node: listed companies and the names registries and lists give, each once by key.</summary>
    public IReadOnlyCollection<CompanyNode> Companies => _companies.Values;

    /// <summary>Every ship–company edge, from the lists and the registry.</summary>
    public IReadOnlyList<VesselCompanyLink> Links => _links;

    /// <summary>Owner links of list vessels whose text names no list entry (kept as unlisted companies by name).</summary>
    public int UnresolvedListLinks { get; private set; }

    /// <summary>Builds the graph from loaded lists (their owner links) and an optional registry, matching names with the lists' screener.</summary>
    /// <param name="lists">The loaded lists.</param>
    /// <param name="registry">The registry's links; null for none.</param>
    /// <param name="registryName">The registry's name, as each of its edges' source.</param>
    public static CompanyGraph Build(SanctionsLists lists, IEnumerable<RegistryLink>? registry = null, string registryName = "registry") =>
        Build(lists.Entities, new CompanyMatcher(lists.Screener), registry, registryName);

    /// <summary>Builds the graph from list entries and an optional registry, matching company names with <paramref name="matcher"/>.</summary>
    /// <param name="entities">The list entries: vessels give owner links, companies become nodes.</param>
    /// <param name="matcher">Finds the list entries a company name answers to.</param>
    /// <param name="registry">The registry's links; null for none.</param>
    /// <param name="registryName">The registry's name, as each of its edges' source.</param>
    public static CompanyGraph Build(IReadOnlyList<SanctionedEntity> entities, CompanyMatcher matcher, IEnumerable<RegistryLink>? registry = null,
        string registryName = "registry")
    {
        var g = new CompanyGraph();
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var vessel in entities.Where(e => e.Schema == EntitySchema.Vessel))
        {
            var key = VesselKey(vessel);
            g._vesselKeyOfEntry[vessel.Id] = key;
            g._vesselNames.TryAdd(key, vessel.Caption);
            foreach (var owner in vessel.Owners)
            {
                string company;
                if (owner.TargetId is { } target && byId.TryGetValue(target, out var entry) && CompanyMatcher.IsCompany(entry.Schema))
                {
                    company = g.AddEntryNode(entry);
                }
                else
                {
                    g.UnresolvedListLinks++;
                    company = g.AddNameNode(owner.Name, matcher);
                }

                // OFAC's own words for the link; other lists give an owner or operator field.
                var how = vessel.Source == ListSource.OfacSdn ? "Linked To" : "owner";
                g.AddLink(new VesselCompanyLink(key, CompanyRole.ListedLink, company, null, null, $"{vessel.Id} {how}"));
            }
        }

        foreach (var r in registry ?? [])
        {
            var company = g.AddNameNode(r.Company, matcher);
            g.AddLink(new VesselCompanyLink(VesselCompanyLink.ImoKey(r.Imo), r.Role, company, r.From, r.To, $"{registryName} line {r.Line}"));
        }

        return g;
    }

    /// <summary>The company with <paramref name="key"/>; null when there is none.</summary>
    /// <param name="key">A company key, as in <see cref="VesselCompanyLink.CompanyKey"/>.</param>
    public CompanyNode? Company(string key) => _companies.GetValueOrDefault(key);

    /// <summary>The vessel key of a list vessel entry (its IMO when the list gives one).</summary>
    public string? VesselKeyOf(string entryId) => _vesselKeyOfEntry.GetValueOrDefault(entryId);

    /// <summary>The list's name for a vessel key, when a list names the ship.</summary>
    public string? VesselName(string vesselKey) => _vesselNames.GetValueOrDefault(vesselKey);

    /// <summary>Companies behind one ship, listed or not.</summary>
    public IReadOnlyList<VesselCompanyLink> LinksOf(string vesselKey) =>
        _byVessel.TryGetValue(vesselKey, out var ix) ? [.. ix.Select(i => _links[i])] : [];

    /// <summary>
    /// Every ship linked to <paramref name="companyKey"/>, and, when the key is a list entry, to every registry name
    /// that answers to it: the company's fleet, ships under one manager shown together.
    /// </summary>
    public IReadOnlyList<VesselCompanyLink> ShipsOf(string companyKey)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { companyKey };
        if (_nodesOfEntry.TryGetValue(companyKey, out var nodes))
        {
            keys.UnionWith(nodes);
        }

        return [.. keys.Where(_byCompany.ContainsKey).SelectMany(k => _byCompany[k]).Order().Select(i => _links[i])];
    }

    /// <summary>
    /// The paths from a ship to listed companies: by its IMO numbers and by the list entries it was identified as.
    /// One path per (role, company, list entry, source).
    /// </summary>
    public IReadOnlyList<CompanyPath> PathsFor(IEnumerable<string> imos, IEnumerable<string> vesselEntryIds)
    {
        var keys = imos.Select(VesselCompanyLink.ImoKey)
            .Concat(vesselEntryIds.Select(VesselKeyOf).OfType<string>())
            .Distinct(StringComparer.Ordinal);
        var paths = new List<CompanyPath>();
        var seen = new HashSet<(CompanyRole, string, string, string)>();
        foreach (var link in keys.SelectMany(LinksOf))
        {
            var company = _companies[link.CompanyKey];
            foreach (var entry in company.ListEntries)
            {
                if (seen.Add((link.Role, company.Key, entry.EntryId, link.Source)))
                {
                    paths.Add(new CompanyPath(link.Role, company, entry, link.From, link.To, link.Source));
                }
            }
        }

        return paths;
    }

    /// <summary>Companies whose key is <paramref name="text"/>, or whose name matches it (folded, then by the matcher's list entries).</summary>
    public IReadOnlyList<CompanyNode> Find(string text, CompanyMatcher? matcher = null)
    {
        if (_companies.TryGetValue(text, out var exact))
        {
            return [exact];
        }

        var fold = NameNormalizer.Fold(text);
        var hits = _companies.Values.Where(c => NameNormalizer.Fold(c.Name) == fold).ToList();
        if (hits.Count == 0 && matcher is not null)
        {
            var entries = matcher.Match(text).Select(m => m.EntryId).ToHashSet(StringComparer.Ordinal);
            hits = [.. _companies.Values.Where(c => c.ListEntries.Any(e => entries.Contains(e.EntryId)))];
        }

        return [.. hits.OrderBy(c => c.Key, StringComparer.Ordinal)];
    }

    static string VesselKey(SanctionedEntity vessel) =>
        vessel.IdentifiersOf(IdentifierKind.ImoShip).Order(StringComparer.Ordinal).FirstOrDefault() is { } imo
            ? VesselCompanyLink.ImoKey(imo)
            : vessel.Id;

    string AddEntryNode(SanctionedEntity entry)
    {
        if (!_companies.ContainsKey(entry.Id))
        {
            _companies[entry.Id] = new CompanyNode(entry.Id, entry.Caption, [CompanyMatcher.Of(entry, 1.0)]);
            Answers(entry.Id, entry.Id);
        }

        return entry.Id;
    }

    string AddNameNode(string name, CompanyMatcher matcher)
    {
        var key = "name:" + NameNormalizer.Fold(name);
        if (!_companies.ContainsKey(key))
        {
            var matches = matcher.Match(name);
            _companies[key] = new CompanyNode(key, name, matches);
            foreach (var m in matches)
            {
                Answers(m.EntryId, key);
            }
        }

        return key;
    }

    void Answers(string entryId, string nodeKey)
    {
        if (!_nodesOfEntry.TryGetValue(entryId, out var list))
        {
            _nodesOfEntry[entryId] = list = [];
        }

        list.Add(nodeKey);
    }

    void AddLink(VesselCompanyLink link)
    {
        if (!_linkSet.Add(link))
        {
            return;
        }

        _links.Add(link);
        Index(_byVessel, link.VesselKey);
        Index(_byCompany, link.CompanyKey);
    }

    void Index(Dictionary<string, List<int>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(_links.Count - 1);
    }
}
