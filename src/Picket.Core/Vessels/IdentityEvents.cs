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
        var evidence = new IdentityChangeEvidence([.. changes], Describe(before), Describe(after));
        // A new MMSI for the same IMO with a new flag is the textbook flag hop; a name change alone is often benign.
        var confidence = changes.Contains("mmsi") ? 0.9 : changes.Contains("imo") ? 0.8 : 0.6;
        return new PicketEvent(EventIds.For(EventType.IdentityChange, after.Mmsi, start, after.Imo ?? 0), EventType.IdentityChange,
            start, end, null, [new EventVessel(after.Mmsi, after.Imo, after.Name)], confidence, evidence);
    }

    private static IdentitySnapshot Describe(VesselIdentity id) => new(
        Mmsi: id.Mmsi.Value,
        Imo: id.Imo,
        ImoValid: id.Imo is { } i ? ImoNumber.HasValidCheckDigit(i) : null,
        Name: id.Name,
        CallSign: id.CallSign,
        Flag: id.Flag?.Code,
        FlagName: id.Flag?.Name,
        ShipType: id.ShipType is { } t ? t.Code : null,
        Since: id.From);
}
