namespace Picket.Core.Tracks;

/// <summary>
/// The last position jump of an MMSI, kept (only for MMSIs that had one) to recognise the next excursion as the same
/// far-away place again: a sparse second transmitter (e.g. one heard only by satellite every few hours) looks like a
/// series of one-fix jumps, but its excursions connect to each other, not to the track. Then it is an identity clash.
/// </summary>
internal sealed class RecurringExcursion
{
    public long FirstTicks;
    public double FirstLat, FirstLon;
    public long LastTicks;
    public double LastLat, LastLon;
    public int Excursions;
    public int Fixes;
    public bool Reported;
}
