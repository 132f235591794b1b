namespace Picket.Ais.Messages;

/// <summary>
/// Scaling and "not available" rules shared by the message types (ITU-R M.1371-5 Annex 8, Tables 48–49, 84).
/// Every scaled getter returns null for the standard's default value and for values the standard forbids,
/// so no caller ever meets a magic number such as 91° or 102.3 kn.
/// </summary>
public static class AisValues
{
    /// <summary>Position in 1/10 000 minute: 181° (0x6791AC0) and 91° (0x3412140) mean not available.</summary>
    public static double? Longitude(int raw) => raw is >= -108_000_000 and <= 108_000_000 ? raw / 600_000.0 : null;

    /// <inheritdoc cref="Longitude"/>
    public static double? Latitude(int raw) => raw is >= -54_000_000 and <= 54_000_000 ? raw / 600_000.0 : null;

    /// <summary>Type 27 position in 1/10 minute (M.1371-5 Table 86).</summary>
    public static double? LongitudeTenthMinute(int raw) => raw is >= -108_000 and <= 108_000 ? raw / 600.0 : null;

    /// <inheritdoc cref="LongitudeTenthMinute"/>
    public static double? LatitudeTenthMinute(int raw) => raw is >= -54_000 and <= 54_000 ? raw / 600.0 : null;

    /// <summary>SOG in 0.1 kn: 1023 is not available; 1022 means 102.2 kn or more.</summary>
    public static double? SpeedTenths(uint raw) => raw >= 1023 ? null : raw / 10.0;

    /// <summary>COG in 0.1°: 3600 is not available, 3601–4095 must not be used.</summary>
    public static double? CourseTenths(uint raw) => raw >= 3600 ? null : raw / 10.0;

    /// <summary>True heading in degrees: 511 is not available; 360–510 are invalid.</summary>
    public static int? Heading(uint raw) => raw >= 360 ? null : (int)raw;

    /// <summary>
    /// Rate of turn in degrees per minute from the 8-bit indicator ROT_AIS = 4.733·√ROT_sensor (M.1371-5 Table 48):
    /// ROT = sign(raw)·(raw/4.733)². −128 means no information; ±127 means turning faster than 5°/30 s without a turn
    /// indicator, which has no rate and is returned as null (see <c>RateOfTurnRaw</c>).
    /// </summary>
    public static double? RateOfTurn(int raw)
    {
        if (raw is -128 or 127 or -127) return null;
        double r = raw / 4.733;
        return Math.Sign(raw) * r * r;
    }

    /// <summary>Draught in 0.1 m: 0 is not available, 255 means 25.5 m or more.</summary>
    public static double? Draught(uint raw) => raw == 0 ? null : raw / 10.0;

    /// <summary>A dimension in metres: 0 is not available.</summary>
    public static int? Dimension(uint raw) => raw == 0 ? null : (int)raw;

    /// <summary>UTC second 0–59; 60 not available, 61 manual, 62 dead reckoning, 63 EPFS inoperative.</summary>
    public static int? Second(uint raw) => raw < 60 ? (int)raw : null;

    /// <summary>IMO number: 0 is not available.</summary>
    public static int? Imo(uint raw) => raw == 0 ? null : (int)raw;

    /// <summary>Writes <c>to_bow</c>, <c>to_stern</c>, <c>to_port</c>, <c>to_starboard</c> in metres, null where 0 (not available).</summary>
    public static void WriteDimensions(Output.IAisFieldSink s, uint bow, uint stern, uint port, uint starboard)
    {
        Output.AisFieldSinkExtensions.Integer(s, Output.AisFields.ToBow, Dimension(bow));
        Output.AisFieldSinkExtensions.Integer(s, Output.AisFields.ToStern, Dimension(stern));
        Output.AisFieldSinkExtensions.Integer(s, Output.AisFields.ToPort, Dimension(port));
        Output.AisFieldSinkExtensions.Integer(s, Output.AisFields.ToStarboard, Dimension(starboard));
    }
}
