using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais;

/// <summary>Encodes typed messages to NMEA lines: the inverse of <see cref="AisDecoder"/>, for simulators and tests.</summary>
public static class AisEncoder
{
    /// <summary>Writes <paramref name="message"/> as one or more <c>!AIVDM</c> lines.</summary>
    public static void Write<T>(NmeaWriter nmea, TextWriter output, in T message, char channel = 'A', long? timeMs = null, string? source = null)
        where T : struct, IAisMessage
    {
        Span<byte> buffer = stackalloc byte[160];
        var w = new BitWriter(buffer);
        message.Write(ref w);
        nmea.Write(output, w.Bytes, w.BitLength, channel, timeMs, source);
    }

    /// <summary>Packs <paramref name="message"/> into bits; returns the bit length.</summary>
    public static int ToBits<T>(in T message, Span<byte> destination) where T : struct, IAisMessage
    {
        var w = new BitWriter(destination);
        message.Write(ref w);
        return w.BitLength;
    }
}
