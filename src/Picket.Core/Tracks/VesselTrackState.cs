using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>Per-MMSI state: the open segments, in a small array that grows only when a second one opens.</summary>
internal sealed class VesselTrackState(Mmsi mmsi)
{
    public readonly Mmsi Mmsi = mmsi;
    public OpenSegment[] Segments = new OpenSegment[1];
    public int Count;
    public long LastTicks;

    /// <summary>The latest excursion (null until the first jump): see <see cref="RecurringExcursion"/>.</summary>
    public RecurringExcursion? Excursion;

    /// <summary>Index of the segment updated last, or −1.</summary>
    public int MostRecent()
    {
        var best = -1;
        for (var i = 0; i < Count; i++)
        {
            if (best < 0 || Segments[i].LastTicks > Segments[best].LastTicks)
                best = i;
        }
        return best;
    }

    public int IndexOf(long id)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Segments[i].Id == id)
                return i;
        }
        return -1;
    }

    public ref OpenSegment Add()
    {
        if (Count == Segments.Length)
            Array.Resize(ref Segments, Count * 2);
        Segments[Count] = default;
        return ref Segments[Count++];
    }

    public void RemoveAt(int index)
    {
        Count--;
        if (index < Count)
            Array.Copy(Segments, index + 1, Segments, index, Count - index);
        Segments[Count] = default;
        // Give back the grown array once a vessel is back to one stream, so memory follows the active set.
        if (Count <= 1 && Segments.Length > 2)
            Array.Resize(ref Segments, 1);
    }
}
