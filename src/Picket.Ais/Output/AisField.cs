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
    }

    /// <summary>The field's name in JSON and in the CSV header.</summary>
    public string Name { get; }

    /// <summary>The field's column in <see cref="AisCsvWriter"/>'s layout (0-based).</summary>
    public int Column { get; }

    internal byte[] JsonKey { get; }

    public override string ToString() => Name;
}
