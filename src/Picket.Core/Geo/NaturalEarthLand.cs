using System.Buffers;
using System.Buffers.Text;

namespace Picket.Core.Geo;

/// <summary>Decodes the shipped Natural Earth 1:50m land boundary (see NaturalEarthLand.Data.cs and its generator).</summary>
internal static partial class NaturalEarthLand
{
    /// <summary>Arc polylines as flat coordinate arrays; <c>arcStarts[i]</c> is the first point of arc i, the last entry the point count.</summary>
    public static (double[] Lat, double[] Lon, int[] ArcStarts) Decode()
    {
        var raw = new byte[Base64.GetMaxDecodedFromUtf8Length(ArcsBase64.Length)];
        var status = Base64.DecodeFromUtf8(ArcsBase64, raw, out _, out var length);
        if (status != OperationStatus.Done)
            throw new InvalidOperationException("The shipped land data is corrupt.");
        var data = raw.AsSpan(0, length);
        var pos = 0;
        var arcCount = (int)ReadVarint(data, ref pos);
        var lat = new List<double>(65_536);
        var lon = new List<double>(65_536);
        var starts = new int[arcCount + 1];
        for (var a = 0; a < arcCount; a++)
        {
            starts[a] = lat.Count;
            var n = (int)ReadVarint(data, ref pos);
            long x = 0, y = 0;
            for (var i = 0; i < n; i++)
            {
                x += Unzigzag(ReadVarint(data, ref pos));
                y += Unzigzag(ReadVarint(data, ref pos));
                lon.Add(x * ScaleLon + TranslateLon);
                lat.Add(y * ScaleLat + TranslateLat);
            }
        }
        starts[arcCount] = lat.Count;
        return ([.. lat], [.. lon], starts);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong v = 0;
        var shift = 0;
        while (true)
        {
            var b = data[pos++];
            v |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return v;
            shift += 7;
        }
    }

    private static long Unzigzag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);
}
