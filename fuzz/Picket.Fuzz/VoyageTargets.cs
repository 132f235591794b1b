using System.Text;
using Picket.Core.Voyages;

namespace Picket.Fuzz;

/// <summary>
/// The declared destination of a voyage, typed by a crew (ITU-R M.1371-5 message 5: 20 six-bit characters) or carried
/// in a CSV export as free text of any length: resolved to a port by <see cref="DestinationResolver"/>, which must
/// never throw and never guess.
/// </summary>
internal static class VoyageTargets
{
    // ITU-R M.1371-5 Table 47: the 64 characters six-bit text can carry.
    const string SixBitCharacters = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";

    static readonly DestinationResolver Resolver = new();

    public static void Destination(ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data);
        Check(text, Resolver.Resolve(text));
        foreach (var line in text.Split('\n'))
        {
            Check(line, Resolver.Resolve(line));
        }

        // As the decoder hands it over: at most 20 six-bit characters, '@' padding trimmed.
        var sixBit = new StringBuilder(20);
        foreach (var b in data[..Math.Min(20, data.Length)]) sixBit.Append(SixBitCharacters[b & 63]);
        var field = sixBit.ToString().TrimEnd('@', ' ');
        Check(field, Resolver.Resolve(field));
    }

    static void Check(string text, PortDestination d)
    {
        if (d.IsResolved != (d.Kind != DestinationMatchKind.None))
        {
            throw new InvalidOperationException($"'{text}' resolved to {d.Port?.Name} with kind {d.Kind}");
        }
    }
}
