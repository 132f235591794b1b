namespace Picket.Core.Tracks;

/// <summary>
/// The fixes waiting in the reorder window, released in (time, content, arrival) order: fixes of the same instant in
/// the order of their content (<see cref="PendingFix.CompareContent"/>), so the order the inputs arrived in does not
/// matter. A binary heap costs O(log n) per fix
/// and, with thousands of vessels in the window, every release walks a heap larger than the cache; here fixes go
/// into one-second buckets on a ring that spans the window, so adding and releasing cost O(1) whatever the traffic.
/// A bucket is sorted only if a fix arrived in it out of order, and only when it is next to release. A fix too far
/// from the ring's span (a clock years ahead) waits in a small heap instead. The release order is exactly that of
/// one heap on (ticks, content, arrival number).
/// </summary>
internal sealed class ReorderBuffer
{
    private const long BucketTicks = TimeSpan.TicksPerSecond;
    private readonly Bucket[] _ring;
    private readonly int _mask;
    private readonly PriorityQueue<Entry, Entry> _far = new(Entry.Order);
    private long _head;   // bucket number of the earliest fix on the ring (or below it)
    private long _newest; // bucket number of the latest fix on the ring
    private int _onRing;
    private long _seq;

    /// <param name="window">The reorder window: the ring spans it (plus slack) so ordinary fixes never use the heap.</param>
    public ReorderBuffer(TimeSpan window)
    {
        var buckets = Math.Clamp(window.Ticks / BucketTicks + 64, 64, 1 << 16);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)buckets);
        _ring = new Bucket[size];
        var scratch = new SortScratch();
        for (var i = 0; i < size; i++)
            _ring[i] = new Bucket(scratch);
        _mask = size - 1;
    }

    public int Count => _onRing + _far.Count;

    public void Add(in PendingFix fix, long ticks)
    {
        var entry = new Entry(ticks, _seq++, fix);
        var b = ticks / BucketTicks;
        if (_onRing == 0)
            _head = _newest = b;
        else if (b < _head && _newest - b < _ring.Length)
            _head = b; // a late fix behind the release point: the ring still spans it
        else if (b < _head || b - _head >= _ring.Length)
        {
            _far.Enqueue(entry, entry);
            return;
        }
        _ring[(int)(b & _mask)].Append(entry);
        _onRing++;
        if (b > _newest)
            _newest = b;
    }

    /// <summary>The time of the next fix to release, if any.</summary>
    public bool TryPeekTicks(out long ticks)
    {
        var onRing = TryPeekRing(out var ring);
        var inHeap = _far.TryPeek(out _, out var far);
        if (onRing && (!inHeap || Entry.Compare(ring, far) < 0))
        {
            ticks = ring.Ticks;
            return true;
        }
        ticks = far.Ticks;
        return inHeap;
    }

    /// <summary>Removes the next fix; call after <see cref="TryPeekTicks"/> returned true.</summary>
    public PendingFix Dequeue()
    {
        var onRing = TryPeekRing(out var ring);
        if (_far.TryPeek(out _, out var far) && (!onRing || Entry.Compare(far, ring) < 0))
            return _far.Dequeue().Fix;
        _ring[(int)(_head & _mask)].RemoveFirst();
        _onRing--;
        return ring.Fix;
    }

    /// <summary>
    /// Removes the next fix when its time is at most <paramref name="limit"/>: <see cref="TryPeekTicks"/> and
    /// <see cref="Dequeue"/> in one step, so the ring's head and the heap's top are looked at once per released fix, not twice.
    /// </summary>
    public bool TryDequeue(long limit, out long ticks, out PendingFix fix)
    {
        var onRing = TryPeekRing(out var ring);
        var inHeap = _far.TryPeek(out _, out var far);
        if (onRing && (!inHeap || Entry.Compare(ring, far) < 0))
        {
            if (ring.Ticks <= limit)
            {
                _ring[(int)(_head & _mask)].RemoveFirst();
                _onRing--;
                (ticks, fix) = (ring.Ticks, ring.Fix);
                return true;
            }
        }
        else if (inHeap && far.Ticks <= limit)
        {
            _far.Dequeue();
            (ticks, fix) = (far.Ticks, far.Fix);
            return true;
        }
        (ticks, fix) = (0, default);
        return false;
    }

    /// <summary>Every waiting fix in release order, without releasing any: re-added in this order, they come out the same.</summary>
    public List<(long Ticks, PendingFix Fix)> Snapshot()
    {
        var all = new List<Entry>(Count);
        foreach (var bucket in _ring)
            bucket.CopyTo(all);
        foreach (var (e, _) in _far.UnorderedItems)
            all.Add(e);
        all.Sort(Entry.Order);
        return all.ConvertAll(e => (e.Ticks, e.Fix));
    }

    private bool TryPeekRing(out Entry first)
    {
        if (_onRing == 0)
        {
            first = default;
            return false;
        }
        while (_ring[(int)(_head & _mask)].Count == 0)
            _head++;
        first = _ring[(int)(_head & _mask)].First();
        return true;
    }

    private readonly record struct Entry(long Ticks, long Seq, PendingFix Fix)
    {
        public static readonly Comparer<Entry> Order = Comparer<Entry>.Create(static (x, y) => Compare(x, y));

        /// <summary>(time, content, arrival): by reference, so sorting a busy second does not copy 56-byte entries per comparison.</summary>
        public static int Compare(in Entry x, in Entry y)
        {
            if (x.Ticks != y.Ticks) return x.Ticks.CompareTo(y.Ticks);
            var c = x.Fix.CompareContent(y.Fix);
            return c != 0 ? c : x.Seq.CompareTo(y.Seq);
        }
    }

    /// <summary>
    /// The same order as a struct comparer: the sort is specialised for it and the comparison inlined, where the
    /// <see cref="Comparer{T}"/> delegate cost a call per comparison — on a live feed every second holds the reports
    /// of hundreds of vessels in arrival order, not MMSI order, so each bucket is sorted once before release.
    /// </summary>
    private readonly struct EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => Entry.Compare(x, y);
    }

    /// <summary>
    /// What a bucket's sort works in (one per buffer: buckets are sorted one at a time). A busy second holds the reports
    /// of hundreds of vessels in arrival order; sorting the 56-byte entries themselves moved them many times with a
    /// full comparison each. Instead 16-byte keys (time, MMSI, position) are sorted, the entries put in place in one
    /// pass, and only runs of one MMSI at one instant (rare: two transmitters, or a repeat) get the full comparison.
    /// </summary>
    private sealed class SortScratch
    {
        public UInt128[] Keys = new UInt128[64];
        public Entry[] Entries = new Entry[64];

        public void Ensure(int count)
        {
            if (Keys.Length >= count) return;
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count);
            Keys = new UInt128[size];
            Entries = new Entry[size];
        }
    }

    /// <summary>The fixes of one second in arrival order; sorted (time, content, arrival) on demand when one came in out of that order.</summary>
    private sealed class Bucket(SortScratch scratch)
    {
        private Entry[] _items = new Entry[4];
        private int _start;
        private bool _sorted = true;

        public int Count { get; private set; }

        public void Append(in Entry e)
        {
            if (_start + Count == _items.Length)
            {
                if (_start > 0)
                {
                    Array.Copy(_items, _start, _items, 0, Count);
                    _start = 0;
                }
                else
                    Array.Resize(ref _items, _items.Length * 2);
            }
            if (_sorted && Count > 0 && Precedes(e, _items[_start + Count - 1]))
                _sorted = false;
            _items[_start + Count++] = e;
        }

        /// <summary>Whether <paramref name="x"/> comes before <paramref name="y"/> in (time, content, arrival) order; time and MMSI settle it nearly always.</summary>
        private static bool Precedes(in Entry x, in Entry y)
        {
            if (x.Ticks != y.Ticks) return x.Ticks < y.Ticks;
            if (x.Fix.MmsiValue != y.Fix.MmsiValue) return x.Fix.MmsiValue < y.Fix.MmsiValue;
            return Entry.Compare(x, y) < 0;
        }

        public Entry First()
        {
            if (!_sorted)
            {
                Sort(_items.AsSpan(_start, Count));
                _sorted = true;
            }
            return _items[_start];
        }

        /// <summary>Sorts in (time, content, arrival) order: by (time, MMSI) keys, then the rare equal runs in full.</summary>
        private void Sort(Span<Entry> items)
        {
            var n = items.Length;
            scratch.Ensure(n);
            var keys = scratch.Keys.AsSpan(0, n);
            for (var i = 0; i < n; i++)
                keys[i] = new UInt128((ulong)items[i].Ticks, ((ulong)items[i].Fix.MmsiValue << 32) | (uint)i);
            keys.Sort();
            var sorted = scratch.Entries.AsSpan(0, n);
            for (var i = 0; i < n; i++)
                sorted[i] = items[(int)(uint)keys[i]];
            // Entries of one MMSI at one instant are next to each other now, in arrival order: order them in full.
            for (var i = 0; i < n;)
            {
                var j = i + 1;
                while (j < n && keys[j] >> 32 == keys[i] >> 32)
                    j++;
                if (j - i > 1)
                    sorted[i..j].Sort(new EntryOrder());
                i = j;
            }
            sorted.CopyTo(items);
        }

        public void CopyTo(List<Entry> list)
        {
            for (var i = 0; i < Count; i++)
                list.Add(_items[_start + i]);
        }

        public void RemoveFirst()
        {
            _items[_start] = default;
            _start++;
            if (--Count == 0)
                _start = 0;
        }
    }
}
