using Picket.Core.Input;

namespace Picket.Store.Ingest;

/// <summary>The names the store's <c>ingest_log</c> gives the formats that <see cref="AisInput"/> recognises from an input's first bytes.</summary>
public static class InputFormat
{
    public const string Nmea = "nmea";
    public const string Parquet = "parquet";
    public const string Csv = "csv";

    /// <summary>The format of the file at <paramref name="path"/>, from its bytes, never its name.</summary>
    public static string Detect(string path) => Name(AisInput.Sniff(path));

    public static string Name(AisInputFormat format) => format switch
    {
        AisInputFormat.Csv => Csv,
        AisInputFormat.Parquet => Parquet,
        _ => Nmea,
    };
}
