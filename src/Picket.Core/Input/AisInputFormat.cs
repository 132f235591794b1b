namespace Picket.Core.Input;

/// <summary>What an input holds, found from its first bytes (never its name) by <see cref="AisInput"/>.</summary>
public enum AisInputFormat : byte
{
    /// <summary>NMEA 0183 sentences (IEC 61162-1), with or without tag blocks: anything that is not one of the others.</summary>
    Nmea,
    /// <summary>A CSV export (NOAA MarineCadastre, Danish Maritime Authority): a header naming an MMSI column.</summary>
    Csv,
    /// <summary>Apache Parquet (magic <c>PAR1</c>): only the store imports it.</summary>
    Parquet,
}
