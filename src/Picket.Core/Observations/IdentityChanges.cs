using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// Remembers each vessel's last identity, to tell a changed identity from a repeat of the same one. CSV exports
/// repeat the identity columns on every row, where NMEA repeats type 5 every six minutes (ITU-R M.1371-5 §4.3.3);
/// the store keeps only changes, the analysis also the first repeat (a rename is confirmed when a later report says
/// it again). Memory: one identity per vessel.
/// </summary>
public sealed class IdentityChanges
{
    private readonly Dictionary<uint, (Said Identity, bool Repeated)> _last = [];

    /// <summary>Must see every report of a file in order (a resumed read replays skipped rows through here).</summary>
    public IdentityNews Judge(in IdentityReport report)
    {
        var said = new Said(report.Name, report.Imo, report.CallSign, report.ShipType, report.Dimensions, report.DraughtMetres, report.Destination);
        uint mmsi = report.Mmsi.Value;
        if (_last.TryGetValue(mmsi, out var last) && last.Identity == said)
        {
            if (last.Repeated) return IdentityNews.Known;
            _last[mmsi] = (said, true);
            return IdentityNews.FirstRepeat;
        }
        _last[mmsi] = (said, false);
        return IdentityNews.Changed;
    }

    /// <summary>The fields compared: what the vessel said, not when or through which message.</summary>
    private readonly record struct Said(
        string? Name, int? Imo, string? CallSign, ShipType? ShipType, VesselDimensions? Dimensions, double? Draught, string? Destination);
}

/// <summary>What <see cref="IdentityChanges.Judge"/> found.</summary>
public enum IdentityNews : byte
{
    /// <summary>The first identity of the vessel, or different from its last.</summary>
    Changed,
    /// <summary>The same as the last, said for the second time.</summary>
    FirstRepeat,
    /// <summary>Said at least twice already.</summary>
    Known,
}
