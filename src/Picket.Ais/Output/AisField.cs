using System.Text;

namespace Picket.Ais.Output;

/// <summary>
/// One named output field: its snake_case name, its JSON key pre-encoded as UTF-8 (<c>"name":</c>) and its column in
/// the CSV layout. Instances live in <see cref="AisFields"/> only, so writers never look a name up per message.
/// </summary>
public sealed class AisField
{
    internal AisField(string name, int column)
    {
        Name = name;
        Column = column;
        JsonKey = Encoding.ASCII.GetBytes("\"" + name + "\":");
        // ",\"name\":" padded to a fixed 32 bytes: the JSON writer copies it with one constant-size block move.
        if (JsonKey.Length + 1 > KeyBlock) throw new ArgumentException($"field name too long: {name}", nameof(name));
        PaddedKey = new byte[KeyBlock];
        PaddedKey[0] = (byte)',';
        JsonKey.CopyTo(PaddedKey, 1);
        PaddedKeyLength = JsonKey.Length + 1;
    }

    internal const int KeyBlock = 32;
    internal byte[] PaddedKey { get; }
    internal int PaddedKeyLength { get; }

    /// <summary>The field's name in JSON and in the CSV header.</summary>
    public string Name { get; }

    /// <summary>The field's column in <see cref="AisCsvWriter"/>'s layout (0-based).</summary>
    public int Column { get; }

    internal byte[] JsonKey { get; }

    /// <summary>The field's name, as in <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
