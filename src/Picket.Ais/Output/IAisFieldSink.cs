namespace Picket.Ais.Output;

/// <summary>
/// Receives a decoded message's fields one by one, in the order the message type lists them; implemented by the JSON
/// lines and CSV writers. A value the standard marks "not available", or a field the payload was cut before, is
/// reported through <see cref="Null"/>. Text arrives as decoded characters (the six-bit alphabet or a source id) and
/// is escaped by the writer for its own format.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The methods name the value kind a sink writes, as Utf8JsonWriter.WriteBoolean and WriteNumber do; renaming every sink method for Visual Basic callers (who can escape the names as [Integer]) would break the published API.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The methods name the value kind a sink writes, as Utf8JsonWriter.WriteBoolean and WriteNumber do; renaming every sink method for Visual Basic callers (who can escape the names as [Integer]) would break the published API.")]
public interface IAisFieldSink
{
    /// <summary>The field has no value: "not available" by the standard, or cut from the payload.</summary>
    void Null(AisField field);
    /// <summary>An integer value, already in the unit the field's documentation in <see cref="AisFields"/> gives.</summary>
    void Integer(AisField field, long value);
    /// <summary>A scaled value; writers print at most six decimals, which is finer than any AIS field's resolution.</summary>
    void Decimal(AisField field, double value);
    /// <summary>A flag.</summary>
    void Boolean(AisField field, bool value);
    /// <summary>Text; an empty value is written as null.</summary>
    void Text(AisField field, ReadOnlySpan<char> value);
    /// <summary>Opaque binary data (an application payload nobody here decodes), written as hexadecimal, high nibble first,
    /// the last byte padded with zero bits; an empty range is written as null.</summary>
    void Bits(AisField field, Payload.BitReader reader, int offset, int length);
}

/// <summary>Shorthands over <see cref="IAisFieldSink"/> for values that may be absent.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The methods name the value kind a sink writes, as Utf8JsonWriter.WriteBoolean and WriteNumber do; renaming every sink method for Visual Basic callers (who can escape the names as [Integer]) would break the published API.")]
public static class AisFieldSinkExtensions
{
    /// <summary>Writes <paramref name="v"/> as an integer, or null when it has no value.</summary>
    public static void Integer(this IAisFieldSink s, AisField f, long? v) { if (v is long x) s.Integer(f, x); else s.Null(f); }
    /// <inheritdoc cref="Integer(IAisFieldSink, AisField, long?)"/>
    public static void Integer(this IAisFieldSink s, AisField f, int? v) { if (v is int x) s.Integer(f, x); else s.Null(f); }
    /// <inheritdoc cref="Integer(IAisFieldSink, AisField, long?)"/>
    public static void Integer(this IAisFieldSink s, AisField f, uint? v) { if (v is uint x) s.Integer(f, x); else s.Null(f); }
    /// <summary>Writes <paramref name="v"/> as a scaled value, or null when it has no value.</summary>
    public static void Decimal(this IAisFieldSink s, AisField f, double? v) { if (v is double x) s.Decimal(f, x); else s.Null(f); }
    /// <summary>Writes <paramref name="v"/> as a flag, or null when it has no value.</summary>
    public static void Boolean(this IAisFieldSink s, AisField f, bool? v) { if (v is bool x) s.Boolean(f, x); else s.Null(f); }
    /// <summary>Writes <paramref name="v"/> as text; null and empty are written as null.</summary>
    public static void Text(this IAisFieldSink s, AisField f, string? v) => s.Text(f, v.AsSpan());
}
