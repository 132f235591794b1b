using Picket.Ais.Output;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// The fields FI 11 and FI 31 share with the same units and "not available" codes (IMO SN/Circ.236 and SN.1/Circ.289):
/// wind in knots and degrees, currents in 0.1 kn, waves and swell in 0.1 m, seconds and degrees, sea state in Beaufort.
/// </summary>
internal static class Meteo
{
    public static void Common(IAisFieldSink s, byte windSpeed, byte gust, ushort direction, ushort gustDirection)
    {
        s.Integer(AisFields.WindSpeed, windSpeed >= 127 ? null : windSpeed);
        s.Integer(AisFields.WindGust, gust >= 127 ? null : gust);
        s.Integer(AisFields.WindDirection, direction >= 360 ? null : direction);
        s.Integer(AisFields.WindGustDirection, gustDirection >= 360 ? null : gustDirection);
    }

    public static void Currents(IAisFieldSink s, byte speed, ushort direction, byte speed2, ushort direction2, byte depth2,
        byte speed3, ushort direction3, byte depth3)
    {
        s.Decimal(AisFields.CurrentSpeed, Speed(speed)); s.Integer(AisFields.CurrentDirection, Direction(direction));
        s.Decimal(AisFields.CurrentSpeed2, Speed(speed2)); s.Integer(AisFields.CurrentDirection2, Direction(direction2));
        s.Integer(AisFields.CurrentDepth2, depth2 >= 31 ? null : depth2);
        s.Decimal(AisFields.CurrentSpeed3, Speed(speed3)); s.Integer(AisFields.CurrentDirection3, Direction(direction3));
        s.Integer(AisFields.CurrentDepth3, depth3 >= 31 ? null : depth3);
    }

    public static void Waves(IAisFieldSink s, byte height, byte period, ushort direction, byte swellHeight, byte swellPeriod,
        ushort swellDirection, byte seaState)
    {
        s.Decimal(AisFields.WaveHeight, height >= 255 ? null : height / 10.0); s.Integer(AisFields.WavePeriod, period >= 63 ? null : period);
        s.Integer(AisFields.WaveDirection, Direction(direction));
        s.Decimal(AisFields.SwellHeight, swellHeight >= 255 ? null : swellHeight / 10.0);
        s.Integer(AisFields.SwellPeriod, swellPeriod >= 63 ? null : swellPeriod); s.Integer(AisFields.SwellDirection, Direction(swellDirection));
        s.Integer(AisFields.SeaState, seaState > 12 ? null : seaState);
    }

    private static double? Speed(byte raw) => raw >= 251 ? null : raw / 10.0;
    private static int? Direction(ushort raw) => raw >= 360 ? null : raw;
}
