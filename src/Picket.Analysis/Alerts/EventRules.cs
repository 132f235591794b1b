using Picket.Core.Alerts;
using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Analysis.Alerts;

/// <summary>
/// The rules read from events as the detectors emit them: an encounter or port call event confirms (final update) the
/// alert raised while it was open, or raises it late when none was (no open state to read, or the engine started
/// after); a gap still open (<see cref="OpenGapEvidence"/>) of a watched vessel raises <c>watchlist_dark</c>, its
/// closing updates it; an identity change touching a watched identity raises <c>watchlist_identity</c>.
/// <c>watched</c> answers why an identity as broadcast (MMSI, IMO, name) is watched, or null.
/// </summary>
internal sealed class EventRules(AlertBook book, VesselFacts facts, ProgressRules progress, AlertOptions o, Func<Mmsi, long?, string?, string?> watched)
{
    public void OnEvent(PicketEvent e, DateTimeOffset now)
    {
        var time = e.End > now ? e.End : now;
        switch (e.Type)
        {
            case EventType.Encounter when e.Evidence is EncounterEvidence ev && e.Vessels.Count == 2:
                Encounter(e, ev, time);
                break;
            case EventType.PortCall when e.Evidence is PortCallEvidence { DprkPort: true } && progress.IsForeignSuspect(e.Vessels[0].Mmsi):
                Final(AlertRule.DprkPortCall, e, time, $"{e.Vessels[0].Mmsi} called at a DPRK port");
                break;
            case EventType.Gap when e.Evidence is OpenGapEvidence && WatchedVessel(e.Vessels[0].Mmsi) is { } why:
                book.Observe(Draft(AlertRule.WatchlistDark, e, time, $"watched vessel {e.Vessels[0].Mmsi} went dark ({why})"), final: false, fromProgress: false);
                break;
            case EventType.Gap when e.Evidence is GapEvidence:
                var id = AlertIds.For(AlertRule.WatchlistDark, e.Id);
                if (book.IsOpen(id))
                    book.Observe(Draft(AlertRule.WatchlistDark, e, time, $"watched vessel {e.Vessels[0].Mmsi} heard again"), final: true, fromProgress: false);
                else if (WatchedVessel(e.Vessels[0].Mmsi) is { } reason)
                    Final(AlertRule.WatchlistDark, e, time, $"watched vessel {e.Vessels[0].Mmsi} was dark ({reason})");
                break;
            case EventType.IdentityChange when e.Evidence is IdentityChangeEvidence change && IdentityWatched(change) is { } why:
                Final(AlertRule.WatchlistIdentity, e, time,
                    $"watched vessel now broadcasts as {Describe(change.After)}, was {Describe(change.Before)} ({why})");
                break;
        }
    }

    private void Encounter(PicketEvent e, EncounterEvidence ev, DateTimeOffset time)
    {
        var duration = e.End - e.Start;
        var atSea = progress.AtSea(ev);
        if (book.IsOpen(AlertIds.For(AlertRule.EncounterAtSea, e.Id)) || (atSea && duration >= o.EncounterMinDuration))
            Final(AlertRule.EncounterAtSea, e, time, $"encounter of {e.Vessels[0].Mmsi} and {e.Vessels[1].Mmsi} closed after {duration.TotalHours:0.0} h");
        if (book.IsOpen(AlertIds.For(AlertRule.DprkMeeting, e.Id)) || (atSea && progress.IsDprkMeeting(e.Vessels[0].Mmsi, e.Vessels[1].Mmsi)))
            Final(AlertRule.DprkMeeting, e, time, $"tanker and DPRK-flagged vessel: encounter closed after {duration.TotalHours:0.0} h");
    }

    private void Final(AlertRule rule, PicketEvent e, DateTimeOffset time, string reason) =>
        book.Observe(Draft(rule, e, time, reason), final: true, fromProgress: false);

    private PicketAlert Draft(AlertRule rule, PicketEvent e, DateTimeOffset time, string reason) =>
        ProgressRules.Draft(rule, e.Type, e.Id, e.Start, e.End, time, e.Position, [.. e.Vessels.Select(v => facts.Knows(v.Mmsi) ? facts.Resolve(v.Mmsi) : v)], reason, e.Evidence);

    private string? IdentityWatched(IdentityChangeEvidence change) =>
        Watched(change.After) ?? Watched(change.Before);

    private string? Watched(IdentitySnapshot s) =>
        s.Mmsi is > 0 and <= Mmsi.MaxValue ? watched(new Mmsi((uint)s.Mmsi), s.Imo, s.Name) : null;

    private string? WatchedVessel(Mmsi mmsi)
    {
        var v = facts.Resolve(mmsi);
        return watched(mmsi, v.Imo, v.Name);
    }

    private static string Describe(IdentitySnapshot s) =>
        $"{s.Name ?? "?"} (MMSI {s.Mmsi}{(s.Imo is { } imo ? $", IMO {imo}" : "")})";
}
