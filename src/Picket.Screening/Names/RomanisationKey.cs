namespace Picket.Screening.Names;

/// <summary>
/// A phonetic key that makes the common romanisations of one Korean syllable equal: McCune–Reischauer,
/// DPRK and Revised Romanization differ in voicing (k/g, t/d, p/b, ch/j), aspirate spelling (kh, th, ph, ch),
/// vowels (ŏ/eo/o, ŭ/eu/u), initial r/l and a few surname conventions (Lee/Yi/Ri, Park/Pak/Bak, Choi/Choe).
/// So "Chong", "Jeong", "Jŏng" → "jong"; "Gim" → "kim"; "Eun" → "un"; "Cheol" → "jol".
/// Applied to every token (not only Korean ones) as a secondary, near-match signal.
/// </summary>
public static class RomanisationKey
{
    public static string Compute(string token)
    {
        if (token.Length == 0)
        {
            return token;
        }

        var surname = SurnameKey(token);
        if (surname is not null)
        {
            return surname;
        }

        Span<char> buf = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
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
                case 'k' or 't' or 'p' or 's' when next == 'h':
                    // MR aspirates kh, th, ph; sh in "Shin"
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

    static string? SurnameKey(string token) => token switch
    {
        "lee" or "yi" or "rhee" or "ri" or "li" or "i" or "rhie" => "li",
        "park" or "pak" or "bak" or "bark" => "pak",
        "choi" or "choe" or "chwe" => "joe",
        "rim" or "lim" or "im" => "lim",
        "roh" or "noh" or "ro" or "no" => "no",
        "ryu" or "yu" or "yoo" or "you" => "yu",
        _ => null,
    };
}
