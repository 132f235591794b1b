namespace Picket.Ais.Payload;

/// <summary>
/// Interns decoded six-bit text per thread, so the names, call signs and destinations that real traffic repeats
/// thousands of times become one string each instead of one per message. Direct-mapped and bounded (1,024 entries of
/// at most 32 characters per thread); a miss costs what the allocation would have cost anyway.
/// </summary>
internal static class TextCache
{
    private const int Entries = 1024, MaxLength = 32;

    [ThreadStatic] private static string?[]? _entries;

    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return new string(text);
        string?[] entries = _entries ??= new string?[Entries];
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        ref string? slot = ref entries[(hash ^ (hash >> 15)) & (Entries - 1)];
        if (slot != null && text.SequenceEqual(slot)) return slot;
        return slot = new string(text);
    }
}
