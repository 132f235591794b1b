using System.Text.Json;
using Picket.Ais.Payload;

namespace Picket.Ais.Output;

/// <summary>
/// Writes a decoded message as one JSON object on a caller's <see cref="Utf8JsonWriter"/>, with the same fields as
/// <see cref="AisJsonLineWriter"/> (which is faster for whole streams). Text from the air is untrusted and is escaped
/// by the <see cref="Utf8JsonWriter"/>.
/// </summary>
public static class AisJsonWriter
{
    /// <summary>Writes <paramref name="p"/> as one JSON object (start to end) on <paramref name="w"/>; the writer is not flushed.</summary>
    public static void Write(Utf8JsonWriter w, in AisPayload p)
    {
        w.WriteStartObject();
        AisMessageFields.Write(new Sink(w), p);
        w.WriteEndObject();
    }

    private sealed class Sink(Utf8JsonWriter w) : IAisFieldSink
    {
        public void Null(AisField field) => w.WriteNull(field.Name);
        public void Integer(AisField field, long value) => w.WriteNumber(field.Name, value);
        public void Decimal(AisField field, double value)
        {
            if (double.IsFinite(value)) w.WriteNumber(field.Name, Math.Round(value, 6)); else w.WriteNull(field.Name);
        }
        public void Boolean(AisField field, bool value) => w.WriteBoolean(field.Name, value);
        public void Text(AisField field, ReadOnlySpan<char> value)
        {
            if (value.IsEmpty) w.WriteNull(field.Name); else w.WriteString(field.Name, value);
        }
        public void Bits(AisField field, BitReader reader, int offset, int length)
        {
            if (length <= 0) { w.WriteNull(field.Name); return; }
            var hex = length <= 8 * 1024 ? stackalloc char[(length + 7) / 8 * 2] : new char[(length + 7) / 8 * 2];
            for (int i = 0; i < hex.Length / 2; i++)
            {
                int take = Math.Min(8, length - 8 * i);
                uint v = reader.UInt(offset + 8 * i, take) << (8 - take);
                hex[2 * i] = "0123456789abcdef"[(int)(v >> 4)];
                hex[2 * i + 1] = "0123456789abcdef"[(int)(v & 0xF)];
            }
            w.WriteString(field.Name, hex);
        }
    }
}
