using nietras.SeparatedValues;

namespace Picket.Ais.Csv;

/// <summary>One export layout: built from a header it recognises, it turns rows into records.</summary>
internal interface ICsvLayout
{
    /// <summary>The record, or null with the reason the row was rejected.</summary>
    CsvAisRecord? Read(SepReader.Row row, out string? reason);
}
