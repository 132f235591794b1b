namespace Picket.Analysis.Alerts;

/// <summary>
/// The alert rules' thresholds (README §Alerts). The defaults are the issue's, and for encounters the event's own
/// (Global Fishing Watch's encounter rules as in <c>DetectionOptions</c>), so an alert anticipates exactly the event
/// that will follow it.
/// </summary>
public sealed record AlertOptions
{
    /// <summary><c>encounter_at_sea</c> is raised once a pair has been together this long (2 h, the event's minimum).</summary>
    public TimeSpan EncounterMinDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Both vessels' median speed so far must be below this (2 kn, the event's rule).</summary>
    public double EncounterMaxMedianSpeedKnots { get; init; } = 2;

    /// <summary>The encounter's mean position must be at least this far from a port (10 km, the event's rule) to be "at sea".</summary>
    public double EncounterMinPortDistanceKm { get; init; } = 10;

    /// <summary><c>dprk_meeting</c> is raised once a tanker and a DPRK-flagged vessel have been together this long at sea: zero, at once.</summary>
    public TimeSpan DprkMeetingMinDuration { get; init; } = TimeSpan.Zero;

    /// <summary><c>dprk_port_call</c> only for tankers (AIS ship type 80–89); false raises it for any foreign vessel.</summary>
    public bool DprkPortCallTankersOnly { get; init; } = true;

    /// <summary>An alert still in progress is republished with grown evidence at most this often (feed time; 1 h).</summary>
    public TimeSpan UpdateEvery { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The detectors' open state is read at most this often (feed time; 10 min, one encounter grid step).</summary>
    public TimeSpan EvaluateEvery { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A finished alert's id is remembered this long (feed time; 3 days), so the same fact is never raised twice.</summary>
    public TimeSpan ClosedMemory { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A vessel's ship type, IMO and name are forgotten this long after its last static report (feed time; 7 days).</summary>
    public TimeSpan IdentityMemory { get; init; } = TimeSpan.FromDays(7);

    /// <exception cref="ArgumentOutOfRangeException">A duration is negative, or a speed or distance is not a positive number.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(EncounterMinDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(DprkMeetingMinDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(UpdateEvery, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(EvaluateEvery, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClosedMemory, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdentityMemory, TimeSpan.Zero);
        if (!(EncounterMaxMedianSpeedKnots > 0))
            throw new ArgumentOutOfRangeException(nameof(EncounterMaxMedianSpeedKnots));
        if (!(EncounterMinPortDistanceKm >= 0))
            throw new ArgumentOutOfRangeException(nameof(EncounterMinPortDistanceKm));
    }
}
