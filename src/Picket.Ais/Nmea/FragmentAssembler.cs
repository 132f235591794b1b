using Picket.Ais.Messages;
using Picket.Ais.Payload;

namespace Picket.Ais.Nmea;

/// <summary>
/// Joins the sentences of multi-part messages. Pending messages are keyed by (tag-block group id) when the lines carry
/// one, else by (source, channel, sequence id, total), so fragments of different messages may interleave, and a
/// single-sentence message between two fragments does not disturb them. State is bounded: a fixed number of slots,
/// each evicted when too old (in lines, and in time when times are known) or when a newer message needs its slot.
/// </summary>
/// <remarks>
/// Anyone with a transmitter can send first fragments, so eviction under pressure must not let a flood of junk push
/// out a genuine message that is waiting for its second part (a jammer could suppress a ship's static data that way).
/// Each first fragment is scored by whether it can begin a multi-sentence message at all (a valid type that is longer
/// than one slot's 168 bits, armouring characters only); when all slots are taken, the lowest-scored slot goes first,
/// and among equals the newest slot of the source holding the most slots, so a flood evicts itself rather than older,
/// plausible messages. A first fragment that reuses a pending key no longer replaces the pending one outright: both are
/// kept (up to <see cref="MaxSameKey"/>) and the later fragment joins the one it completes into a plausible message.
/// </remarks>
internal sealed class FragmentAssembler
{
    internal const int MaxChars = 9 * 128;
    private const int MaxSourceBytes = 32;
    /// <summary>Pending first fragments kept under one key (sequence id, channel, total, source).</summary>
    internal const int MaxSameKey = 4;

    private sealed class Slot
    {
        public bool Used;
        public int GroupId, Total, Next, SequenceId, Lines, Fill;
        public byte Channel;
        public bool OwnShip;
        public long FirstLine, TimeMs, FirstTimeMs;
        public readonly byte[] Source = new byte[MaxSourceBytes];
        public int SourceLength;
        /// <summary>0 junk (bad type or characters), 1 a type that fits one sentence, 2 a type that may need several.</summary>
        public int Score;
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
            int score = StartScore(v.Payload);
            var existing = SameKeyVictim(groupId, ref v, source);
            if (existing != null) { evictedLines += existing.Lines; Free(existing); }
            var slot = FreeSlot(score, ref evictedLines);
            slot.Used = true; _used++;
            slot.GroupId = groupId; slot.Total = v.Total; slot.Next = 2; slot.SequenceId = v.SequenceId; slot.Channel = v.Channel;
            slot.OwnShip = v.OwnShip; slot.FirstLine = line; slot.Lines = 1; slot.TimeMs = timeMs; slot.FirstTimeMs = timeMs;
            int n = Math.Min(source.Length, MaxSourceBytes);
            source[..n].CopyTo(slot.Source);
            slot.SourceLength = n;
            v.Payload.CopyTo(slot.Armored);
            slot.ArmoredLength = v.Payload.Length;
            slot.Fill = v.FillBits;
            slot.Score = score;
            return RejectReason.None;
        }

        var pending = FindContinued(groupId, ref v, source);
        if (pending == null) return RejectReason.OrphanFragment;
        if (pending.ArmoredLength + v.Payload.Length > MaxChars) { evictedLines += pending.Lines; Free(pending); return RejectReason.MalformedField; }
        v.Payload.CopyTo(pending.Armored.AsSpan(pending.ArmoredLength));
        pending.ArmoredLength += v.Payload.Length;
        // An empty last fragment carries no bits, so it cannot pad any: the fill of the fragment before it stands.
        if (!v.Payload.IsEmpty || v.FillBits != 0) pending.Fill = v.FillBits;
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

    /// <summary>
    /// The pending message this later fragment continues. When several first fragments share its key, prefer the one
    /// this fragment completes into the best-fitting message (a fixed-length type at its standard length over a merely
    /// plausible one over junk), then the newest (a sender that reused the sequence id after losing a part).
    /// </summary>
    private Slot? FindContinued(int groupId, ref VdmSentence v, ReadOnlySpan<byte> source)
    {
        if (_used == 0) return null;
        Slot? best = null;
        int bestFit = -1;
        foreach (var s in _slots)
        {
            if (!Matches(s, groupId, ref v, source) || s.Next != v.Number) continue;
            int fit = v.Number == s.Total && s.Score > 0
                ? MessageLengths.CompletionScore(SixBit.Dearmor(s.Armored[0]), (s.ArmoredLength + v.Payload.Length) * 6 - v.FillBits)
                : s.Score > 0 ? 1 : 0;
            if (fit > bestFit || (fit == bestFit && s.FirstLine > best!.FirstLine))
            {
                best = s;
                bestFit = fit;
            }
        }
        return best;
    }

    /// <summary>
    /// When <see cref="MaxSameKey"/> first fragments already wait under this key, the one to drop: lowest score, then the
    /// newest, so a flood under one key replaces its own fragments and not the message that was waiting first.
    /// </summary>
    private Slot? SameKeyVictim(int groupId, ref VdmSentence v, ReadOnlySpan<byte> source)
    {
        if (_used == 0) return null;
        Slot? victim = null;
        int count = 0;
        foreach (var s in _slots)
        {
            if (!Matches(s, groupId, ref v, source)) continue;
            count++;
            if (victim == null || s.Score < victim.Score || (s.Score == victim.Score && s.FirstLine > victim.FirstLine)) victim = s;
        }
        // A tag-block group id names one message: a new first fragment for it replaces the old one.
        return groupId >= 0 || count >= MaxSameKey ? victim : null;
    }

    private static bool Matches(Slot s, int groupId, ref VdmSentence v, ReadOnlySpan<byte> source)
    {
        {
            if (!s.Used || s.Total != v.Total) return false;
            if (groupId >= 0 || s.GroupId >= 0) return s.GroupId == groupId;
            if (s.SequenceId != v.SequenceId || s.Channel != v.Channel || s.OwnShip != v.OwnShip) return false;
            // A later fragment may lack the source its first fragment had (tag on the first line only); accept that.
            return source.IsEmpty || s.SourceLength == 0 || source[..Math.Min(source.Length, MaxSourceBytes)].SequenceEqual(s.Source.AsSpan(0, s.SourceLength));
        }
    }

    /// <summary>How likely a first fragment is to begin a genuine multi-sentence message (see the remarks).</summary>
    private static int StartScore(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty || PayloadArmor.IndexOfInvalid(payload) >= 0) return 0;
        int type = SixBit.Dearmor(payload[0]);
        if (type is < 1 or > 27) return 0;
        return MessageLengths.CanSpanSentences(type) ? 2 : 1;
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

    private Slot FreeSlot(int incomingScore, ref long evictedLines)
    {
        int lowest = int.MaxValue;
        foreach (var s in _slots)
        {
            if (!s.Used) return s;
            lowest = Math.Min(lowest, s.Score);
        }
        // All slots are taken: drop from the lowest-scored ones (the incoming fragment counts too, so junk arriving in a
        // full table takes a junk slot rather than a plausible one), the newest slot of the busiest source among them.
        int tier = Math.Min(lowest, incomingScore);
        if (lowest > tier) tier = lowest;
        Slot? victim = null;
        int victimLoad = -1;
        foreach (var s in _slots)
        {
            if (s.Score != tier) continue;
            int load = 0;
            foreach (var o in _slots)
                if (o.Score == tier && o.Channel == s.Channel && o.Source.AsSpan(0, o.SourceLength).SequenceEqual(s.Source.AsSpan(0, s.SourceLength))) load++;
            if (load > victimLoad || (load == victimLoad && s.FirstLine > victim!.FirstLine)) { victim = s; victimLoad = load; }
        }
        evictedLines += victim!.Lines;
        Free(victim);
        return victim;
    }

    private void Free(Slot s)
    {
        if (s.Used) { s.Used = false; _used--; }
    }
}
