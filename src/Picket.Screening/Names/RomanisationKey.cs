namespace Picket.Screening.Names;

/// <summary>
/// A phonetic key that makes the common romanisations of one name part equal, so that systems rather than people
/// differ. Korean: McCune–Reischauer, DPRK and Revised Romanization differ in voicing (k/g, t/d, p/b, ch/j),
/// aspirates (kh, th, ph), vowels (ŏ/eo/o/u, ŭ/eu/u) and the initial r/l (Ri/Lee/Yi, Ryong/Yong). Chinese: Pinyin,
/// Wade–Giles and Cantonese spellings (Xi/Hsi/Shi, Zhang/Chang/Cheung, Cai/Tsai, Dong/Tung, Qian/Ch'ien).
/// Russian: the BGN/PCGN, ISO 9, scholarly, German and French systems differ in Kh/H, Ts/Tz/C, Ch/Tch/Tsch,
/// Sh/Sch, Yu/Iu/Ju, Ye/Je/E, -iy/-y/-ij/-ii and -ey/-ei/-ej, V/W and X/Ks. So "Chong", "Jeong", "Jŏng" → "jong";
/// "Gim" → "kim"; "Hsi" → "si"; "Yuriy", "Jurij", "Yuri" → "yuri"; "Nikolay", "Nikolaj" → "nikolai".
/// Applied to every token (not only Asian or Russian ones) as a secondary, near-match signal.
/// Sources: Wikipedia "Romanization of Korean (North)", "Wade–Giles", "Romanization of Russian" comparison tables.
/// </summary>
public static class RomanisationKey
{
    /// <summary>The key of one folded token; the token itself when no rule applies.</summary>
    /// <param name="token">A lower-case ASCII token, as <see cref="NameNormalizer.Fold(string)"/> writes them.</param>
    public static string Compute(string token)
    {
        if (token.Length == 0)
        {
            return token;
        }

        var t = Canonical(token);
        // Each letter gives at most two (x → ks), so the key can be twice as long as the token.
        Span<char> buf = t.Length <= 64 ? stackalloc char[128] : new char[t.Length * 2];
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var next = i + 1 < t.Length ? t[i + 1] : '\0';
            var end = i + 2 >= t.Length;
            switch (c)
            {
                case 'e' when next is 'o' or 'u':
                    // eo → o, eu → u (Revised Romanization vowels ㅓ, ㅡ)
                    buf[n++] = next;
                    i++;
                    continue;
                case 'e' when next == 'e':
                    buf[n++] = 'i';
                    i++;
                    continue;
                case 'o' when next == 'o':
                    buf[n++] = 'u';
                    i++;
                    continue;
                case 'o' when next == 'u':
                    buf[n++] = 'o';
                    i++;
                    continue;
                case 'c' when next == 'h':
                    buf[n++] = 'j';
                    i++;
                    continue;
                case 'z' when next == 'h':
                    // Pinyin zh and Russian Zh (Ж) are both written j or ch elsewhere
                    buf[n++] = 'j';
                    i++;
                    continue;
                case 'k' when next == 'h':
                    // Russian Kh/H (Х: Mikhail/Mihail); MR aspirate kh
                    buf[n++] = 'h';
                    i++;
                    continue;
                case 't' or 'p' or 's' when next == 'h':
                    // MR aspirates th, ph; sh in "Shin", "Shi", "Shoygu"
                    buf[n++] = c;
                    i++;
                    continue;
                case 'i' when next == 'h' && end:
                    // Wade–Giles -ih (chih, shih) is Pinyin -i (zhi, shi)
                    buf[n++] = 'i';
                    i++;
                    continue;
                case 'x' when i == 0:
                    c = 's'; // Pinyin x (Xi, Xu) = Wade–Giles hs
                    break;
                case 'x':
                    buf[n++] = 'k'; // Alexander = Aleksandr
                    c = 's';
                    break;
                case 'q':
                    c = 'j'; // Pinyin q = Wade–Giles ch'
                    break;
                case 'w' when i > 0:
                    c = 'v'; // German and Polish w for Russian v (Medwedew, Kowalchuk); initial w stays (Wang, Won)
                    break;
                case 'g':
                    c = 'k';
                    break;
                case 'd':
                    c = 't';
                    break;
                case 'b':
                    c = 'p';
                    break;
                case 'r' when i == 0:
                    // ㄹ at the start of a syllable: Ri/Li/Lee, Ryu/Lyu, Rim/Lim. Only word-initially, so that
                    // "Maria" and "Malia" stay apart.
                    c = 'l';
                    break;
            }

            if (n > 0 && buf[n - 1] == c && char.IsAsciiLetter(c))
            {
                continue; // doubled letters (kk, ss, tt) read as one
            }

            buf[n++] = c;
        }

        return new string(buf[..n]);
    }

    /// <summary>Whole-token spellings first: surnames with fixed variants, then systematic rewrites.</summary>
    static string Canonical(string token)
    {
        var t = SurnameKey(token) ?? token;
        if (t.Contains('c', StringComparison.Ordinal))
        {
            // German tsch and French tch for Ч, German sch for Ш (Timtschenko, Timtchenko, Patruschew)
            t = t.Replace("shch", "sh", StringComparison.Ordinal).Replace("tsch", "ch", StringComparison.Ordinal)
                .Replace("tch", "ch", StringComparison.Ordinal).Replace("sch", "sh", StringComparison.Ordinal);
        }

        if (t.Contains("gu", StringComparison.Ordinal))
        {
            // French gue, gui for Russian ге, ги (Serguei, Guennadi)
            t = t.Replace("gue", "ge", StringComparison.Ordinal).Replace("gui", "gi", StringComparison.Ordinal);
        }

        if (t.StartsWith("iou", StringComparison.Ordinal))
        {
            t = "yu" + t[3..]; // French Iouri
        }

        if (t.Length >= 3)
        {
            if (t.StartsWith("hs", StringComparison.Ordinal))
            {
                t = "s" + t[2..]; // Wade–Giles hs = Pinyin x
            }
            else if (t.StartsWith("ts", StringComparison.Ordinal) || t.StartsWith("tz", StringComparison.Ordinal))
            {
                t = "z" + t[2..]; // Wade–Giles ts, tz = Pinyin z, c
            }
            else if (t[0] == 'c' && t[1] != 'h' && t.Length <= 4)
            {
                t = "z" + t[1..]; // Pinyin c (Cai, Cao, Cui) = Wade–Giles ts'
            }
            else if (t[0] is 'y' or 'l' && t[1] == 'r')
            {
                // not a romanisation pattern; left alone
            }
            else if (t.StartsWith("ry", StringComparison.Ordinal) || t.StartsWith("ly", StringComparison.Ordinal))
            {
                t = t[1..]; // Korean initial-sound rule: Ryong/Yong, Ryol/Yol
            }

            if (t.Length >= 4 && t[0] is 'y' or 'j' && t[1] == 'e' && t[2] is not ('o' or 'u'))
            {
                t = t[1..]; // Russian initial Ye/Je = E (Yevgeniy, Jekaterina; Korean Yeo/Yeon keep theirs)
            }
            else if (t.Length >= 4 && (t[0] == 'j' || t[0] == 'i') && t[1] == 'u' && !t.EndsWith("ng", StringComparison.Ordinal))
            {
                t = "y" + t[1..]; // Russian Ю: Yuriy, Iuri, Jurij
            }
        }

        if (t.Length >= 3 && (t.EndsWith("ung", StringComparison.Ordinal) || t.EndsWith("ul", StringComparison.Ordinal)))
        {
            // ŏ written u in common South Korean use (Chul, Sung, Jung; RR eung = ŭng) and Wade–Giles -ung for
            // Pinyin -ong (Tung/Dong): one key for the final syllable
            t = t.EndsWith("eung", StringComparison.Ordinal) ? t[..^4] + "ong"
                : t.EndsWith("eul", StringComparison.Ordinal) ? t[..^3] + "ol"
                : t.EndsWith('l') ? t[..^2] + "ol" : t[..^3] + "ong";
        }

        if (t.Length >= 4)
        {
            t = t switch
            {
                _ when t.EndsWith("iya", StringComparison.Ordinal) || t.EndsWith("ija", StringComparison.Ordinal) => t[..^3] + "ia",
                _ when t.EndsWith("iy", StringComparison.Ordinal) || t.EndsWith("yy", StringComparison.Ordinal)
                    || t.EndsWith("ij", StringComparison.Ordinal) || t.EndsWith("ii", StringComparison.Ordinal) => t[..^2] + "i",
                _ when t.EndsWith("ey", StringComparison.Ordinal) || t.EndsWith("ej", StringComparison.Ordinal) => t[..^2] + "ei",
                _ when t.EndsWith("ay", StringComparison.Ordinal) || t.EndsWith("aj", StringComparison.Ordinal) => t[..^2] + "ai",
                _ when t.EndsWith("oy", StringComparison.Ordinal) || t.EndsWith("oj", StringComparison.Ordinal) => t[..^2] + "oi",
                _ when t.EndsWith("ien", StringComparison.Ordinal) => t[..^3] + "ian",
                _ when t[^1] == 'y' && !IsVowel(t[^2]) => t[..^1] + "i",
                _ => t,
            };
        }

        return t;
    }

    /// <summary>
    /// A spacing-blind key for comparing a name written as one word with the same name written in syllables
    /// ("GOORYONG" / "GOO RYONG", "SAMMA" / "SAM MA"): only letter-by-letter rules, none that depend on where a
    /// letter stands in its word, so the key of the whole equals the keys of its parts written together.
    /// </summary>
    public static string JoinKey(string token)
    {
        Span<char> buf = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                case 'e' when next is 'o' or 'u':
                    buf[n++] = next;
                    i++;
                    continue;
                case 'o' when next == 'o':
                    buf[n++] = 'u';
                    i++;
                    continue;
                case 'c' or 'z' when next == 'h':
                    buf[n++] = 'j';
                    i++;
                    continue;
                case 'k' or 't' or 'p' when next == 'h':
                    buf[n++] = c;
                    i++;
                    continue;
                case 'g':
                    c = 'k';
                    break;
                case 'd':
                    c = 't';
                    break;
                case 'b':
                    c = 'p';
                    break;
                case 'r':
                    c = 'l';
                    break;
            }

            buf[n++] = c;
        }

        return n == token.Length && buf[..n].SequenceEqual(token) ? token : new string(buf[..n]);
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    static string? SurnameKey(string token) => token switch
    {
        "lee" or "yi" or "rhee" or "ri" or "li" or "i" or "rhie" => "li",
        "park" or "pak" or "bak" or "bark" => "pak",
        "choi" or "choe" or "chwe" => "joe",
        "rim" or "lim" or "im" => "lim",
        "roh" or "noh" or "ro" or "no" => "no",
        "ryu" or "yu" or "yoo" or "you" => "yu",
        "oh" or "o" => "o",
        // Cantonese and Wade–Giles spellings of Chinese surnames → Pinyin
        "wong" => "wang",
        "cheung" or "chang" => "zhang",
        "chan" or "ch'en" => "chen",
        "lau" => "liu",
        "ng" => "wu",
        "chow" or "chou" => "zhou",
        "leung" => "liang",
        "yeung" => "yang",
        "hsieh" => "xie",
        "kwok" or "kuo" => "guo",
        "hsu" => "xu",
        "suen" => "sun",
        "chiu" or "chao" => "zhao",
        "tsai" => "cai",
        _ => null,
    };
}
