using Picket.Core.Input;

namespace Picket.Store.Ingest;

/// <summary>The names the store's <c>ingest_log</c> gives the formats that <see cref="AisInput"/> recognises from an input's first bytes.</summary>
public static class InputFormat
{
    /// <summary>NMEA 0183 / IEC 61162-1 sentences (AIVDM/AIVDO), with or without tag blocks; also the answer for unknown text.</summary>
    public const string Nmea = "nmea";
    /// <summary>A Parquet file (magic bytes <c>PAR1</c>), as <c>picket export</c> writes it.</summary>
    public const string Parquet = "parquet";
    /// <summary>A CSV export (NOAA MarineCadastre, Danish Maritime Authority).</summary>
    public const string Csv = "csv";

    /// <summary>The format of the file at <paramref name="path"/>, from its bytes, never its name.</summary>
    public static string Detect(string path) => Name(AisInput.Sniff(path));

    /// <summary>The log's name for a sniffed format; anything not CSV or Parquet is logged as NMEA.</summary>
    /// <param name="format">What <see cref="AisInput.Sniff(string)"/> recognised.</param>
    public static string Name(AisInputFormat format) => format switch
    {
        AisInputFormat.Csv => Csv,
        AisInputFormat.Parquet => Parquet,
        _ => Nmea,
    };
}
