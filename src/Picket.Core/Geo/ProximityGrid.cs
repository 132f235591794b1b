namespace Picket.Core.Geo;

/// <summary>
/// A spatial hash for "who is near whom" at one instant: points go into cells about <c>cellKm</c> on a side (rows
/// of equal latitude height, columns widened by 1/cos(latitude) so cells stay roughly square), and a query returns
/// the points of the cell and its eight neighbours. With cells at least as wide as the search radius nothing within
/// the radius is missed, and the cost per point depends on local density, not on the number of points: pairing
/// grows linearly with traffic instead of quadratically (GFW's encounters pipeline does the same with S2 cells).
/// The cell table is open-addressed in one flat array sized to the points. Most neighbour cells at sea are empty, and
/// with thousands of points the table outgrows the fast caches, so a bit per table slot (one 64th of its size) says
/// whether any cell hashes there: a probe of an empty cell usually stops at that bit. Reusable: <see cref="Clear"/>
/// keeps the arrays and resets only the slots used. Longitudes are not wrapped at ±180°.
/// </summary>
public sealed class ProximityGrid
{
    private const double KmPerDegreeLat = GreatCircle.EarthRadiusMetres * Math.PI / 180.0 / 1000.0;
    private const long Empty = long.MinValue;
    private readonly double _rowDeg;
    private long[] _keys = [];
    private int[] _heads = [];
    private ulong[] _homes = [];   // bit h: some cell's home slot is h (linear probing finds a cell from its home on)
    private int[] _used = [];      // slots holding a cell, to reset on Clear
    private int _usedCount;
    private int _mask;
    private int[] _next = new int[256];
    private (long Key, int Index)[] _pending = new (long, int)[256];

    /// <summary>An empty grid whose cells are about <paramref name="cellKm"/> kilometres on a side; to miss no pair, at least the search radius.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cellKm"/> is not a positive number.</exception>
    public ProximityGrid(double cellKm)
    {
        if (!(cellKm > 0))
            throw new ArgumentOutOfRangeException(nameof(cellKm));
        _rowDeg = cellKm / KmPerDegreeLat;
        Resize(256);
    }

    /// <summary>The number of points added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the grid for the next instant, keeping its arrays so a reused grid stops allocating.</summary>
    public void Clear()
    {
        for (var i = 0; i < _usedCount; i++)
            _keys[_used[i]] = Empty;
        if (_usedCount > 0)
            Array.Clear(_homes);
        _usedCount = 0;
        Count = 0;
    }

    /// <summary>Adds point number <paramref name="index"/> (0, 1, 2… in order of adding).</summary>
    public void Add(int index, double lat, double lon)
    {
        if (index != Count)
            throw new ArgumentException("Points must be added with consecutive indices from 0.", nameof(index));
        if (index >= _next.Length)
            Array.Resize(ref _next, _next.Length * 2);
        if ((Count + 1) * 2 > _keys.Length)
            Grow();
        var row = Row(lat);
        Insert(Key(row, Col(row, lon)), index);
        Count++;
    }

    /// <summary>Appends to <paramref name="result"/> every point in the cell of (lat, lon) and its eight neighbours.</summary>
    public void Candidates(double lat, double lon, List<int> result)
    {
        var row = Row(lat);
        for (var r = row - 1; r <= row + 1; r++)
        {
            var col = Col(r, lon);
            for (var c = col - 1; c <= col + 1; c++)
            {
                for (var i = Find(Key(r, c)); i >= 0; i = _next[i])
                    result.Add(i);
            }
        }
    }

    private void Insert(long key, int index)
    {
        var slot = Slot(key);
        _homes[slot >> 6] |= 1UL << slot;
        while (_keys[slot] != Empty && _keys[slot] != key)
            slot = (slot + 1) & _mask;
        if (_keys[slot] == key)
            _next[index] = _heads[slot];
        else
        {
            _keys[slot] = key;
            _next[index] = -1;
            _used[_usedCount++] = slot;
        }
        _heads[slot] = index;
    }

    private int Find(long key)
    {
        var slot = Slot(key);
        if ((_homes[slot >> 6] & (1UL << slot)) == 0)
            return -1;
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
                return _heads[slot];
            if (k == Empty)
                return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Doubles the table and re-inserts the points added so far (their cells are recomputed from the chains).</summary>
    private void Grow()
    {
        var n = 0;
        if (_pending.Length < Count)
            _pending = new (long, int)[_keys.Length];
        for (var s = 0; s < _keys.Length; s++)
        {
            if (_keys[s] == Empty)
                continue;
            for (var i = _heads[s]; i >= 0; i = _next[i])
                _pending[n++] = (_keys[s], i);
        }
        Resize(_keys.Length * 2);
        // Re-insert in index order so each chain keeps newest-first order, as if built in one go.
        Array.Sort(_pending, 0, n, Comparer<(long Key, int Index)>.Create((a, b) => a.Index.CompareTo(b.Index)));
        for (var j = 0; j < n; j++)
            Insert(_pending[j].Key, _pending[j].Index);
    }

    private void Resize(int capacity)
    {
        _keys = new long[capacity];
        _heads = new int[capacity];
        _homes = new ulong[Math.Max(1, capacity / 64)];
        _used = new int[capacity];
        _usedCount = 0;
        Array.Fill(_keys, Empty);
        _mask = capacity - 1;
    }

    private int Slot(long key)
    {
        // Fibonacci hashing spreads neighbouring cells across the table.
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 40) & _mask;
    }

    private int Row(double lat) => (int)Math.Floor(lat / _rowDeg);

    private int Col(int row, double lon)
    {
        var centreLat = (row + 0.5) * _rowDeg;
        var cos = Math.Max(Math.Cos(Math.Clamp(centreLat, -89.9, 89.9) * Math.PI / 180.0), 0.01);
        return (int)Math.Floor(lon * cos / _rowDeg);
    }

    private static long Key(int row, int col) => ((long)row << 32) ^ (uint)col;
}
