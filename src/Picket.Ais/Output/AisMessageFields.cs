using Picket.Ais.Messages;

namespace Picket.Ais.Output;

/// <summary>
/// Writes a decoded message, every field of it, to an <see cref="IAisFieldSink"/>: first <c>time</c>, <c>source</c>,
/// <c>type</c>, <c>mmsi</c>, <c>channel</c> and <c>repeat</c>, then the fields of its type in the order the type lists
/// them. Nothing here allocates for the message types that carry no text; text fields come from the six-bit decoder.
/// </summary>
public static class AisMessageFields
{
    /// <summary>
    /// Writes every field of <paramref name="p"/> to <paramref name="s"/>: the reception and header fields, then those of
    /// its type.
    /// </summary>
    public static void Write(IAisFieldSink s, in AisPayload p)
    {
        Span<char> chars = stackalloc char[32];
        if (p.HasTime) s.Text(AisFields.Time, chars[..IsoTime.Format(p.TimeMs, chars)]);
        else s.Null(AisFields.Time);
        var source = p.Source;
        if (source.IsEmpty) s.Null(AisFields.Source);
        else
        {
            int n = Math.Min(source.Length, chars.Length);
            for (int i = 0; i < n; i++) chars[i] = (char)source[i]; // Latin-1: one char per byte
            s.Text(AisFields.Source, chars[..n]);
        }
        var r = p.Reader;
        int type = p.MessageType;
        s.Integer(AisFields.Type, type);
        s.Integer(AisFields.Mmsi, p.Mmsi);
        if (p.Channel == 0) s.Null(AisFields.Channel);
        else { chars[0] = (char)p.Channel; s.Text(AisFields.Channel, chars[..1]); }
        s.Integer(AisFields.Repeat, p.Repeat);
        switch (type)
        {
            case 1 or 2 or 3: PositionReportClassA.Read(r).WriteFields(s); break;
            case 4 or 11: BaseStationReport.Read(r).WriteFields(s); break;
            case 5: StaticAndVoyageData.Read(r).WriteFields(s); break;
            case 6 or 8: BinaryMessageHeader.Read(r).WriteFields(s, r); break;
            case 7 or 13: BinaryAcknowledge.Read(r).WriteFields(s); break;
            case 9: SarAircraftPosition.Read(r).WriteFields(s); break;
            case 10: UtcDateInquiry.Read(r).WriteFields(s); break;
            case 12: AddressedSafetyMessage.Read(r).WriteFields(s); break;
            case 14: BroadcastSafetyMessage.Read(r).WriteFields(s); break;
            case 15: Interrogation.Read(r).WriteFields(s); break;
            case 16: AssignedModeCommand.Read(r).WriteFields(s); break;
            case 17: DgnssBroadcast.Read(r).WriteFields(s, r); break;
            case 18: PositionReportClassB.Read(r).WriteFields(s); break;
            case 19: ExtendedPositionReportClassB.Read(r).WriteFields(s); break;
            case 20: DataLinkManagement.Read(r).WriteFields(s); break;
            case 21: AidToNavigationReport.Read(r).WriteFields(s); break;
            case 22: ChannelManagement.Read(r).WriteFields(s); break;
            case 23: GroupAssignmentCommand.Read(r).WriteFields(s); break;
            case 24: StaticDataReport.Read(r).WriteFields(s); break;
            case 25: SingleSlotBinaryMessage.Read(r).WriteFields(s, r); break;
            case 26: MultipleSlotBinaryMessage.Read(r).WriteFields(s, r); break;
            case 27: LongRangePosition.Read(r).WriteFields(s); break;
        }
    }
}

/// <summary>ISO 8601 UTC time with milliseconds only when there are any, formatted by hand (no culture, no allocation).</summary>
internal static class IsoTime
{
    /// <summary>Writes "yyyy-MM-ddTHH:mm:ss[.fff]Z" (at least 24 characters of room); returns the length.</summary>
    public static int Format(long unixMs, Span<char> d)
    {
        if (unixMs is < -62_135_596_800_000L or > 253_402_300_799_999L) unixMs = 0; // outside DateTime: never from a valid clock
        var t = DateTime.UnixEpoch.AddMilliseconds(unixMs);
        Digits(d, 0, t.Year, 4); d[4] = '-'; Digits(d, 5, t.Month, 2); d[7] = '-'; Digits(d, 8, t.Day, 2); d[10] = 'T';
        Digits(d, 11, t.Hour, 2); d[13] = ':'; Digits(d, 14, t.Minute, 2); d[16] = ':'; Digits(d, 17, t.Second, 2);
        int n = 19;
        if (t.Millisecond != 0) { d[19] = '.'; Digits(d, 20, t.Millisecond, 3); n = 23; }
        d[n] = 'Z';
        return n + 1;
    }

    private static void Digits(Span<char> d, int at, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--) { d[at + i] = (char)('0' + value % 10); value /= 10; }
    }
}
