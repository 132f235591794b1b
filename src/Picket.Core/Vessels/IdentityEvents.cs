using Picket.Core.Events;

namespace Picket.Core.Vessels;

/// <summary>
/// Builds <c>identity_change</c> events. Evidence keys: changes (list of mmsi, flag, imo, name, call_sign),
/// before and after {mmsi, imo, imo_valid, name, call_sign, flag, flag_name, ship_type, since}.
/// </summary>
internal static class IdentityEvents
{
    public static PicketEvent Change(VesselIdentity before, VesselIdentity after, IReadOnlyList<string> changes, DateTimeOffset start, DateTimeOffset end)
    {
        var evidence = new Evidence()
            .Add("changes", changes.ToArray())
            .Add("before", Describe(before))
            .Add("after", Describe(after));
        // A new MMSI for the same IMO with a new flag is the textbook flag hop; a name change alone is often benign.
        var confidence = changes.Contains("mmsi") ? 0.9 : changes.Contains("imo") ? 0.8 : 0.6;
        return new PicketEvent(EventIds.For(EventType.IdentityChange, after.Mmsi, start, after.Imo ?? 0), EventType.IdentityChange,
            start, end, null, [new EventVessel(after.Mmsi, after.Imo, after.Name)], confidence, evidence);
    }

    private static Evidence Describe(VesselIdentity id)
    {
        var e = new Evidence()
            .Add("mmsi", (long)id.Mmsi.Value)
            .Add("imo", (long?)id.Imo);
        if (id.Imo is { } i)
            e.Add("imo_valid", ImoNumber.HasValidCheckDigit(i));
        return e.Add("name", id.Name)
            .Add("call_sign", id.CallSign)
            .Add("flag", id.Flag?.Code)
            .Add("flag_name", id.Flag?.Name)
            .Add("ship_type", id.ShipType is { } t ? t.Code : (long?)null)
            .Add("since", id.From);
    }
}
