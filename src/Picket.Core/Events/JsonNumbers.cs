using System.Text.Json;

namespace Picket.Core.Events;

/// <summary>
/// <see cref="JsonElement"/>'s TryGet… methods throw when the element is not a number at all; untrusted files need
/// them to answer false instead.
/// </summary>
internal static class JsonNumbers
{
    public static bool TryDouble(this JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out value);
    }

    public static bool TryInt32(this JsonElement e, out int value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }

    public static bool TryUInt32(this JsonElement e, out uint value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number && e.TryGetUInt32(out value);
    }
}
