using Picket.Core.Vessels;
using Picket.Store.Queries;
using Picket.Web.Events;

namespace Picket.Web.Vessels;

/// <summary>One identity the hull used, from its first to its last report under it.</summary>
internal sealed record IdentityPeriod(DateTime? From, DateTime? To, string? Name, int? Imo, string? CallSign, int? ShipType, string? Flag);

/// <summary>One factor of the risk score: the practice, its points, why, and the events it rests on.</summary>
internal sealed record RiskFactorDetail(string Name, double Points, string Detail, IReadOnlyList<string> EventIds);

internal sealed record RiskDetail(double Score, string Band, IReadOnlyList<RiskFactorDetail> Factors);

/// <summary>A sanctions-list entry the vessel matched (stored by <c>picket analyze</c>).</summary>
internal sealed record ListMatchSummary(string List, string EntryId, string? EntryName, double? Score, string? MatchedOn, string? Schema);

/// <summary>A recent position; draught is the latest reported at or before it (metres).</summary>
internal sealed record LatestPosition(DateTime? Time, double? Lon, double? Lat, float? Sog, float? Cog, double? Draught);

/// <summary><c>GET /api/v1/vessels/{mmsi}</c>.</summary>
internal sealed record VesselDetailResponse(uint Mmsi, int? Imo, string? Name, string? Flag, long Positions, DateTime? FirstSeen, DateTime? LastSeen,
    IReadOnlyList<IdentityPeriod> Identities, RiskDetail Risk, IReadOnlyList<ListMatchSummary> Matches, IReadOnlyList<ApiEvent> Events,
    IReadOnlyList<LatestPosition> Latest, IReadOnlyList<StoredVesselCompany> Companies);

/// <summary>Shapes a <see cref="VesselReport"/> (the query <c>picket query vessel</c> runs) for the API.</summary>
internal static class VesselDetail
{
    public static VesselDetailResponse From(VesselReport report, DirectoryVessel? known, IReadOnlyList<DraughtReport> draughts) =>
        From(report, known, draughts, ApiEvent.From);

    /// <summary>As above, shaping events with <paramref name="shape"/> (the in-memory pages reuse the event index's copies).</summary>
    internal static VesselDetailResponse From(VesselReport report, DirectoryVessel? known, IReadOnlyList<DraughtReport> draughts, Func<StoredEvent, ApiEvent> shape)
    {
        string? midFlag = new Mmsi(report.Mmsi).Flag?.Code;
        var identities = report.Identities.Select(i => new IdentityPeriod(i.FirstSeen, i.LastSeen, i.Name, i.Imo, i.CallSign, i.ShipType, midFlag)).ToList();
        var risk = report.Risk is { } r
            ? new RiskDetail(r.Score ?? 0, RiskBands.Of(r.Score, r.HighRisk), [.. r.Factors.Select(f => new RiskFactorDetail(f.Practice, f.Points, f.Reason, f.EventIds))])
            : new RiskDetail(0, RiskBands.Unassessed, []);
        var matches = report.ListMatches.Select(m => new ListMatchSummary(m.ListSource, m.EntryId, m.EntryName, m.Score, m.MatchedOn,
            m.MatchedOn is { } on && on.Contains("imo", StringComparison.OrdinalIgnoreCase) ? "Vessel" : null)).ToList();
        var latest = report.LastPositions.Select(p => new LatestPosition(p.Time, p.Longitude, p.Latitude,
            p.Speed is >= 102.3f ? null : p.Speed, p.Course is >= 360f ? null : p.Course, DraughtAt(draughts, p.Time))).ToList();
        var lastIdentity = report.Identities.Count > 0 ? report.Identities[^1] : null;
        return new VesselDetailResponse(report.Mmsi, known?.Imo ?? lastIdentity?.Imo, known?.Name ?? lastIdentity?.Name, known?.Flag ?? midFlag,
            report.Positions, report.FirstSeen, report.LastSeen, identities, risk, matches, [.. report.Events.Select(shape)], latest, report.Companies);
    }

    /// <summary>The draught in force at <paramref name="time"/>: the last report at or before it.</summary>
    public static double? DraughtAt(IReadOnlyList<DraughtReport> draughts, DateTime? time)
    {
        if (time is not { } t || draughts.Count == 0) return null;
        int lo = 0, hi = draughts.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (draughts[mid].Time <= t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : draughts[found].Metres;
    }
}
