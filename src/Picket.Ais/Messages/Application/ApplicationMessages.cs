using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// The application messages (DAC/FI pairs) decoded field by field; any other is written as opaque data. The same
/// application may come broadcast (type 8) or addressed (type 6): only where its data starts differs.
/// </summary>
public static class ApplicationMessages
{
    /// <summary>True when <paramref name="dac"/>/<paramref name="fi"/> is one of the applications decoded here.</summary>
    public static bool IsKnown(ushort dac, byte fi) => (dac, fi) is (1, 11) or (1, 22) or (1, 31) or (200, 10) or (200, 24);

    /// <summary>Writes the application's fields when it is known and its data long enough; returns false otherwise.</summary>
    public static bool TryWriteFields(IAisFieldSink s, BitReader r, ushort dac, byte fi, int offset)
    {
        int bits = r.BitLength - offset;
        // Six bits short is tolerated as for whole messages; a field the payload does not reach reads as zero here,
        // which for these tables is the "not available" code or the last spare bits.
        switch ((dac, fi))
        {
            case (1, 11) when bits + 6 >= MeteoHydroReportLegacy.DataBits: MeteoHydroReportLegacy.Read(r, offset).WriteFields(s); return true;
            case (1, 31) when bits + 6 >= MeteoHydroReport.DataBits: MeteoHydroReport.Read(r, offset).WriteFields(s); return true;
            case (1, 22) when bits >= 55: AreaNotice.Read(r, offset).WriteFields(s); return true;
            case (200, 10) when bits + 6 >= InlandStaticAndVoyage.DataBits: InlandStaticAndVoyage.Read(r, offset).WriteFields(s); return true;
            case (200, 24) when bits >= 37: InlandWaterLevel.Read(r, offset).WriteFields(s); return true;
            default: return false;
        }
    }
}
