using Picket.Ais.Output;

namespace Picket.Ais.Messages;

/// <summary>
/// The communication state at the end of a position report (ITU-R M.1371-5 §3.3.7.2.2 SOTDMA, §3.3.7.3.2 ITDMA):
/// how the transmitter books its next slots. Types 1, 2, 4 and 11 carry SOTDMA, type 3 ITDMA; types 9, 18 and 26 say
/// which in a selector bit before the 19 bits. A receiver count or a UTC time in a SOTDMA sub-message is a clue to
/// where and when the transmitter really was.
/// </summary>
public readonly record struct RadioState
{
    /// <summary>The 19 bits as sent.</summary>
    public uint Raw { get; init; }
    /// <summary>True for ITDMA, false for SOTDMA.</summary>
    public bool Itdma { get; init; }

    /// <summary>0 UTC direct, 1 UTC indirect, 2 synchronised to a base station, 3 to another station.</summary>
    public int SyncState => (int)(Raw >> 17) & 3;
    /// <summary>SOTDMA: frames left until the slot changes (0–7).</summary>
    public int? SlotTimeout => Itdma ? null : (int)(Raw >> 14) & 7;
    /// <summary>SOTDMA: the 14-bit sub-message, whose meaning depends on <see cref="SlotTimeout"/>.</summary>
    public int? SubMessage => Itdma ? null : (int)Raw & 0x3FFF;
    /// <summary>SOTDMA with slot timeout 3, 5 or 7: stations this one receives.</summary>
    public int? ReceivedStations => SlotTimeout is 3 or 5 or 7 ? SubMessage : null;
    /// <summary>SOTDMA with slot timeout 2, 4 or 6: the slot number used for this transmission.</summary>
    public int? SlotNumber => SlotTimeout is 2 or 4 or 6 ? SubMessage : null;
    /// <summary>SOTDMA with slot timeout 1: UTC hour of the transmitter's clock (24 = not available).</summary>
    public int? UtcHour => SlotTimeout == 1 ? (SubMessage >> 9) & 0x1F : null;
    /// <summary>SOTDMA with slot timeout 1: UTC minute (60 = not available).</summary>
    public int? UtcMinute => SlotTimeout == 1 ? (SubMessage >> 2) & 0x7F : null;
    /// <summary>SOTDMA with slot timeout 0: offset to the next transmission's slot.</summary>
    public int? SlotOffset => SlotTimeout == 0 ? SubMessage : null;
    /// <summary>ITDMA: offset to the next slot to be used.</summary>
    public int? SlotIncrement => Itdma ? (int)(Raw >> 4) & 0x1FFF : null;
    /// <summary>ITDMA: consecutive slots to allocate (0–4 one to five slots; 5–7 offsets by one to three frames).</summary>
    public int? NumberOfSlots => Itdma ? (int)(Raw >> 1) & 7 : null;
    /// <summary>ITDMA: keep the slot allocated for one more frame.</summary>
    public bool? KeepFlag => Itdma ? (Raw & 1) != 0 : null;

    /// <summary>The state of a 19-bit field, or null when the field was absent.</summary>
    public static RadioState? From(uint? raw19, bool itdma) => raw19 is uint r ? new RadioState { Raw = r, Itdma = itdma } : null;

    /// <summary>The state of a 20-bit field whose first bit selects the scheme (types 9, 18, 26).</summary>
    public static RadioState? FromSelector(uint? raw20) => raw20 is uint r ? new RadioState { Raw = r & 0x7FFFF, Itdma = (r >> 19) != 0 } : null;

    /// <summary>
    /// Writes <c>radio</c> (the raw bits, null when absent), <c>radio_scheme</c> and only the sub-fields its scheme and
    /// slot timeout define, so a reader never meets a sub-field that means nothing for this message.
    /// </summary>
    public static void WriteFields(IAisFieldSink s, RadioState? state)
    {
        if (state is not RadioState r) { s.Null(AisFields.Radio); return; }
        s.Integer(AisFields.Radio, r.Raw);
        s.Text(AisFields.RadioScheme, r.Itdma ? "itdma" : "sotdma");
        s.Integer(AisFields.SyncState, r.SyncState);
        if (r.Itdma)
        {
            s.Integer(AisFields.SlotIncrement, r.SlotIncrement);
            s.Integer(AisFields.NumberOfSlots, r.NumberOfSlots);
            s.Boolean(AisFields.KeepFlag, r.KeepFlag);
            return;
        }
        s.Integer(AisFields.SlotTimeout, r.SlotTimeout);
        if (r.ReceivedStations is int n) s.Integer(AisFields.ReceivedStations, n);
        else if (r.SlotNumber is int slot) s.Integer(AisFields.SlotNumber, slot);
        else if (r.SlotOffset is int offset) s.Integer(AisFields.SlotOffset, offset);
        else { s.Integer(AisFields.UtcHour, r.UtcHour); s.Integer(AisFields.UtcMinute, r.UtcMinute); }
    }
}
