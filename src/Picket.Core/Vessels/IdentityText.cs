namespace Picket.Core.Vessels;

/// <summary>Normalises AIS six-bit text: trailing '@' padding and spaces go, case folds to upper, runs of spaces collapse.</summary>
internal static class IdentityText
{
    public static string? Normalise(string? text)
    {
        if (text is null)
            return null;
        var span = text.AsSpan().Trim().TrimEnd('@').TrimEnd();
        if (span.IsEmpty)
            return null;
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var n = 0;
        var lastSpace = false;
        foreach (var c in span)
        {
            var space = char.IsWhiteSpace(c);
            if (space && lastSpace)
                continue;
            buffer[n++] = space ? ' ' : char.ToUpperInvariant(c);
            lastSpace = space;
        }
        var result = buffer[..n];
        // Already normal (the common case for repeated static reports): reuse the string, allocate nothing.
        return result.SequenceEqual(text) ? text : result.ToString();
    }
}
