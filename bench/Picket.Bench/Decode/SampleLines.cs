namespace Picket.Bench.Decode;

/// <summary>Real sentences used by the single-message benchmarks; each benchmark's setup checks it decodes.</summary>
internal static class SampleLines
{
    /// <summary>Type 1 position report (pyais sample <c>messages.ais</c>).</summary>
    public static readonly byte[] Type1 = "!AIVDM,1,1,,A,16:=?;0P00`SstvFnFbeGH6L088h,0*44"u8.ToArray();

    /// <summary>The same sentence behind an IEC 61162-1 §7.9 tag block with a source and a UNIX time (checksum 3C).</summary>
    public static readonly byte[] TagBlockedType1 = "\\s:rSRC042,c:1520000000*3C\\!AIVDM,1,1,,A,16:=?;0P00`SstvFnFbeGH6L088h,0*44"u8.ToArray();

    /// <summary>A type 5 in two sentences, 424 bits (gpsd regression log <c>ais-raw-messages.log</c>).</summary>
    public static readonly byte[] Type5Part1 = "!AIVDM,2,1,6,A,53R=aR800001=SC?7@1HE8LTp40000000000000l0`?2453a052Dm23B@@00,0*72"u8.ToArray();
    public static readonly byte[] Type5Part2 = "!AIVDM,2,2,6,A,00000000002,2*20"u8.ToArray();
}
