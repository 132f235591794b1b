using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Which payload lengths each type may have (ITU-R M.1371-5 Annex 8 §3). Real transmitters send a few bits more than
/// the standard (type 24A as 162 or 168 bits, type 1 as 204) — extra bits are ignored — and sometimes a few less (type
/// 5 as 420 of 424 bits). gpsd accepts type 1–3 down to 163 bits; we allow the same six-bit margin for every type, so
/// at most the last field (a spare, the radio status or the last text character) is lost, and a field the payload
/// does not reach is reported absent. Type 27 alone has an upper bound: it is exactly 96 bits.
/// </summary>
internal static class MessageLengths
{
    private const int Margin = 6;

    /// <summary>The standard's shortest payload for a type (part A for type 24), or -1 for an undefined type.</summary>
    public static int MinimumBits(int type) => type switch
    {
        1 or 2 or 3 or 4 or 11 or 9 or 18 => 168,
        5 => StaticAndVoyageData.StandardBits,
        6 => BinaryMessageHeader.AddressedHeaderBits + Margin,
        8 => BinaryMessageHeader.BroadcastHeaderBits + Margin,
        7 or 13 => BinaryAcknowledge.MinimumBits,
        10 => UtcDateInquiry.StandardBits,
        12 => AddressedSafetyMessage.HeaderBits,
        14 => BroadcastSafetyMessage.HeaderBits,
        15 => Interrogation.MinimumBits,
        16 => AssignedModeCommand.MinimumBits,
        17 => DgnssBroadcast.HeaderBits,
        19 => ExtendedPositionReportClassB.StandardBits,
        20 => DataLinkManagement.MinimumBits,
        21 => AidToNavigationReport.StandardBits,
        22 => ChannelManagement.StandardBits,
        23 => GroupAssignmentCommand.StandardBits,
        24 => StaticDataReport.PartABits,
        25 => SingleSlotBinaryMessage.MinimumBits,
        26 => MultipleSlotBinaryMessage.MinimumBits,
        27 => LongRangePosition.StandardBits,
        _ => -1,
    };

    /// <summary>Types whose longest form exceeds one slot's 168 bits, and so may arrive in several sentences.</summary>
    public static bool CanSpanSentences(int type) => type is 5 or 6 or 8 or 12 or 14 or 17 or 19 or 21 or 26;

    /// <summary>True when a payload of this type and length would pass <see cref="Check"/> (type 24's part aside).</summary>
    public static bool IsPlausible(int type, int bitLength)
    {
        int min = MinimumBits(type);
        return min >= 0 && bitLength + Margin >= min && !(type == 27 && bitLength > LongRangePosition.StandardBits);
    }

    /// <summary>
    /// How well a reassembled payload fits its type: 0 not at all, 1 plausibly (a variable-length type), 2 exactly (a
    /// fixed-length type within the six-bit margin). Used to choose between first fragments competing for one key.
    /// </summary>
    public static int CompletionScore(int type, int bitLength)
    {
        if (!IsPlausible(type, bitLength)) return 0;
        int standard = type switch { 5 => StaticAndVoyageData.StandardBits, 19 => ExtendedPositionReportClassB.StandardBits, _ => -1 };
        if (type == 21) return bitLength <= AidToNavigationReport.StandardBits + 88 ? 2 : 1;
        return standard > 0 && Math.Abs(bitLength - standard) <= Margin ? 2 : 1;
    }

    public static RejectReason Check(int type, BitReader r)
    {
        int min = MinimumBits(type);
        if (min < 0) return RejectReason.UnknownType;
        // Type 27 is exactly 96 bits (ITU-R M.1371-5 Annex 8 §3.25): it fits one satellite-friendly slot, so a longer
        // payload is not a long-range report with padding but something else wearing its type number.
        if (type == 27 && r.BitLength > LongRangePosition.StandardBits) return RejectReason.TooLong;
        if (type == 24)
        {
            uint part = r.UInt(38, 2);
            if (part > 1) return RejectReason.UnknownType; // part numbers 2 and 3 are not defined (seen in gpsd's sample)
            if (part == 1) min = StaticDataReport.PartBBits;
        }
        return r.BitLength + Margin >= min ? RejectReason.None : RejectReason.TooShort;
    }
}
