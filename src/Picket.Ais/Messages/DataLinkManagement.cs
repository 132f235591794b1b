using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Data link management, type 20 (ITU-R M.1371-5 Annex 8 §3.19, Table 72): a base station reserves one to four blocks
/// of slots (offset, number of slots, time-out, increment), 30 bits each after a 40-bit header.
/// </summary>
public readonly record struct DataLinkManagement : IAisMessage
{
    /// <summary>Length with one reservation (40-bit header, 30-bit reservation, 2 spare bits) (ITU-R M.1371-5 Table 72).</summary>
    public const int MinimumBits = 72;
    private const int BlockBits = 30;

    /// <summary>
    /// Repeat indicator 0–3: how many times a repeater station has re-sent the message; 0 is the default, 3 means "do not
    /// repeat any more" (ITU-R M.1371-5 Annex 2 §4.6.1).
    /// </summary>
    public byte Repeat { get; init; }
    /// <summary>
    /// MMSI of the sending station: the nine-digit Maritime Mobile Service Identity (ITU-R M.585) set in the transponder,
    /// which names a radio, not a hull.
    /// </summary>
    public uint Mmsi { get; init; }
    /// <summary>Reservations present (1–4); <see cref="Reservation(int)"/> gives each.</summary>
    public int Count { get; init; }
    /// <summary>First slot reservation (always present).</summary>
    public SlotReservation Reservation1 { get; init; }
    /// <summary>Second slot reservation; default when <see cref="Count"/> is below 2.</summary>
    public SlotReservation Reservation2 { get; init; }
    /// <summary>Third slot reservation; default when <see cref="Count"/> is below 3.</summary>
    public SlotReservation Reservation3 { get; init; }
    /// <summary>Fourth slot reservation; default when <see cref="Count"/> is below 4.</summary>
    public SlotReservation Reservation4 { get; init; }

    /// <summary>One reservation: offset 12 bits, number of slots 4, time-out 3 (minutes), increment 11.</summary>
    public readonly record struct SlotReservation(ushort Offset, byte Number, byte Timeout, ushort Increment);

    /// <summary>The reservation at <paramref name="index"/> (0–3), or null when the message has fewer.</summary>
    public SlotReservation? Reservation(int index) => index < 0 || index >= Count ? null : index switch
    {
        0 => Reservation1,
        1 => Reservation2,
        2 => Reservation3,
        _ => Reservation4,
    };

    /// <summary>Reads a type 20 message with its one to four reservations; the caller has checked the type and a minimum length.</summary>
    public static DataLinkManagement Read(BitReader r)
    {
        int count = Math.Clamp((r.BitLength - 40) / BlockBits, 1, 4);
        return new()
        {
            Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), Count = count,
            Reservation1 = Block(r, 0), Reservation2 = count > 1 ? Block(r, 1) : default,
            Reservation3 = count > 2 ? Block(r, 2) : default, Reservation4 = count > 3 ? Block(r, 3) : default,
        };
    }

    private static SlotReservation Block(BitReader r, int i)
    {
        int o = 40 + i * BlockBits;
        return new((ushort)r.UInt(o, 12), (byte)r.UInt(o + 12, 4), (byte)r.UInt(o + 16, 3), (ushort)r.UInt(o + 19, 11));
    }

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(20, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2);
        int count = Math.Clamp(Count, 1, 4);
        for (int i = 0; i < count; i++)
        {
            var b = Reservation(i) ?? default;
            w.Write(b.Offset, 12); w.Write(b.Number, 4); w.Write(b.Timeout, 3); w.Write(b.Increment, 11);
        }
        // Pad to a whole byte as the standard's lengths (72, 104, 136, 160) do.
        while (w.BitLength % 8 != 0) w.Write(0, 1);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        ReadOnlySpan<AisField> fields =
        [
            AisFields.Offset1, AisFields.Number1, AisFields.Timeout1, AisFields.Increment1,
            AisFields.Offset2, AisFields.Number2, AisFields.Timeout2, AisFields.Increment2,
            AisFields.Offset3, AisFields.Number3, AisFields.Timeout3, AisFields.Increment3,
            AisFields.Offset4, AisFields.Number4, AisFields.Timeout4, AisFields.Increment4,
        ];
        for (int i = 0; i < 4; i++)
        {
            if (Reservation(i) is not SlotReservation b) break;
            s.Integer(fields[4 * i], b.Offset); s.Integer(fields[4 * i + 1], b.Number);
            s.Integer(fields[4 * i + 2], b.Timeout); s.Integer(fields[4 * i + 3], b.Increment);
        }
    }
}
