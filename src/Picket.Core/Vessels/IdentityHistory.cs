namespace Picket.Core.Vessels;

/// <summary>
/// The timeline of one MMSI's broadcast identity: a new entry each time any field changes (name, IMO, call sign,
/// type, dimensions, draught, destination, ETA), not a last-value cache. Bounded: past <see cref="MaxEntries"/> the
/// oldest entries after the first are dropped (and counted), so the original identity is always kept.
/// </summary>
public sealed class IdentityHistory
{
    /// <summary>The most identities kept per MMSI; a hull that renames every few days still costs bounded memory.</summary>
    public const int MaxEntries = 32;

    private readonly List<VesselIdentity> _entries = [];

    /// <summary>An empty timeline for <paramref name="mmsi"/>.</summary>
    public IdentityHistory(Mmsi mmsi) => Mmsi = mmsi;

    /// <summary>The MMSI whose broadcasts this timeline records.</summary>
    public Mmsi Mmsi { get; }

    /// <summary>Identities in time order; each is valid from its <see cref="VesselIdentity.From"/> until the next.</summary>
    public IReadOnlyList<VesselIdentity> Entries => _entries;

    /// <summary>The latest identity, or null before the first report.</summary>
    public VesselIdentity? Current => _entries.Count == 0 ? null : _entries[^1];

    /// <summary>Flags seen on any identity in the timeline (once seen, kept: they are evidence).</summary>
    public IdentityFlags Flags { get; private set; }

    /// <summary>UTC time of the most recent static report applied, used to expire the history after the tracker's retention.</summary>
    public DateTimeOffset LastReport { get; private set; }

    /// <summary>Static reports applied to this timeline, whether or not they changed anything.</summary>
    public long Reports { get; private set; }

    /// <summary>Entries removed because the timeline reached <see cref="MaxEntries"/>; the first identity is never dropped.</summary>
    public int DroppedEntries { get; private set; }

    /// <summary>A name/call sign/IMO change waiting for a second report to confirm it.</summary>
    internal PendingIdentityChange? Pending { get; set; }

    /// <summary>Applies a report; returns the previous identity when the merged identity differs from it.</summary>
    internal (VesselIdentity? Before, VesselIdentity After, bool Changed) Apply(in IdentityReport report)
    {
        Reports++;
        if (report.Time > LastReport)
            LastReport = report.Time;
        var before = Current;
        var after = (before ?? VesselIdentity.Empty(Mmsi, report.Time)).Merge(report);
        var changed = before is null || !after.SameAs(before);
        if (changed)
        {
            if (_entries.Count == MaxEntries)
            {
                _entries.RemoveAt(1);
                DroppedEntries++;
            }
            _entries.Add(after);
            Flags |= IdentityChecks.FlagsOf(after);
        }
        return (before, changed ? after : before!, changed);
    }
}
