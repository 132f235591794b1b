using System.Collections.Frozen;
using System.Globalization;
using Picket.Core.Vessels;
using Picket.Screening.Names;
using Picket.Store;

namespace Picket.Web.Vessels;

/// <summary>
/// Every vessel of the store with what a search needs (latest identity, every name it used, risk), held in memory:
/// one row per hull, so it grows with the fleet and not with positions, and a lookup costs no database round trip.
/// Rebuilt after an analysis writes into the store.
/// </summary>
internal sealed class VesselDirectory
{
    private VesselDirectory(IReadOnlyList<DirectoryVessel> vessels)
    {
        Vessels = vessels;
        ByMmsi = vessels.ToFrozenDictionary(v => v.Mmsi);
    }

    /// <summary>Highest risk first, then by name (the order of every answer).</summary>
    public IReadOnlyList<DirectoryVessel> Vessels { get; }

    public FrozenDictionary<uint, DirectoryVessel> ByMmsi { get; }

    public static VesselDirectory Empty { get; } = new([]);

    public static VesselDirectory Load(StoreDatabase store)
    {
        // Latest non-null identity fields per hull, every name it used, and the stored risk; hulls that were assessed but
        // sent no identity report (vessel_risk only) are kept too.
        const string sql = """
            WITH ident AS (
                SELECT mmsi,
                       arg_max(imo, last_seen) FILTER (WHERE imo IS NOT NULL) AS imo,
                       arg_max(name, last_seen) FILTER (WHERE name IS NOT NULL AND name <> '') AS name,
                       arg_max(call_sign, last_seen) FILTER (WHERE call_sign IS NOT NULL AND call_sign <> '') AS call_sign,
                       arg_max(ship_type, last_seen) FILTER (WHERE ship_type IS NOT NULL AND ship_type <> 0) AS ship_type,
                       list(DISTINCT name) FILTER (WHERE name IS NOT NULL AND name <> '') AS names
                FROM vessels GROUP BY mmsi)
            SELECT coalesce(i.mmsi, r.mmsi), coalesce(i.imo, r.imo), coalesce(i.name, r.name), i.call_sign, i.ship_type,
                   r.flag, r.score, r.high_risk, i.names
            FROM ident i FULL OUTER JOIN vessel_risk r ON r.mmsi = i.mmsi
            """;
        var list = new List<DirectoryVessel>();
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (r.IsDBNull(0)) continue;
            uint mmsi = (uint)Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
            int? imo = r.IsDBNull(1) ? null : Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
            string? name = r.IsDBNull(2) ? null : r.GetString(2);
            string? callSign = r.IsDBNull(3) ? null : r.GetString(3);
            int? shipType = r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture);
            string? flag = r.IsDBNull(5) ? new Mmsi(mmsi).Flag?.Code : r.GetString(5);
            double? score = r.IsDBNull(6) ? null : r.GetDouble(6);
            bool? high = r.IsDBNull(7) ? null : r.GetBoolean(7);
            var names = new List<string>();
            if (!r.IsDBNull(8) && r.GetValue(8) is System.Collections.IEnumerable all)
                foreach (var n in all) if (n is string s) names.Add(s);
            if (name != null && !names.Contains(name)) names.Add(name);
            list.Add(new DirectoryVessel(mmsi, imo, name, callSign, shipType, flag,
                new RiskSummary(score ?? 0, RiskBands.Of(score, high)), Prepare(names)));
        }
        list.Sort(ByRiskThenName);
        return new VesselDirectory(list);
    }

    /// <summary>Highest score first; equal scores by name (unnamed last), then MMSI, so pages are stable.</summary>
    internal static int ByRiskThenName(DirectoryVessel a, DirectoryVessel b)
    {
        int c = b.Risk.Score.CompareTo(a.Risk.Score);
        if (c != 0) return c;
        c = (a.Name is null).CompareTo(b.Name is null);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : a.Mmsi.CompareTo(b.Mmsi);
    }

    private static DirectoryName[] Prepare(List<string> names) =>
        [.. names.Select(n => new DirectoryName(n, NameNormalizer.Fold(n), PreparedName.Prepare(n), WithoutNumbers(n)))];

    /// <summary>
    /// The name without its number words ("BLUE HORIZON 3" → "BLUE HORIZON"): a search typed without the hull number
    /// should still find the series, where the scorer rightly marks differing numbers down when screening a list.
    /// </summary>
    private static PreparedName? WithoutNumbers(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !w.Any(char.IsDigit)).ToArray();
        return kept.Length == words.Length || kept.Length == 0 ? null : PreparedName.Prepare(string.Join(' ', kept));
    }
}

/// <summary>One hull in the <see cref="VesselDirectory"/>.</summary>
internal sealed record DirectoryVessel(uint Mmsi, int? Imo, string? Name, string? CallSign, int? ShipType, string? Flag,
    RiskSummary Risk, IReadOnlyList<DirectoryName> Names)
{
    public string MmsiText { get; } = Mmsi.ToString("D9", CultureInfo.InvariantCulture);
    public string? ImoText { get; } = Imo?.ToString("D7", CultureInfo.InvariantCulture);

    public VesselSummary Summary(string matchedOn) => new(Mmsi, Imo, Name, CallSign, Flag, ShipType, Risk, matchedOn);
}

/// <summary>A name a hull used, folded (Screening's normaliser) and prepared for the name scorer, also without its numbers.</summary>
internal sealed record DirectoryName(string Raw, string Folded, PreparedName Prepared, PreparedName? PreparedWithoutNumbers);
