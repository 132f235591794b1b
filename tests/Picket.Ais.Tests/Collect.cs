using System.Text;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>Decodes text line by line and keeps what each message was, for assertions.</summary>
internal sealed class Collect
{
    public readonly AisDecoder Decoder;
    public readonly List<Decoded> Messages = new();

    public Collect(AisDecoderOptions? options = null) => Decoder = new AisDecoder(options);

    public record Decoded(int Type, uint Mmsi, byte[] Bits, int BitLength, long TimeMs, string Source, byte Channel, int Sentences);

    public LineOutcome Line(string line)
    {
        var outcome = Decoder.Decode(Encoding.Latin1.GetBytes(line), out var p);
        if (outcome == LineOutcome.Message)
        {
            var bytes = new byte[(p.BitLength + 7) / 8 + 8];
            Payload.PayloadArmor.TryPack(p.Armored, bytes);
            Messages.Add(new Decoded(p.MessageType, p.Mmsi, bytes, p.BitLength, p.TimeMs, Encoding.Latin1.GetString(p.Source), p.Channel, p.Sentences));
        }
        return outcome;
    }

    public Collect Lines(string text)
    {
        foreach (var l in text.Split('\n')) Line(l);
        Decoder.Flush();
        return this;
    }

    public static Payload.BitReader Reader(Decoded d) => new(d.Bits, d.BitLength);
}
