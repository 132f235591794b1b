using System.Text.Json;
using Picket.Screening.Lists;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Web.Matching;

/// <summary>
/// Answers a yente match request with Screening's matcher over the loaded lists: every name of the example (name,
/// alias, previousName, weakAlias; a person's firstName + lastName) is screened with its identifiers (imoNumber, mmsi,
/// callSign), the best score per list entity is kept, and <c>match</c> is score ≥ threshold.
/// </summary>
internal static class YenteMatcher
{
    private const int MaxValuesPerProperty = 20;
    private const int MaxValueLength = 500;
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias"];

    /// <summary>The response, or the reason the request is malformed (a 400).</summary>
    public static MatchResponse? Match(SanctionsLists lists, MatchRequest request, MatchParameters p, out string? error)
    {
        error = null;
        if (request.Queries is not { Count: > 0 } queries)
        {
            error = "the body needs \"queries\": { \"key\": { \"schema\": …, \"properties\": { … } } }";
            return null;
        }
        if (queries.Count > MatchParameters.MaxQueries)
        {
            error = $"at most {MatchParameters.MaxQueries} queries per request";
            return null;
        }
        var responses = new Dictionary<string, EntityMatches>(StringComparer.Ordinal);
        foreach (var (key, example) in queries)
        {
            if (example is null || DatasetNames.Schema(example.Schema) is not { } schema)
            {
                error = $"query '{Trim(key)}': unknown schema '{Trim(example?.Schema ?? "")}' (Vessel, Person, Company, Organization, LegalEntity, Aircraft)";
                return null;
            }
            var properties = Clean(example.Properties);
            var results = Screen(lists, schema, properties, p);
            responses[key] = new EntityMatches(200, results, new TotalSpec(results.Count, "eq"), new EchoedQuery(example.Id, example.Schema!, properties));
        }
        return new MatchResponse(responses, new MatcherInfo("picket", p.Threshold,
            $"Picket's name and identifier matcher (asked for '{p.Algorithm}'); match = score >= threshold"), p.Limit);
    }

    private static List<ScoredEntity> Screen(SanctionsLists lists, EntitySchema schema, Dictionary<string, List<string>> props, MatchParameters p)
    {
        string? imo = First(props, "imoNumber"), mmsi = First(props, "mmsi"), callSign = First(props, "callSign");
        var names = NameProperties.SelectMany(n => props.GetValueOrDefault(n) ?? []).ToList();
        if (schema == EntitySchema.Person && First(props, "lastName") is { } last)
            names.Add(string.Join(' ', new[] { First(props, "firstName"), First(props, "middleName"), last }.Where(s => !string.IsNullOrWhiteSpace(s))));
        var queries = names.Count == 0 ? [new ScreeningQuery(null, schema, imo, mmsi, callSign)]
            : names.Distinct(StringComparer.Ordinal).Select(n => new ScreeningQuery(n, schema, imo, mmsi, callSign)).ToList();

        var best = new Dictionary<string, (ScreeningResult Result, string? QueryName)>(StringComparer.Ordinal);
        // Candidates beyond the limit are screened so the filters below cannot leave the answer short.
        int fetch = Math.Min(MatchParameters.MaxLimit, p.Limit + p.ExcludeEntityIds.Count + 10);
        foreach (var q in queries)
            foreach (var r in lists.Screener.Screen(q, p.Cutoff, fetch))
                if (!best.TryGetValue(r.Entity.Id, out var had) || r.Score > had.Result.Score) best[r.Entity.Id] = (r, q.Name);

        return [.. best.Values
            .Where(h => Allowed(h.Result.Entity, p))
            .OrderByDescending(h => h.Result.Score).ThenBy(h => h.Result.Entity.Id, StringComparer.Ordinal)
            .Take(p.Limit)
            .Select(h => Scored(h.Result, h.QueryName, p.Threshold, imo ?? mmsi ?? callSign))];
    }

    private static bool Allowed(SanctionedEntity e, MatchParameters p)
    {
        string dataset = DatasetNames.Of(e.Source);
        if (p.IncludeDatasets.Count > 0 && !p.IncludeDatasets.Contains(dataset)) return false;
        if (p.ExcludeDatasets.Contains(dataset)) return false;
        if (p.ExcludeSchemata.Contains(e.Schema.ToString())) return false;
        return !p.ExcludeEntityIds.Contains(e.Id);
    }

    private static ScoredEntity Scored(ScreeningResult r, string? queryName, double threshold, string? queryIdentifier)
    {
        var e = r.Entity;
        var explanation = r.Explanation;
        var identifierLines = explanation.Where(l => l.StartsWith("IMO ", StringComparison.Ordinal) || l.StartsWith("MMSI ", StringComparison.Ordinal)
            || l.StartsWith("call sign ", StringComparison.Ordinal)).ToList();
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        var explanations = new Dictionary<string, FeatureExplanation>(StringComparer.Ordinal);
        double score = Math.Round(r.Score, 4);
        if (identifierLines.Count > 0)
        {
            // nomenklatura's feature name for a vessel identifier hit (logic_v2/identifiers.py).
            string feature = e.Schema == EntitySchema.Vessel ? "vessel_imo_mmsi_match" : "identifier_match";
            features[feature] = 1.0;
            explanations[feature] = new FeatureExplanation(1.0, string.Join("; ", identifierLines), queryIdentifier, null);
        }
        if (r.MatchedName != null && queryName != null)
        {
            var rest = explanation.Except(identifierLines).ToList();
            double nameScore = identifierLines.Count == 0 ? score : Math.Round(NameScorer.Default.Compare(queryName, r.MatchedName).Score, 4);
            features["name_match"] = nameScore;
            explanations["name_match"] = new FeatureExplanation(nameScore, rest.Count > 0 ? string.Join("; ", rest) : "names compared", queryName, r.MatchedName);
        }
        return new ScoredEntity(e.Id, e.Caption, e.Schema.ToString(), Properties(e), [DatasetNames.Of(e.Source)], [], true,
            null, null, null, score, r.Score >= threshold, features, explanations, null);
    }

    /// <summary>A list entity's properties under FollowTheMoney's names.</summary>
    private static Dictionary<string, List<string>> Properties(SanctionedEntity e)
    {
        var props = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (!props.TryGetValue(key, out var list)) props[key] = list = [];
            if (!list.Contains(value)) list.Add(value);
        }
        foreach (var n in e.Names)
            Add(n.Kind switch { NameKind.Primary => "name", NameKind.Former => "previousName", NameKind.WeakAlias => "weakAlias", _ => "alias" }, n.Value);
        foreach (var id in e.Identifiers)
            Add(id.Kind switch
            {
                IdentifierKind.ImoShip => "imoNumber",
                IdentifierKind.ImoCompany => "imoNumber",
                IdentifierKind.Mmsi => "mmsi",
                IdentifierKind.CallSign => "callSign",
                _ => "registrationNumber",
            }, id.Kind is IdentifierKind.ImoShip or IdentifierKind.ImoCompany ? "IMO" + id.Value : id.Value);
        foreach (var f in e.Flags) Add(f.IsFormer ? "pastFlags" : "flag", f.Country.ToLowerInvariant());
        foreach (var program in e.Programs) Add("program", program);
        if (!string.IsNullOrEmpty(e.Remarks)) Add("notes", e.Remarks);
        return props;
    }

    /// <summary>Strings (or lists of strings and numbers) only, bounded in count and length: the body is untrusted.</summary>
    private static Dictionary<string, List<string>> Clean(Dictionary<string, JsonElement>? properties)
    {
        var clean = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (properties == null) return clean;
        foreach (var (key, value) in properties.Take(50))
        {
            var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            var list = values.Select(Text).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Length > MaxValueLength ? v[..MaxValueLength] : v!)
                .Take(MaxValuesPerProperty).ToList();
            if (list.Count > 0) clean[key.Length > 100 ? key[..100] : key] = list;
        }
        return clean;

        static string? Text(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()?.Trim(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? First(Dictionary<string, List<string>> props, string key) => props.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    private static string Trim(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
