using System.Numerics;

namespace Picket.Core.Tracks;

/// <summary>
/// Segment ids derived from content only: the MMSI, the first fix's time and the first fix's position. An id must not
/// depend on anything outside that vessel's own data (how many segments other vessels opened before, the order of the
/// input files), or every event that embeds it moves when unrelated input changes and a store that upserts by event id
/// duplicates events. The id is a mix (SplitMix64 finaliser, Steele, Lea and Flood, OOPSLA 2014) of those values,
/// stable across runs, processes and machines, never 0 (0 means "no parent"), and kept to 53 bits so that it is an
/// exact integer for every JSON reader (I-JSON, RFC 7493 §2.2: GeoJSON ids and event evidence are read by JavaScript).
/// Only segments open at the same time share the detectors' tables, so a collision of two vessels' ids within 2^53
/// is vanishingly rare (about n²/2^54 for n concurrently open segments).
/// </summary>
internal static class SegmentIds
{
    /// <summary>The id of a segment of <paramref name="mmsi"/> whose first fix is (<paramref name="ticks"/>, <paramref name="lat"/>, <paramref name="lon"/>).</summary>
    public static long For(uint mmsi, long ticks, double lat, double lon)
    {
        ulong h = Mix(0x9E3779B97F4A7C15UL ^ mmsi);
        h = Mix(h ^ (ulong)ticks);
        h = Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(lat));
        h = Mix(h ^ BitOperations.RotateLeft((ulong)BitConverter.DoubleToInt64Bits(lon), 32));
        return Positive(h);
    }

    /// <summary>
    /// Two hulls of one MMSI opening a segment at the same instant and the same position (a duplicated burst) would get
    /// one id: the later-opened one takes the next value. The tie-break uses only this vessel's open segments, which
    /// depend only on this vessel's fixes, so it is as deterministic as the rest.
    /// </summary>
    public static long Next(long id) => Positive(Mix((ulong)id));

    /// <summary>2^53 − 1: the largest integer an IEEE 754 double (a JavaScript number) holds exactly.</summary>
    private const ulong JsonSafeMask = (1UL << 53) - 1;

    private static long Positive(ulong h)
    {
        var id = (long)(h & JsonSafeMask);
        return id == 0 ? 1 : id;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
