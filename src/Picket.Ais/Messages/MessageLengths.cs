using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Which payload lengths each type may have. Real transmitters send a few bits more than the standard (type 24A as
/// 162 or 168 bits, type 1 as 204) — extra bits are ignored — and sometimes a few less (type 5 as 420 of 424 bits).
/// gpsd accepts type 1–3 down to 163 bits; we allow the same six-bit margin for every type, so at most the last
/// field (a spare, the radio status or the last text character) is lost.
/// </summary>
internal static class MessageLengths
{
    private const int Margin = 6;

    public static RejectReason Check(int type, BitReader r)
    {
        int min = type switch
        {
            1 or 2 or 3 or 4 or 11 or 9 or 18 => 168,
            5 => StaticAndVoyageData.StandardBits,
            6 => BinaryMessageHeader.AddressedHeaderBits + Margin,
            8 => BinaryMessageHeader.BroadcastHeaderBits + Margin,
            19 => ExtendedPositionReportClassB.StandardBits,
            21 => AidToNavigationReport.StandardBits,
            24 => StaticDataReport.PartABits,
            27 => LongRangePosition.StandardBits,
            >= 1 and <= 27 => 38 + Margin, // types we do not decode: type, repeat and MMSI must be whole
            _ => -1,
        };
        if (min < 0) return RejectReason.UnknownType;
        if (type == 24)
        {
            uint part = r.UInt(38, 2);
            if (part > 1) return RejectReason.UnknownType; // part numbers 2 and 3 are not defined (seen in gpsd's sample)
            if (part == 1) min = StaticDataReport.PartBBits;
        }
        return r.BitLength + Margin >= min ? RejectReason.None : RejectReason.TooShort;
    }
}
