using Picket.Screening.Names;

namespace Picket.Screening.Matching;

/// <summary>
/// Per-thread buffers for candidate generation: per indexed name, a hit weight and a bit mask of the query tokens
/// that found it, reset through the list of names touched, so a query costs in proportion to its posting lists
/// rather than to the size of the lists. Names whose best possible score is under the threshold are not returned.
/// </summary>
internal sealed class CandidateScratch
{
    const int ExactHit = 2;
    const int DeletionHit = 1;
    const int JoinedHit = 4;
    const int MaxMaskTokens = 32;
    const ulong MaxSortWeight = (1 << 24) - 1;

    readonly int[] _weight;
    readonly uint[] _mask;
    readonly int[] _lastGroup;
    readonly List<int> _touched = [];
    readonly List<int> _result = [];
    ulong[] _sortKeys = new ulong[256];
    int _stamp;

    /// <summary>Names touched and names returned on this thread since creation; for the benchmark's report.</summary>
    public long Touched { get; private set; }

    public long Returned { get; private set; }

    public CandidateScratch(int names)
    {
        _weight = new int[names];
        _mask = new uint[names];
        _lastGroup = new int[names];
    }

    /// <summary>Ids of the indexed names most like <paramref name="query"/>, at most <paramref name="max"/>.</summary>
    public List<int> Collect(ScreeningIndex index, PreparedName query, int max, double threshold, NameScorerOptions options)
    {
        _touched.Clear();
        _result.Clear();
        var n = Math.Min(query.Tokens.Length, MaxMaskTokens);
        var weakOnly = !query.HasStrongTokens && !query.HasNumbers;
        Span<char> buf = stackalloc char[128];
        for (var t = 0; t < n; t++)
        {
            var cls = query.Classes[t];
            var key = query.Keys[t];
            var bit = 1u << t;
            if (t + 1 < n && (!cls.IsWeak() || !query.Classes[t + 1].IsWeak()))
            {
                var next = query.Keys[t + 1];
                if (key.Length + next.Length <= buf.Length)
                {
                    key.CopyTo(buf);
                    next.CopyTo(buf[key.Length..]);
                    Hit(index.Lookup(buf[..(key.Length + next.Length)]), ++_stamp, JoinedHit, bit | (bit << 1));
                }
            }

            if (cls.IsWeak())
            {
                if (weakOnly)
                {
                    Hit(index.LookupWeak(key), ++_stamp, ExactHit, bit);
                }

                continue;
            }

            // One group per token: the exact key first, so a name found by it is not counted again by a deletion.
            // Symmetric deletions, all in the index's deletion space: the key vs list deletions (the list token has one
            // letter more), query deletions vs list deletions (a letter substituted, or two swapped) and vs whole list
            // keys of four letters or more (the query has one letter more). The token as written too, when its key differs: a typo can break
            // a romanisation key apart ("HCOUKA" keys to "hcouka", "CHOUKA" to "jouka").
            var group = ++_stamp;
            LookupWithDeletions(index, key, cls, group, bit, buf);
            if (query.Numbers[t] is { } number && number != key)
            {
                Hit(index.Lookup(number), group, ExactHit, bit); // "SEA STAR III" finds "SEA STAR 3"
            }

            var text = query.Tokens[t];
            if (!ReferenceEquals(text, key))
            {
                LookupWithDeletions(index, text, cls, group, bit, buf);
            }
        }

        foreach (var id in _touched)
        {
            if (UpperBound(query, n, _mask[id], weakOnly, options) >= threshold)
            {
                _result.Add(id);
            }
        }

        return Finish(index, max);
    }

    /// <summary>Looks up <paramref name="key"/> and its one-letter deletions as one group (see <see cref="Collect"/>).</summary>
    void LookupWithDeletions(ScreeningIndex index, string key, TokenClass cls, int group, uint bit, Span<char> buf)
    {
        Hit(index.Lookup(key), group, ExactHit, bit);
        if (!ScreeningIndex.HasDeletions(cls, key) || key.Length >= buf.Length)
        {
            return;
        }

        buf[0] = ScreeningIndex.DeletionPrefix;
        key.CopyTo(buf[1..]);
        Hit(index.Lookup(buf[..(key.Length + 1)]), group, DeletionHit, bit);
        for (var d = 0; d < key.Length; d++)
        {
            key.AsSpan(0, d).CopyTo(buf[1..]);
            key.AsSpan(d + 1).CopyTo(buf[(d + 1)..]);
            Hit(index.Lookup(buf[..key.Length]), group, DeletionHit, bit);
        }
    }

    List<int> Finish(ScreeningIndex index, int max)
    {
        if (_result.Count > max)
        {
            // Heaviest hits first; among equals the shorter name (fewer tokens left unexplained), then index order. The
            // three keys packed in one ulong sort as primitives (no comparison delegate): weight inverted in the top
            // 24 bits, the token count in the next 8, the id in the low 32.
            var tokenCounts = index.TokenCounts;
            var count = _result.Count;
            if (_sortKeys.Length < count)
            {
                _sortKeys = new ulong[Math.Max(count, 2 * _sortKeys.Length)];
            }

            for (var i = 0; i < count; i++)
            {
                var id = _result[i];
                var weight = (ulong)Math.Min(_weight[id], (int)MaxSortWeight);
                var tokens = (ulong)tokenCounts[id];
                _sortKeys[i] = ((MaxSortWeight - weight) << 40) | (tokens << 32) | (uint)id;
            }

            var keys = _sortKeys.AsSpan(0, count);
            keys.Sort();
            _result.Clear();
            foreach (var key in keys[..max])
            {
                _result.Add((int)(uint)key);
            }
        }

        Touched += _touched.Count;
        Returned += _result.Count;
        foreach (var id in _touched)
        {
            _weight[id] = 0;
            _mask[id] = 0;
        }

        return _result;
    }

    void Hit(ReadOnlySpan<int> ids, int group, int weight, uint bits)
    {
        foreach (var id in ids)
        {
            if (_lastGroup[id] == group)
            {
                continue; // one lookup group counts once per name
            }

            _lastGroup[id] = group;
            if (_weight[id] == 0)
            {
                _touched.Add(id);
            }

            _weight[id] += weight;
            _mask[id] |= bits;
        }
    }

    /// <summary>
    /// The best score a name could reach given which query tokens found it: tokens that did not are assumed
    /// unpaired, except weak ones (not looked up) and long ones (two edits escape a one-deletion index), which are
    /// assumed paired, and so are initials. Every list-name token is assumed paired. Mirrors <see cref="NameScorer"/>'s weighting.
    /// </summary>
    static double UpperBound(PreparedName query, int n, uint mask, bool weakOnly, NameScorerOptions o)
    {
        double hit = 0, miss = 0;
        for (var t = 0; t < query.Tokens.Length; t++)
        {
            var cls = query.Classes[t];
            // Weak tokens: the larger weight when assumed paired, the smaller when unpaired, so the bound stays an upper bound.
            var weak = cls.IsWeak();
            var found = t >= n || (mask & (1u << t)) != 0
                || weak && !weakOnly
                || cls == TokenClass.Strong && EditDistance.Budget(query.Tokens[t].Length) > 1
                || query.Tokens[t].Length == 1; // an initial pairs with any name part it begins, which no key finds
            if (found)
            {
                hit += weak ? Math.Max(o.WeakTokenWeight, o.UnpairedFormTokenWeight) : 1;
            }
            else
            {
                miss += (weak ? Math.Min(o.WeakTokenWeight, o.UnpairedFormTokenWeight) : 1) * o.ExtraQueryTokenWeight;
            }
        }

        return hit / (hit + miss);
    }
}
