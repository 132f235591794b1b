using System.Globalization;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Reporting;
using Picket.Reporting.Html;
using Picket.Screening.Companies;
using Picket.Screening.Lists;
using Picket.Screening.Matching;
using Picket.Store;
using Picket.Store.Results;

namespace Picket.Analysis;

/// <summary>
/// The companies stage of <c>picket analyze</c>: reads the registry (<c>--registry</c>), builds the company graph over it
/// and the lists' owner links, and gives each vessel the companies behind it, by the IMO numbers it broadcast and the
/// list entries it was identified as, with the paths to listed companies that feed its risk.
/// </summary>
internal sealed class CompanyLinks
{
    private readonly CompanyGraph _graph;
    private readonly Dictionary<string, uint> _seen = new(StringComparer.Ordinal); // vessel key → MMSI analyze saw under it

    private CompanyLinks(CompanyGraph graph) => _graph = graph;

    public CompanyGraph Graph => _graph;

    /// <summary>Loads the registry (when given) and builds the graph; a registry that cannot be used stops the run, bad rows are counted.</summary>
    public static CompanyLinks Load(string? registryPath, SanctionsLists? lists, AnalysisSummary summary, Action<string> notice)
    {
        RegistryLoadResult? registry = null;
        if (registryPath != null)
        {
            if (!File.Exists(registryPath)) throw AnalysisException.Input($"--registry {registryPath}: no such file");
            registry = RegistryCsvReader.Load(registryPath);
            if (!registry.Succeeded) throw AnalysisException.Input($"--registry {registryPath}: {registry.Rejected}");
            summary.Registry = Describe(registry);
            foreach (var m in registry.Messages.Take(5)) notice($"registry {m}");
        }
        if (lists == null && registry == null) return new CompanyLinks(CompanyGraph.Empty);
        var entities = lists?.Entities ?? [];
        var matcher = new CompanyMatcher(lists?.Screener ?? new Screener([]));
        return new CompanyLinks(CompanyGraph.Build(entities, matcher, registry?.Links, Path.GetFileName(registryPath) ?? "registry"));
    }

    /// <summary>The companies behind one vessel: by every IMO it broadcast and every list entry it is a listing of.</summary>
    public IReadOnlyList<VesselCompany> For(VesselRecord record, IReadOnlyList<ListMatchEvidence> matches)
    {
        if (_graph.Links.Count == 0) return [];
        var keys = record.History.Select(h => h.Imo).OfType<int>().Distinct()
            .Select(i => VesselCompanyLink.ImoKey(i.ToString("D7", CultureInfo.InvariantCulture)))
            .Concat(matches.Where(m => m.Standing == ListMatchStanding.Listing).Select(m => _graph.VesselKeyOf(m.EntryId)).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        var result = new List<VesselCompany>();
        foreach (var key in keys)
        {
            var links = _graph.LinksOf(key);
            if (links.Count > 0) _seen.TryAdd(key, record.Mmsi.Value);
            foreach (var l in links)
            {
                var company = _graph.Company(l.CompanyKey)!;
                var role = CompanyRoles.Name(l.Role);
                var paths = company.ListEntries.Select(e => new CompanyLinkEvidence(role, company.Name, e.List.ToString(), e.EntryId, e.EntryName, e.Score, l.From, l.To, l.Source)).ToList();
                result.Add(new VesselCompany(role, company.Key, company.Name, l.From, l.To, l.Source, paths));
            }
        }
        return [.. result.DistinctBy(c => (c.Role, c.CompanyKey, c.Source)).OrderByDescending(c => c.IsListed).ThenBy(c => c.Role, StringComparer.Ordinal)];
    }

    /// <summary>Writes every company and link into the store, with the MMSI analyze saw under each hull.</summary>
    public void WriteStore(StoreDatabase store)
    {
        var companies = _graph.Companies.Select(c => new CompanyRow(c.Key, c.Name, [.. c.ListEntries.Select(e => new CompanyEntryRow(e.List.ToString(), e.EntryId, e.EntryName, e.Score))]));
        var links = _graph.Links.Select(l => new VesselCompanyRow(l.VesselKey, Imo(l.VesselKey), _seen.TryGetValue(l.VesselKey, out var m) ? m : null,
            _graph.VesselName(l.VesselKey), CompanyRoles.Name(l.Role), l.CompanyKey, l.From, l.To, l.Source));
        CompanyResults.Write(store, companies, links);
    }

    /// <summary>
    /// The report's companies: each company a seen vessel leads to, with every ship the lists and registry give it (seen
    /// or not): ships under one manager shown together.
    /// </summary>
    public IReadOnlyList<ReportCompany> ForReport(IReadOnlyList<ReportVessel> vessels)
    {
        var byKey = vessels.Where(v => v.Companies.Count > 0).ToList();
        var riskByMmsi = vessels.ToDictionary(v => v.Mmsi);
        var keys = byKey.SelectMany(v => v.Companies).Where(c => c.IsListed).Select(c => c.CompanyKey).Distinct(StringComparer.Ordinal);
        var report = new List<ReportCompany>();
        foreach (var key in keys)
        {
            var company = _graph.Company(key)!;
            var ships = _graph.ShipsOf(key).Select(l =>
            {
                uint? mmsi = _seen.TryGetValue(l.VesselKey, out var m) ? m : null;
                var seen = mmsi is { } x ? riskByMmsi.GetValueOrDefault(x) : null;
                return new ReportCompanyShip(l.VesselKey, seen?.Name ?? _graph.VesselName(l.VesselKey), mmsi, CompanyRoles.Name(l.Role), _graph.Company(l.CompanyKey)!.Name,
                    l.From, l.To, l.Source, seen?.Risk.Score, seen?.Risk.IsHighRisk ?? false);
            }).ToList();
            report.Add(new ReportCompany(key, company.Name, [.. company.ListEntries.Select(e => $"{e.List} {e.EntryId} \"{e.EntryName}\" ({e.Score.ToString("0.00", CultureInfo.InvariantCulture)})")], ships));
        }
        return [.. report.OrderByDescending(c => c.Ships.Count(s => s.Mmsi != null)).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static int? Imo(string vesselKey) =>
        vesselKey.StartsWith("imo:", StringComparison.Ordinal) && int.TryParse(vesselKey.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static string Describe(RegistryLoadResult r)
    {
        var text = $"{Path.GetFileName(r.Name)}: {r.Rows:N0} rows, {r.Links.Count:N0} company roles";
        if (r.BadRows > 0) text += $", {r.BadRows:N0} bad rows ({string.Join("; ", r.BadRowsByReason.Select(kv => $"{kv.Key}: {kv.Value}"))})";
        return text;
    }
}
