using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// CSV exports (NOAA MarineCadastre, DMA) give overall length and width in metres, not the four distances from the
/// GNSS antenna of ITU-R M.1371-5 type 5. The antenna is placed amidships: length and beam — what the delivery
/// estimate and the identity checks use — come out exact; the split is unknown and not claimed.
/// </summary>
internal static class CsvDimensions
{
    public static VesselDimensions? From(double? length, double? width)
    {
        // M.1371-5 field widths: bow/stern 9 bits (511 m), port/starboard 6 bits (63 m).
        int l = length is { } x && double.IsFinite(x) && x > 0 && x <= 1022 ? (int)Math.Round(x) : 0;
        int w = width is { } y && double.IsFinite(y) && y > 0 && y <= 126 ? (int)Math.Round(y) : 0;
        if (l == 0 && w == 0) return null;
        return new VesselDimensions((ushort)(l - l / 2), (ushort)(l / 2), (byte)(w - w / 2), (byte)(w / 2));
    }
}
