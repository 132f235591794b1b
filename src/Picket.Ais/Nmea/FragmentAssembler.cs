namespace Picket.Ais.Nmea;

/// <summary>
/// Joins the sentences of multi-part messages. Pending messages are keyed by (tag-block group id) when the lines carry
/// one, else by (source, channel, sequence id, total), so fragments of different messages may interleave, and a
/// single-sentence message between two fragments does not disturb them. State is bounded: a fixed number of slots,
/// each evicted when too old (in lines, and in time when times are known) or when a newer message needs its slot.
/// </summary>
internal sealed class FragmentAssembler
{
    internal const int MaxChars = 9 * 128;
    private const int MaxSourceBytes = 32;

    private sealed class Slot
    {
        public bool Used;
        public int GroupId, Total, Next, SequenceId, Lines, Fill;
        public byte Channel;
        public bool OwnShip;
        public long FirstLine, TimeMs, FirstTimeMs;
        public readonly byte[] Source = new byte[MaxSourceBytes];
        public int SourceLength;
        public readonly byte[] Armored = new byte[MaxChars];
        public int ArmoredLength;
    }

    private readonly Slot[] _slots;
    private readonly long _maxAgeLines, _maxAgeMs;
    private int _used;
    private Slot? _completed;

    public FragmentAssembler(int slots, long maxAgeLines, long maxAgeMs)
    {
        _slots = new Slot[slots];
        for (int i = 0; i < slots; i++) _slots[i] = new Slot();
        _maxAgeLines = maxAgeLines;
        _maxAgeMs = maxAgeMs;
    }

    /// <summary>Fragment lines currently held.</summary>
    public int PendingLines { get { int n = 0; foreach (var s in _slots) if (s.Used) n += s.Lines; return n; } }

    /// <summary>
    /// Adds a fragment. Returns <see cref="RejectReason.None"/> and sets <paramref name="completed"/> when this was the last
    /// fragment; returns None with completed false while waiting; otherwise the reason the fragment was refused.
    /// <paramref name="evictedLines"/> reports fragment lines dropped as stale while making room.
    /// </summary>
    public RejectReason Add(ref VdmSentence v, ref TagBlock tag, ReadOnlySpan<byte> source, long timeMs, long line,
        out bool completed, out long evictedLines)
    {
        completed = false;
        evictedLines = 0;
        int groupId = tag.GroupTotal > 1 ? tag.GroupId : -1;
        if (v.Number == 1)
        {
            evictedLines += EvictOld(line, timeMs);
            var existing = Find(groupId, ref v, source);
            if (existing != null) { evictedLines += existing.Lines; Free(existing); }
            var slot = FreeSlot(ref evictedLines);
            slot.Used = true; _used++;
            slot.GroupId = groupId; slot.Total = v.Total; slot.Next = 2; slot.SequenceId = v.SequenceId; slot.Channel = v.Channel;
            slot.OwnShip = v.OwnShip; slot.FirstLine = line; slot.Lines = 1; slot.TimeMs = timeMs; slot.FirstTimeMs = timeMs;
            int n = Math.Min(source.Length, MaxSourceBytes);
            source[..n].CopyTo(slot.Source);
            slot.SourceLength = n;
            v.Payload.CopyTo(slot.Armored);
            slot.ArmoredLength = v.Payload.Length;
            slot.Fill = v.FillBits;
            return RejectReason.None;
        }

        var pending = Find(groupId, ref v, source);
        if (pending == null || pending.Next != v.Number) return RejectReason.OrphanFragment;
        if (pending.ArmoredLength + v.Payload.Length > MaxChars) { evictedLines += pending.Lines; Free(pending); return RejectReason.MalformedField; }
        v.Payload.CopyTo(pending.Armored.AsSpan(pending.ArmoredLength));
        pending.ArmoredLength += v.Payload.Length;
        pending.Fill = v.FillBits;
        pending.Lines++;
        pending.Next++;
        if (pending.TimeMs == long.MinValue) pending.TimeMs = timeMs;
        if (pending.SourceLength == 0 && !source.IsEmpty)
        {
            int n = Math.Min(source.Length, MaxSourceBytes);
            source[..n].CopyTo(pending.Source);
            pending.SourceLength = n;
        }
        if (v.Number == pending.Total)
        {
            completed = true;
            _completed = pending;
            Free(pending);
        }
        return RejectReason.None;
    }

    /// <summary>The message completed by the last <see cref="Add"/>; valid until the next call.</summary>
    public void GetCompleted(out ReadOnlySpan<byte> armored, out int fill, out ReadOnlySpan<byte> source, out long timeMs,
        out byte channel, out bool ownShip, out int lines)
    {
        var s = _completed!;
        armored = s.Armored.AsSpan(0, s.ArmoredLength);
        fill = s.Fill;
        source = s.Source.AsSpan(0, s.SourceLength);
        timeMs = s.TimeMs;
        channel = s.Channel;
        ownShip = s.OwnShip;
        lines = s.Lines;
    }

    /// <summary>Drops every pending fragment (end of input); returns how many lines they were.</summary>
    public long Flush()
    {
        long n = 0;
        foreach (var s in _slots) if (s.Used) { n += s.Lines; Free(s); }
        return n;
    }

    private Slot? Find(int groupId, ref VdmSentence v, ReadOnlySpan<byte> source)
    {
        if (_used == 0) return null;
        foreach (var s in _slots)
        {
            if (!s.Used || s.Total != v.Total) continue;
            if (groupId >= 0 || s.GroupId >= 0)
            {
                if (s.GroupId == groupId) return s;
                continue;
            }
            if (s.SequenceId != v.SequenceId || s.Channel != v.Channel || s.OwnShip != v.OwnShip) continue;
            // A later fragment may lack the source its first fragment had (tag on the first line only); accept that.
            if (!source.IsEmpty && s.SourceLength > 0 && !source[..Math.Min(source.Length, MaxSourceBytes)].SequenceEqual(s.Source.AsSpan(0, s.SourceLength))) continue;
            return s;
        }
        return null;
    }

    private long EvictOld(long line, long timeMs)
    {
        if (_used == 0) return 0;
        long evicted = 0;
        foreach (var s in _slots)
        {
            if (!s.Used) continue;
            bool oldByLines = line - s.FirstLine > _maxAgeLines;
            bool oldByTime = timeMs != long.MinValue && s.FirstTimeMs != long.MinValue && timeMs - s.FirstTimeMs > _maxAgeMs;
            if (oldByLines || oldByTime) { evicted += s.Lines; Free(s); }
        }
        return evicted;
    }

    private Slot FreeSlot(ref long evictedLines)
    {
        Slot? oldest = null;
        foreach (var s in _slots)
        {
            if (!s.Used) return s;
            if (oldest == null || s.FirstLine < oldest.FirstLine) oldest = s;
        }
        evictedLines += oldest!.Lines;
        Free(oldest);
        return oldest;
    }

    private void Free(Slot s)
    {
        if (s.Used) { s.Used = false; _used--; }
    }
}
