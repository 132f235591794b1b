using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// Meteorological and hydrographic data, DAC 1 FI 31 (IMO SN.1/Circ.289 §2.1; a type 8 broadcast): a weather station's
/// or buoy's position (1/1000 minute), the time of observation and wind, air, visibility, water level, currents, waves,
/// swell, sea state, water temperature, precipitation, salinity and ice. Each value's "not available" code is mapped to
/// null; raw values are kept. Replaces <see cref="MeteoHydroReportLegacy"/> (FI 11, SN/Circ.236).
/// </summary>
public readonly record struct MeteoHydroReport
{
    /// <summary>Designated area code of this application.</summary>
    public const ushort Dac = 1;
    /// <summary>Function identifier of this application within its DAC.</summary>
    public const byte Fi = 31;
    /// <summary>Application data length: 304 bits (360 with the type 8 header).</summary>
    public const int DataBits = 304;

    /// <summary>
    /// Longitude of the station in 1/1000 minute as sent (25 bits), east positive; 181° (10 860 000) not available (IMO
    /// SN.1/Circ.289 §2.1); see <see cref="Longitude"/>.
    /// </summary>
    public int LongitudeRaw { get; init; }
    /// <summary>
    /// Latitude of the station in 1/1000 minute as sent (24 bits), north positive; 91° (5 460 000) not available; see
    /// <see cref="Latitude"/>.
    /// </summary>
    public int LatitudeRaw { get; init; }
    /// <summary>Position accuracy flag: true for better than 10 m, false for worse or unknown.</summary>
    public bool PositionAccuracy { get; init; }
    /// <summary>UTC day of the observation 1–31; 0 not available.</summary>
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
    /// <summary>0.1 °C, signed; −1024 not available.</summary>
    public short AirTemperatureRaw { get; init; }
    /// <summary>Relative humidity in per cent 0–100; 101 not available.</summary>
    public byte Humidity { get; init; }
    /// <summary>0.1 °C, signed; 501 not available.</summary>
    public short DewPointRaw { get; init; }
    /// <summary>hPa − 799 (0 means 799 or less); 511 not available.</summary>
    public ushort PressureRaw { get; init; }
    /// <summary>Air pressure tendency: 0 steady, 1 decreasing, 2 increasing, 3 not available.</summary>
    public byte PressureTendency { get; init; }
    /// <summary>True when the visibility is greater than the value given (the sensor's range was exceeded).</summary>
    public bool VisibilityGreater { get; init; }
    /// <summary>0.1 nautical mile; 127 not available.</summary>
    public byte VisibilityRaw { get; init; }
    /// <summary>0.01 m + 10 m offset; 4001 not available.</summary>
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
    /// <summary>Sea state on the Beaufort scale 0–12; 13–15 not available.</summary>
    public byte SeaState { get; init; }
    /// <summary>0.1 °C, signed; 501 not available.</summary>
    public short WaterTemperatureRaw { get; init; }
    /// <summary>Precipitation type (WMO): 1 rain, 2 thunderstorm, 3 freezing rain, 4 mixed/ice, 5 snow; 0 and 6 reserved; 7 not available.</summary>
    public byte PrecipitationType { get; init; }
    /// <summary>0.1 ‰; 510 not available, 511 sensor not available.</summary>
    public ushort SalinityRaw { get; init; }
    /// <summary>Ice: 0 no, 1 yes, 2 reserved, 3 not available.</summary>
    public byte Ice { get; init; }

    /// <summary>Longitude of the station in degrees, or null when not available.</summary>
    public double? Longitude => LongitudeRaw is >= -108_000_000 / 10 and <= 108_000_000 / 10 ? LongitudeRaw / 60_000.0 : null;
    /// <summary>Latitude of the station in degrees, or null when not available.</summary>
    public double? Latitude => LatitudeRaw is >= -54_000_000 / 10 and <= 54_000_000 / 10 ? LatitudeRaw / 60_000.0 : null;

    /// <summary>Reads the application data starting <paramref name="o"/> bits into the message.</summary>
    public static MeteoHydroReport Read(BitReader r, int o) => new()
    {
        LongitudeRaw = r.Int(o, 25), LatitudeRaw = r.Int(o + 25, 24), PositionAccuracy = r.Bool(o + 49),
        Day = (byte)r.UInt(o + 50, 5), Hour = (byte)r.UInt(o + 55, 5), Minute = (byte)r.UInt(o + 60, 6),
        WindSpeed = (byte)r.UInt(o + 66, 7), WindGust = (byte)r.UInt(o + 73, 7), WindDirection = (ushort)r.UInt(o + 80, 9),
        WindGustDirection = (ushort)r.UInt(o + 89, 9), AirTemperatureRaw = (short)r.Int(o + 98, 11), Humidity = (byte)r.UInt(o + 109, 7),
        DewPointRaw = (short)r.Int(o + 116, 10), PressureRaw = (ushort)r.UInt(o + 126, 9), PressureTendency = (byte)r.UInt(o + 135, 2),
        VisibilityGreater = r.Bool(o + 137), VisibilityRaw = (byte)r.UInt(o + 138, 7), WaterLevelRaw = (ushort)r.UInt(o + 145, 12),
        WaterLevelTrend = (byte)r.UInt(o + 157, 2), SurfaceCurrentSpeedRaw = (byte)r.UInt(o + 159, 8),
        SurfaceCurrentDirection = (ushort)r.UInt(o + 167, 9), CurrentSpeed2Raw = (byte)r.UInt(o + 176, 8),
        CurrentDirection2 = (ushort)r.UInt(o + 184, 9), CurrentDepth2 = (byte)r.UInt(o + 193, 5), CurrentSpeed3Raw = (byte)r.UInt(o + 198, 8),
        CurrentDirection3 = (ushort)r.UInt(o + 206, 9), CurrentDepth3 = (byte)r.UInt(o + 215, 5), WaveHeightRaw = (byte)r.UInt(o + 220, 8),
        WavePeriod = (byte)r.UInt(o + 228, 6), WaveDirection = (ushort)r.UInt(o + 234, 9), SwellHeightRaw = (byte)r.UInt(o + 243, 8),
        SwellPeriod = (byte)r.UInt(o + 251, 6), SwellDirection = (ushort)r.UInt(o + 257, 9), SeaState = (byte)r.UInt(o + 266, 4),
        WaterTemperatureRaw = (short)r.Int(o + 270, 10), PrecipitationType = (byte)r.UInt(o + 280, 3), SalinityRaw = (ushort)r.UInt(o + 283, 9),
        Ice = (byte)r.UInt(o + 292, 2),
    };

    /// <summary>Writes the application data, without the binary message header, in its standard layout.</summary>
    public void Write(ref BitWriter w)
    {
        w.WriteSigned(LongitudeRaw, 25); w.WriteSigned(LatitudeRaw, 24); w.Write(PositionAccuracy); w.Write(Day, 5); w.Write(Hour, 5);
        w.Write(Minute, 6); w.Write(WindSpeed, 7); w.Write(WindGust, 7); w.Write(WindDirection, 9); w.Write(WindGustDirection, 9);
        w.WriteSigned(AirTemperatureRaw, 11); w.Write(Humidity, 7); w.WriteSigned(DewPointRaw, 10); w.Write(PressureRaw, 9);
        w.Write(PressureTendency, 2); w.Write(VisibilityGreater); w.Write(VisibilityRaw, 7); w.Write(WaterLevelRaw, 12);
        w.Write(WaterLevelTrend, 2); w.Write(SurfaceCurrentSpeedRaw, 8); w.Write(SurfaceCurrentDirection, 9); w.Write(CurrentSpeed2Raw, 8);
        w.Write(CurrentDirection2, 9); w.Write(CurrentDepth2, 5); w.Write(CurrentSpeed3Raw, 8); w.Write(CurrentDirection3, 9);
        w.Write(CurrentDepth3, 5); w.Write(WaveHeightRaw, 8); w.Write(WavePeriod, 6); w.Write(WaveDirection, 9); w.Write(SwellHeightRaw, 8);
        w.Write(SwellPeriod, 6); w.Write(SwellDirection, 9); w.Write(SeaState, 4); w.WriteSigned(WaterTemperatureRaw, 10);
        w.Write(PrecipitationType, 3); w.Write(SalinityRaw, 9); w.Write(Ice, 2); w.Write(0, 10);
    }

    /// <summary>Writes every field, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Decimal(AisFields.Lat, Latitude); s.Decimal(AisFields.Lon, Longitude); s.Boolean(AisFields.Accuracy, PositionAccuracy);
        s.Integer(AisFields.Day, Day is >= 1 and <= 31 ? Day : null); s.Integer(AisFields.Hour, Hour < 24 ? Hour : null);
        s.Integer(AisFields.Minute, Minute < 60 ? Minute : null);
        Meteo.Common(s, WindSpeed, WindGust, WindDirection, WindGustDirection);
        s.Decimal(AisFields.AirTemp, AirTemperatureRaw == -1024 ? null : AirTemperatureRaw / 10.0);
        s.Integer(AisFields.Humidity, Humidity > 100 ? null : Humidity);
        s.Decimal(AisFields.DewPoint, DewPointRaw == 501 ? null : DewPointRaw / 10.0);
        s.Integer(AisFields.Pressure, PressureRaw > 402 ? null : PressureRaw + 799);
        s.Integer(AisFields.PressureTendency, PressureTendency == 3 ? null : PressureTendency);
        s.Boolean(AisFields.VisibilityGreater, VisibilityGreater);
        s.Decimal(AisFields.Visibility, VisibilityRaw == 127 ? null : VisibilityRaw / 10.0);
        s.Decimal(AisFields.WaterLevel, WaterLevelRaw > 4000 ? null : WaterLevelRaw / 100.0 - 10.0);
        s.Integer(AisFields.LevelTrend, WaterLevelTrend == 3 ? null : WaterLevelTrend);
        Meteo.Currents(s, SurfaceCurrentSpeedRaw, SurfaceCurrentDirection, CurrentSpeed2Raw, CurrentDirection2, CurrentDepth2,
            CurrentSpeed3Raw, CurrentDirection3, CurrentDepth3);
        Meteo.Waves(s, WaveHeightRaw, WavePeriod, WaveDirection, SwellHeightRaw, SwellPeriod, SwellDirection, SeaState);
        s.Decimal(AisFields.WaterTemp, WaterTemperatureRaw == 501 ? null : WaterTemperatureRaw / 10.0);
        s.Integer(AisFields.PrecipType, PrecipitationType == 7 ? null : PrecipitationType);
        s.Decimal(AisFields.Salinity, SalinityRaw >= 510 ? null : SalinityRaw / 10.0);
        s.Integer(AisFields.Ice, Ice == 3 ? null : Ice);
    }
}
