namespace Picket.Ais.Nmea;

/// <summary>
/// One <c>!ccVDM</c>/<c>!ccVDO</c> sentence (IEC 61162-1 §8.3.93/94): <c>!AIVDM,total,number,seqid,channel,payload,fill*hh</c>,
/// with any two-character talker. Values point into the line and are valid until the next line.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "A per-line ref struct that TryParse fills field by field on the decode hot path; public fields are its published API (PublicAPI.approved.txt) and cost nothing.")]
public ref struct VdmSentence
{
    /// <summary>VDO: the receiver's own ship.</summary>
    public bool OwnShip;
    /// <summary>Fragment count (1–9) and this sentence's number within it (1-based), IEC 61162-1 VDM fields 1 and 2.</summary>
    public int Total, Number;
    /// <summary>Sequential message id (0–9 by the standard; up to 9999 tolerated), or -1 when empty or unusable on a single-sentence line.</summary>
    public int SequenceId;
    /// <summary>Radio channel as sent ('A', 'B', '1', '2'), or 0 when empty.</summary>
    public byte Channel;
    /// <summary>The armoured payload characters of this sentence (ITU-R M.1371-5 Annex 8 §3.1 six-bit armouring), pointing into the line.</summary>
    public ReadOnlySpan<byte> Payload;
    /// <summary>Fill bits 0–5 added to the last payload character to reach a six-bit boundary.</summary>
    public int FillBits;
    /// <summary>Receiver id from a trailing field after the checksum (USCG style <c>*hh,b003669794,1272412827</c>); empty when absent.</summary>
    public ReadOnlySpan<byte> TrailerSource;
    /// <summary>UNIX time in ms from a trailing field after the checksum, or <see cref="long.MinValue"/>.</summary>
    public long TrailerTimeMs;
    /// <summary>Text other than a comma trailer followed the checksum; the checksum was good, so the sentence is kept.</summary>
    public bool HasTrailingText;

    /// <summary>Longest payload accepted in one sentence; the standard's 82-character line allows about 60.</summary>
    public const int MaxPayloadChars = 256;

    /// <summary>Parses a sentence starting at '!'. Returns <see cref="RejectReason.None"/> on success.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static RejectReason TryParse(ReadOnlySpan<byte> s, out VdmSentence v)
    {
        v = default;
        v.TrailerTimeMs = long.MinValue;
        // "!" + talker(2) + "VDM" + ","
        if (s.Length < 7 || s[0] != (byte)'!') return RejectReason.NotAis;
        if (s[3] != (byte)'V' || s[4] != (byte)'D' || (s[5] != (byte)'M' && s[5] != (byte)'O'))
            return RejectReason.NotAis;
        if (s[6] != (byte)',') return RejectReason.NotAis;
        v.OwnShip = s[5] == (byte)'O';

        // The first '*' ends the sentence: no armouring character, field or tag is a '*' (IEC 61162-1 §7.2.3), so
        // anything after "*hh" is a trailer (USCG ",receiver,time") or a logger's trailing text, neither of which the
        // checksum covers. A good checksum followed by such text is a good sentence, as gpsd and libais read it.
        int star = s.IndexOf((byte)'*');
        if (star < 0)
        {
            return CountCommas(s) >= 6 ? RejectReason.MissingChecksum : RejectReason.Truncated;
        }
        if (s.Length - star < 3)
            return CountCommas(s[..star]) >= 6 ? RejectReason.BadChecksum : RejectReason.Truncated;
        int expected = NmeaChecksum.ParseHex2(s[star + 1], s[star + 2]);
        var body = s[1..star];
        if (expected < 0) return RejectReason.BadChecksum;
        if (expected != NmeaChecksum.Compute(body))
            return CountCommas(body) >= 6 ? RejectReason.BadChecksum : RejectReason.Truncated;
        var after = s[(star + 3)..];
        if (!after.IsEmpty)
        {
            if (after[0] == (byte)',') ParseTrailer(after[1..], ref v);
            else v.HasTrailingText = true;
        }

        var f = body[6..]; // after "ccVDM,"
        if (!NextField(ref f, out var total) || !NextField(ref f, out var number) || !NextField(ref f, out var seq)
            || !NextField(ref f, out var channel) || !NextField(ref f, out var payload))
            return RejectReason.Truncated;
        var fill = f; // the last field runs to the star
        if (total.Length != 1 || number.Length != 1) return RejectReason.MalformedField;
        v.Total = total[0] - '0';
        v.Number = number[0] - '0';
        if (v.Total is < 1 or > 9 || v.Number < 1 || v.Number > v.Total) return RejectReason.MalformedField;
        // The sequential message id is 0–9 by the standard and only ties the sentences of one message together, so a
        // single-sentence line with any other id (seen in the wild: "10", letters) loses nothing and is kept; a
        // multi-part id is accepted when it is a small number, which is all reassembly needs.
        v.SequenceId = ParseSequenceId(seq);
        if (v.SequenceId == InvalidSequenceId)
        {
            if (v.Total != 1) return RejectReason.MalformedField;
            v.SequenceId = -1;
        }
        v.Channel = channel.Length == 1 ? channel[0] : (byte)0;
        if (fill.Length != 1 || fill[0] - '0' is < 0 or > 5) return RejectReason.BadFillBits;
        v.FillBits = fill[0] - '0';
        // An empty fragment may end a multi-part message whose earlier sentences carried the whole payload (some base
        // stations split that way); only a single sentence with nothing in it is empty.
        if (payload.IsEmpty && v.Total == 1) return RejectReason.EmptyPayload;
        if (payload.Length > MaxPayloadChars) return RejectReason.MalformedField;
        v.Payload = payload;
        return RejectReason.None;
    }

    private const int InvalidSequenceId = int.MinValue;

    private static int ParseSequenceId(ReadOnlySpan<byte> seq)
    {
        if (seq.IsEmpty) return -1;
        if (seq.Length > 4) return InvalidSequenceId;
        int id = 0;
        foreach (byte b in seq)
        {
            if (b is < (byte)'0' or > (byte)'9') return InvalidSequenceId;
            id = id * 10 + (b - '0');
        }
        return id;
    }

    private static bool NextField(scoped ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> field)
    {
        int comma = rest.IndexOf((byte)',');
        if (comma < 0) { field = default; return false; }
        field = rest[..comma];
        rest = rest[(comma + 1)..];
        return true;
    }

    private static int CountCommas(ReadOnlySpan<byte> s) => System.MemoryExtensions.Count(s, (byte)',');

    private static void ParseTrailer(ReadOnlySpan<byte> rest, ref VdmSentence v)
    {
        while (!rest.IsEmpty)
        {
            int comma = rest.IndexOf((byte)',');
            var field = comma < 0 ? rest : rest[..comma];
            rest = comma < 0 ? default : rest[(comma + 1)..];
            if (field.IsEmpty) continue;
            if (TagBlock.TryParseLong(field, out long t))
            {
                if (field.Length is 10) v.TrailerTimeMs = t * 1000;
                else if (field.Length is 13) v.TrailerTimeMs = t;
            }
            else if (v.TrailerSource.IsEmpty && field.Length <= 32) v.TrailerSource = field;
        }
    }
}
