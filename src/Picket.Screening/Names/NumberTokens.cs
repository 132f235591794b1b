using System.Collections.Frozen;
using System.Globalization;

namespace Picket.Screening.Names;

/// <summary>
/// Numbers as names carry them: "Forty-Four" and "44", "1st" and "First", "NO.3", "NO 3" and "#3" (the marker is
/// dropped), Roman numerals in ship names ("KUM GANG III"), and look-alike characters typed or read in place of
/// one another ("0CEAN" for "OCEAN", "1O" for "10").
/// </summary>
public static class NumberTokens
{
    static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100, ["thousandth"] = 1000,
    }.ToFrozenDictionary();

    static readonly FrozenSet<string> Markers = FrozenSet.ToFrozenSet(["no", "nr", "nro", "num", "number"]);

    /// <summary>The value of a Roman numeral token from 1 to 39 ("iii" → 3), or -1.</summary>
    public static int RomanValue(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > 6)
        {
            return -1;
        }

        int value = 0, i = 0;
        while (i < token.Length && token[i] == 'x')
        {
            value += 10;
            i++;
        }

        if (i > 3)
        {
            return -1;
        }

        var rest = token.AsSpan(i);
        var tail = rest switch
        {
            "" => 0, "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9,
            _ => -1,
        };
        return tail < 0 || value + tail == 0 ? -1 : value + tail;
    }

    /// <summary>Rewrites number words, ordinals, markers and look-alike characters in <paramref name="tokens"/>.</summary>
    internal static void Rewrite(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = Ordinal(tokens[i]);
            tokens[i] = i > 0 && t.Length > 2 && (t.StartsWith("no", StringComparison.Ordinal) || t.StartsWith("nr", StringComparison.Ordinal))
                && IsDigits(t.AsSpan(2))
                ? t[2..] // "NO.3" folds to "no3": the marker says "number", the number is the name
                : FixLookAlikes(t);
        }

        NumberWords(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Markers.Contains(t) && i + 1 < tokens.Count && IsDigits(tokens[i + 1]) && (i > 0 || tokens.Count == 2))
            {
                tokens.RemoveAt(i--); // "NO 3", "NO. 3": the marker says "number", the number is the name
            }
        }
    }

    static bool IsDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>"1st", "22nd", "3rd", "4th" → the digits.</summary>
    static string Ordinal(string t)
    {
        if (t.Length >= 3 && char.IsAsciiDigit(t[0]) && t[^2..] is "st" or "nd" or "rd" or "th" && IsDigits(t.AsSpan(0, t.Length - 2)))
        {
            return t[..^2];
        }

        return t;
    }

    /// <summary>
    /// A word with a few digits that look like letters ("0cean", "m1rim", "petr0v") becomes the word; a number with a
    /// few letters that look like digits ("1o", "i8") becomes the number. Hull codes ("dy905", "gp21") are left alone:
    /// their digits or letters do not all look alike.
    /// </summary>
    static string FixLookAlikes(string t)
    {
        if (t.Length < 2)
        {
            return t;
        }

        int digits = 0, letters = 0, digitLike = 0, letterLike = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                digitLike += c is '0' or '1' or '5' or '8' ? 1 : 0;
            }
            else
            {
                letters++;
                letterLike += c is 'o' or 'i' or 'l' or 'b' or 's' ? 1 : 0;
            }
        }

        if (digits == 0 || letters == 0)
        {
            return t;
        }

        Span<char> buf = stackalloc char[t.Length];
        if (letters >= digits && digitLike == digits && t.Length >= 4)
        {
            for (var i = 0; i < t.Length; i++)
            {
                buf[i] = t[i] switch { '0' => 'o', '1' => 'i', '5' => 's', '8' => 'b', var c => c };
            }

            return new string(buf);
        }

        if (digits >= letters && letterLike == letters)
        {
            for (var i = 0; i < t.Length; i++)
            {
                buf[i] = t[i] switch { 'o' => '0', 'i' or 'l' => '1', 's' => '5', 'b' => '8', var c => c };
            }

            return new string(buf);
        }

        return t;
    }

    /// <summary>Runs of number words ("forty four", "one hundred and one", "twenty first") → one digit token.</summary>
    static void NumberWords(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNumberWord(tokens[i]))
            {
                continue;
            }

            long total = 0, current = 0;
            var j = i;
            var any = false;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                if (Units.TryGetValue(t, out var u))
                {
                    current += u;
                }
                else if (Ordinals.TryGetValue(t, out var o))
                {
                    current = o >= 100 ? Math.Max(current, 1) * o : current + o;
                    j++;
                    any = true;
                    break;
                }
                else if (t == "hundred")
                {
                    current = Math.Max(current, 1) * 100;
                }
                else if (t == "thousand")
                {
                    total += Math.Max(current, 1) * 1000;
                    current = 0;
                }
                else if (t == "and" && any && j + 1 < tokens.Count && IsNumberWord(tokens[j + 1]))
                {
                    continue;
                }
                else
                {
                    break;
                }

                any = true;
                if (total + current > 1_000_000)
                {
                    break;
                }
            }

            tokens.RemoveRange(i, j - i);
            tokens.Insert(i, (total + current).ToString(CultureInfo.InvariantCulture));
        }
    }

    static bool IsNumberWord(string t) => Units.ContainsKey(t) || Ordinals.ContainsKey(t) || t is "hundred" or "thousand";
}
