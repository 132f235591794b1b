using Picket.Core.Detection;

namespace Picket.Cluster.Grains;

/// <summary>
/// The sea cut into square cells of <see cref="CellDegrees"/> with a halo of <see cref="HaloDegrees"/>, each a grain
/// keyed by its row and column. The halo is one degree: it must cover a reception cell (1°) and the dark-partner radius
/// (50 km), as the library's partitioned detection requires.
/// </summary>
public static class CellGrid
{
    /// <summary>Side of a cell in degrees.</summary>
    public const double CellDegrees = 5;

    /// <summary>Width of the halo a cell also hears.</summary>
    public const double HaloDegrees = 1;

    private const int Rows = 40, Columns = 80; // 180° / 5 and 360° / 5, with room at the edges

    /// <summary>The key of the cell that owns (<paramref name="lat"/>, <paramref name="lon"/>).</summary>
    public static long Owner(double lat, double lon) => Key(Row(lat), Column(lon));

    /// <summary>The keys of every cell whose halo hears (<paramref name="lat"/>, <paramref name="lon"/>).</summary>
    public static void HeardBy(double lat, double lon, List<long> into)
    {
        into.Clear();
        for (var row = Row(lat - HaloDegrees); row <= Row(lat + HaloDegrees); row++)
            for (var col = Column(lon - HaloDegrees); col <= Column(lon + HaloDegrees); col++)
                if (Cell(Key(row, col)).Hears(lat, lon))
                    into.Add(Key(row, col));
    }

    /// <summary>The cell of a key.</summary>
    internal static SeaCell Cell(long key)
    {
        var row = (int)(key / 1000) - Rows;
        var col = (int)(key % 1000) - Columns;
        return new SeaCell(row * CellDegrees, (row + 1) * CellDegrees, col * CellDegrees, (col + 1) * CellDegrees, HaloDegrees);
    }

    private static int Row(double lat) => (int)Math.Floor(lat / CellDegrees);

    private static int Column(double lon) => (int)Math.Floor(lon / CellDegrees);

    private static long Key(int row, int col) => (row + Rows) * 1000L + col + Columns;
}
