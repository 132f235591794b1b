using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// Meteorological and hydrographic data in its first form, DAC 1 FI 11 (IMO SN/Circ.236 Annex 2 application 1; a
/// type 8 broadcast), still sent by older stations: latitude before longitude, offsets instead of signed temperatures
/// and all-ones for "not available". Superseded by <see cref="MeteoHydroReport"/> (FI 31).
/// </summary>
public readonly record struct MeteoHydroReportLegacy
{
    /// <summary>Designated area code of this application.</summary>
    public const ushort Dac = 1;
    /// <summary>Function identifier of this application within its DAC.</summary>
    public const byte Fi = 11;
    /// <summary>Application data length: 296 bits (352 with the type 8 header).</summary>
    public const int DataBits = 296;

    /// <summary>
    /// Latitude of the station in 1/1000 minute as sent (24 bits, sent before the longitude in FI 11), north positive; 91°
    /// not available; see <see cref="Latitude"/>.
    /// </summary>
    public int LatitudeRaw { get; init; }
    /// <summary>
    /// Longitude of the station in 1/1000 minute as sent (25 bits), east positive; 181° not available (IMO SN/Circ.236);
    /// see <see cref="Longitude"/>.
    /// </summary>
    public int LongitudeRaw { get; init; }
    /// <summary>UTC day of the observation 1–31; 0 not available (IMO SN/Circ.236).</summary>
    public byte Day { get; init; }
    /// <summary>UTC hour of the observation 0–23; 24 not available.</summary>
    public byte Hour { get; init; }
    /// <summary>UTC minute of the observation 0–59; 60 not available.</summary>
    public byte Minute { get; init; }
    /// <summary>Average wind speed over the last 10 minutes in whole knots 0–126; 127 not available.</summary>
    public byte WindSpeed { get; init; }
    /// <summary>Wind gust (highest over the last 10 minutes) in whole knots 0–126; 127 not available.</summary>
    public byte WindGust { get; init; }
    /// <summary>Wind direction (from) in whole degrees 0–359; 360 not available.</summary>
    public ushort WindDirection { get; init; }
    /// <summary>Wind gust direction (from) in whole degrees 0–359; 360 not available.</summary>
    public ushort WindGustDirection { get; init; }
    /// <summary>0.1 °C + 60 °C offset; 2047 not available.</summary>
    public ushort AirTemperatureRaw { get; init; }
    /// <summary>Relative humidity in per cent 0–100; 127 not available.</summary>
    public byte Humidity { get; init; }
    /// <summary>0.1 °C + 20 °C offset; 1023 not available.</summary>
    public ushort DewPointRaw { get; init; }
    /// <summary>hPa − 800; 511 not available.</summary>
    public ushort PressureRaw { get; init; }
    /// <summary>Air pressure tendency: 0 steady, 1 decreasing, 2 increasing, 3 not available.</summary>
    public byte PressureTendency { get; init; }
    /// <summary>0.1 nautical mile; 255 not available.</summary>
    public byte VisibilityRaw { get; init; }
    /// <summary>0.1 m + 10 m offset; 511 not available.</summary>
    public ushort WaterLevelRaw { get; init; }
    /// <summary>Water level trend: 0 steady, 1 decreasing, 2 increasing, 3 not available.</summary>
    public byte WaterLevelTrend { get; init; }
    /// <summary>Surface current speed in 0.1 kn, 0–250 (25.0 kn); 251 and above not available.</summary>
    public byte SurfaceCurrentSpeedRaw { get; init; }
    /// <summary>Surface current direction (towards) in whole degrees 0–359; 360 not available.</summary>
    public ushort SurfaceCurrentDirection { get; init; }
    /// <summary>Current speed at the second depth in 0.1 kn, 0–250; 251 and above not available.</summary>
    public byte CurrentSpeed2Raw { get; init; }
    /// <summary>Current direction at the second depth in whole degrees 0–359; 360 not available.</summary>
    public ushort CurrentDirection2 { get; init; }
    /// <summary>Second measuring depth in metres 0–30; 31 not available.</summary>
    public byte CurrentDepth2 { get; init; }
    /// <summary>Current speed at the third depth in 0.1 kn, 0–250; 251 and above not available.</summary>
    public byte CurrentSpeed3Raw { get; init; }
    /// <summary>Current direction at the third depth in whole degrees 0–359; 360 not available.</summary>
    public ushort CurrentDirection3 { get; init; }
    /// <summary>Third measuring depth in metres 0–30; 31 not available.</summary>
    public byte CurrentDepth3 { get; init; }
    /// <summary>Significant wave height in 0.1 m, 0–250 (25.0 m); 255 not available.</summary>
    public byte WaveHeightRaw { get; init; }
    /// <summary>Wave period in seconds 0–60; 63 not available.</summary>
    public byte WavePeriod { get; init; }
    /// <summary>Wave direction (from) in whole degrees 0–359; 360 not available.</summary>
    public ushort WaveDirection { get; init; }
    /// <summary>Swell height in 0.1 m, 0–250 (25.0 m); 255 not available.</summary>
    public byte SwellHeightRaw { get; init; }
    /// <summary>Swell period in seconds 0–60; 63 not available.</summary>
    public byte SwellPeriod { get; init; }
    /// <summary>Swell direction (from) in whole degrees 0–359; 360 not available.</summary>
    public ushort SwellDirection { get; init; }
    /// <summary>Sea state on the Beaufort scale 0–12; 15 not available.</summary>
    public byte SeaState { get; init; }
    /// <summary>0.1 °C + 10 °C offset; 1023 not available.</summary>
    public ushort WaterTemperatureRaw { get; init; }
    /// <summary>Precipitation type (WMO): 1 rain, 2 thunderstorm, 3 freezing rain, 4 mixed/ice, 5 snow; 0 and 6 reserved; 7 not available.</summary>
    public byte PrecipitationType { get; init; }
    /// <summary>0.1 ‰; 511 not available.</summary>
    public ushort SalinityRaw { get; init; }
    /// <summary>Ice: 0 no, 1 yes, 2 reserved, 3 not available.</summary>
    public byte Ice { get; init; }

    /// <summary>Longitude of the station in degrees, or null when not available.</summary>
    public double? Longitude => LongitudeRaw is >= -10_800_000 and <= 10_800_000 ? LongitudeRaw / 60_000.0 : null;
    /// <summary>Latitude of the station in degrees, or null when not available.</summary>
    public double? Latitude => LatitudeRaw is >= -5_400_000 and <= 5_400_000 ? LatitudeRaw / 60_000.0 : null;

    /// <summary>Reads the application data starting <paramref name="o"/> bits into the message.</summary>
    public static MeteoHydroReportLegacy Read(BitReader r, int o) => new()
    {
        LatitudeRaw = r.Int(o, 24), LongitudeRaw = r.Int(o + 24, 25), Day = (byte)r.UInt(o + 49, 5), Hour = (byte)r.UInt(o + 54, 5),
        Minute = (byte)r.UInt(o + 59, 6), WindSpeed = (byte)r.UInt(o + 65, 7), WindGust = (byte)r.UInt(o + 72, 7),
        WindDirection = (ushort)r.UInt(o + 79, 9), WindGustDirection = (ushort)r.UInt(o + 88, 9), AirTemperatureRaw = (ushort)r.UInt(o + 97, 11),
        Humidity = (byte)r.UInt(o + 108, 7), DewPointRaw = (ushort)r.UInt(o + 115, 10), PressureRaw = (ushort)r.UInt(o + 125, 9),
        PressureTendency = (byte)r.UInt(o + 134, 2), VisibilityRaw = (byte)r.UInt(o + 136, 8), WaterLevelRaw = (ushort)r.UInt(o + 144, 9),
        WaterLevelTrend = (byte)r.UInt(o + 153, 2), SurfaceCurrentSpeedRaw = (byte)r.UInt(o + 155, 8),
        SurfaceCurrentDirection = (ushort)r.UInt(o + 163, 9), CurrentSpeed2Raw = (byte)r.UInt(o + 172, 8),
        CurrentDirection2 = (ushort)r.UInt(o + 180, 9), CurrentDepth2 = (byte)r.UInt(o + 189, 5), CurrentSpeed3Raw = (byte)r.UInt(o + 194, 8),
        CurrentDirection3 = (ushort)r.UInt(o + 202, 9), CurrentDepth3 = (byte)r.UInt(o + 211, 5), WaveHeightRaw = (byte)r.UInt(o + 216, 8),
        WavePeriod = (byte)r.UInt(o + 224, 6), WaveDirection = (ushort)r.UInt(o + 230, 9), SwellHeightRaw = (byte)r.UInt(o + 239, 8),
        SwellPeriod = (byte)r.UInt(o + 247, 6), SwellDirection = (ushort)r.UInt(o + 253, 9), SeaState = (byte)r.UInt(o + 262, 4),
        WaterTemperatureRaw = (ushort)r.UInt(o + 266, 10), PrecipitationType = (byte)r.UInt(o + 276, 3), SalinityRaw = (ushort)r.UInt(o + 279, 9),
        Ice = (byte)r.UInt(o + 288, 2),
    };

    /// <summary>Writes the application data, without the binary message header, in its standard layout.</summary>
    public void Write(ref BitWriter w)
    {
        w.WriteSigned(LatitudeRaw, 24); w.WriteSigned(LongitudeRaw, 25); w.Write(Day, 5); w.Write(Hour, 5); w.Write(Minute, 6);
        w.Write(WindSpeed, 7); w.Write(WindGust, 7); w.Write(WindDirection, 9); w.Write(WindGustDirection, 9); w.Write(AirTemperatureRaw, 11);
        w.Write(Humidity, 7); w.Write(DewPointRaw, 10); w.Write(PressureRaw, 9); w.Write(PressureTendency, 2); w.Write(VisibilityRaw, 8);
        w.Write(WaterLevelRaw, 9); w.Write(WaterLevelTrend, 2); w.Write(SurfaceCurrentSpeedRaw, 8); w.Write(SurfaceCurrentDirection, 9);
        w.Write(CurrentSpeed2Raw, 8); w.Write(CurrentDirection2, 9); w.Write(CurrentDepth2, 5); w.Write(CurrentSpeed3Raw, 8);
        w.Write(CurrentDirection3, 9); w.Write(CurrentDepth3, 5); w.Write(WaveHeightRaw, 8); w.Write(WavePeriod, 6); w.Write(WaveDirection, 9);
        w.Write(SwellHeightRaw, 8); w.Write(SwellPeriod, 6); w.Write(SwellDirection, 9); w.Write(SeaState, 4); w.Write(WaterTemperatureRaw, 10);
        w.Write(PrecipitationType, 3); w.Write(SalinityRaw, 9); w.Write(Ice, 2); w.Write(0, 6);
    }

    /// <summary>Writes every field, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude);
        s.Integer(AisFields.Day, Day is >= 1 and <= 31 ? Day : null); s.Integer(AisFields.Hour, Hour < 24 ? Hour : null);
        s.Integer(AisFields.Minute, Minute < 60 ? Minute : null);
        Meteo.Common(s, WindSpeed, WindGust, WindDirection, WindGustDirection);
        s.Decimal(AisFields.AirTemp, AirTemperatureRaw >= 2047 ? null : AirTemperatureRaw / 10.0 - 60.0);
        s.Integer(AisFields.Humidity, Humidity > 100 ? null : Humidity);
        s.Decimal(AisFields.DewPoint, DewPointRaw >= 1023 ? null : DewPointRaw / 10.0 - 20.0);
        s.Integer(AisFields.Pressure, PressureRaw >= 511 ? null : PressureRaw + 800);
        s.Integer(AisFields.PressureTendency, PressureTendency == 3 ? null : PressureTendency);
        s.Decimal(AisFields.Visibility, VisibilityRaw == 255 ? null : VisibilityRaw / 10.0);
        s.Decimal(AisFields.WaterLevel, WaterLevelRaw >= 511 ? null : WaterLevelRaw / 10.0 - 10.0);
        s.Integer(AisFields.LevelTrend, WaterLevelTrend == 3 ? null : WaterLevelTrend);
        Meteo.Currents(s, SurfaceCurrentSpeedRaw, SurfaceCurrentDirection, CurrentSpeed2Raw, CurrentDirection2, CurrentDepth2,
            CurrentSpeed3Raw, CurrentDirection3, CurrentDepth3);
        Meteo.Waves(s, WaveHeightRaw, WavePeriod, WaveDirection, SwellHeightRaw, SwellPeriod, SwellDirection, SeaState);
        s.Decimal(AisFields.WaterTemp, WaterTemperatureRaw >= 1023 ? null : WaterTemperatureRaw / 10.0 - 10.0);
        s.Integer(AisFields.PrecipType, PrecipitationType == 7 ? null : PrecipitationType);
        s.Decimal(AisFields.Salinity, SalinityRaw >= 510 ? null : SalinityRaw / 10.0);
        s.Integer(AisFields.Ice, Ice == 3 ? null : Ice);
    }
}
