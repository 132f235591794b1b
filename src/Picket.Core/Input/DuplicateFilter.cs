using System.Runtime.InteropServices;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>
/// Drops exact copies of a recent fix or identity report of the same MMSI (same time, same content): one transmission
/// heard by two receivers of one network, or by a terrestrial and a satellite feed stamped alike. The track builder
/// would count such a copy as a second fix (fix counts in evidence doubled, a segment's density inflated) and the
/// answer would depend on how many receivers heard a ship. Copies stamped with different times are two fixes: the
/// data cannot tell them from two reports. Memory follows the vessels heard in the last few minutes of stream time.
/// </summary>
/// <param name="target">Receives every fix and report that is not an exact copy.</param>
public sealed class DuplicateFilter(IFeedTarget target) : IFeedTarget
{
    /// <summary>How long a fix is remembered (receivers of one report agree on its time; disorder in a file is minutes).</summary>
    private static readonly long RecentTicks = TimeSpan.FromMinutes(10).Ticks;

    private readonly Dictionary<uint, RecentReports> _recent = [];
    private long _nextSweepTicks = long.MinValue;

    /// <summary>Exact copies dropped.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Passes the fix on unless it is an exact copy of a recent fix of the same MMSI (counted in <see cref="Duplicates"/>).</summary>
    public void OnFix(in VesselFix fix)
    {
        if (!Recent(fix.Mmsi.Value).Remember(fix))
        {
            Duplicates++;
            return;
        }
        target.OnFix(fix);
        Sweep(fix.Time.UtcTicks);
    }

    /// <summary>Passes the report on unless it is an exact copy of a recent report of the same MMSI (counted in <see cref="Duplicates"/>).</summary>
    public void OnIdentity(in IdentityReport report)
    {
        if (!Recent(report.Mmsi.Value).Remember(report))
        {
            Duplicates++;
            return;
        }
        target.OnIdentity(report);
        Sweep(report.Time.UtcTicks);
    }

    private RecentReports Recent(uint mmsi)
    {
        // One hash lookup per report, also for a vessel heard for the first time.
        ref var recent = ref CollectionsMarshal.GetValueRefOrAddDefault(_recent, mmsi, out _);
        return recent ??= new RecentReports();
    }

    /// <summary>Forgets vessels not heard for a while, once per <see cref="RecentTicks"/> of stream time.</summary>
    private void Sweep(long nowTicks)
    {
        if (nowTicks < _nextSweepTicks) return;
        _nextSweepTicks = nowTicks + RecentTicks;
        List<uint>? stale = null;
        foreach (var (mmsi, recent) in _recent)
        {
            if (nowTicks - recent.LastTicks > RecentTicks) (stale ??= []).Add(mmsi);
        }
        if (stale == null) return;
        foreach (var mmsi in stale) _recent.Remove(mmsi);
    }

    /// <summary>The last few fixes and identity reports passed on for one MMSI.</summary>
    private sealed class RecentReports
    {
        private const int Size = 4;
        private readonly VesselFix[] _fixes = new VesselFix[Size];
        private readonly IdentityReport[] _reports = new IdentityReport[Size];
        // The times of the remembered items beside them: nearly every new report differs in time from the last few, so a
        // comparison of two longs settles it before the whole record (about 80 bytes, with nullable fields) is compared.
        private readonly long[] _fixTicks = new long[Size];
        private readonly long[] _reportTicks = new long[Size];
        private int _nextFix, _nextReport, _fixCount, _reportCount;

        public long LastTicks { get; private set; } = long.MinValue;

        /// <summary>False when <paramref name="fix"/> is an exact copy of one remembered.</summary>
        public bool Remember(in VesselFix fix)
        {
            var ticks = fix.Time.UtcTicks;
            for (var i = 0; i < _fixCount; i++)
            {
                // Equal records have equal times (DateTimeOffset equality is of the UTC instant).
                if (_fixTicks[i] == ticks && _fixes[i] == fix) return false;
            }
            _fixes[_nextFix] = fix;
            _fixTicks[_nextFix] = ticks;
            _nextFix = (_nextFix + 1) % Size;
            _fixCount = Math.Min(_fixCount + 1, Size);
            Heard(ticks);
            return true;
        }

        /// <summary>False when <paramref name="report"/> is an exact copy of one remembered.</summary>
        public bool Remember(in IdentityReport report)
        {
            var ticks = report.Time.UtcTicks;
            for (var i = 0; i < _reportCount; i++)
            {
                if (_reportTicks[i] == ticks && _reports[i] == report) return false;
            }
            _reports[_nextReport] = report;
            _reportTicks[_nextReport] = ticks;
            _nextReport = (_nextReport + 1) % Size;
            _reportCount = Math.Min(_reportCount + 1, Size);
            Heard(ticks);
            return true;
        }

        private void Heard(long ticks)
        {
            if (ticks > LastTicks) LastTicks = ticks;
        }
    }
}
