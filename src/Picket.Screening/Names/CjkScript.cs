using System.Text;

namespace Picket.Screening.Names;

/// <summary>
/// A name's Hangul and Han characters, for comparing CJK names in their own script before romanising: romanised,
/// 김정은 and 김정운 are both "Kim Jong Un", 김영철 and 김용철 both "Kim Yong Chol", yet one different syllable is a
/// different person. Han characters are read as Hangul where <see cref="HanjaReadings"/> knows them (金正恩 = 김정은);
/// the initial-sound rule of South Korean spelling is undone (최용해 = 최룡해, 이수용 = 리수용), since DPRK and ROK
/// sources write the same name both ways (Standard Korean Language Dictionary, 두음 법칙).
/// </summary>
public static class CjkScript
{
    const int SBase = 0xAC00;
    const int VCount = 21;
    const int TCount = 28;
    const int InitialR = 5;   // ㄹ
    const int InitialN = 2;   // ㄴ
    const int InitialNone = 11; // ㅇ

    /// <summary>The Hangul and Han characters of <paramref name="raw"/>, Hangul spelled the DPRK way; null when it has none.</summary>
    public static string? Key(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        StringBuilder? sb = null;
        foreach (var rune in NameNormalizer.Bounded(raw).EnumerateRunes())
        {
            var cp = rune.Value;
            if (HangulRomanizer.IsSyllable(cp))
            {
                (sb ??= new StringBuilder()).Append(Normalise((char)cp));
            }
            else if (NameNormalizer.IsHan(cp))
            {
                (sb ??= new StringBuilder()).Append(rune.ToString());
            }
        }

        return sb?.ToString();
    }

    /// <summary>
    /// True when both keys exist and name different people. Two Han names compare character by character (金日成 and
    /// 金日星 read alike in Korean but are written apart); a Han name against a Hangul one is read as Hangul, and a Han
    /// character outside the readings table matches any syllable. A key that holds the other whole (a name with a
    /// title or legal form added) is no conflict.
    /// </summary>
    public static bool Conflict(string? a, string? b)
    {
        if (a is null || b is null || a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return false;
        }

        if (!HasHangul(a) && !HasHangul(b))
        {
            return true;
        }

        var ha = AsHangul(a);
        var hb = AsHangul(b);
        if (ha.Length != hb.Length)
        {
            return !ha.Contains(hb, StringComparison.Ordinal) && !hb.Contains(ha, StringComparison.Ordinal);
        }

        for (var i = 0; i < ha.Length; i++)
        {
            if (ha[i] != hb[i] && ha[i] != '?' && hb[i] != '?')
            {
                return true;
            }
        }

        return false;
    }

    static bool HasHangul(string s)
    {
        foreach (var c in s)
        {
            if (HangulRomanizer.IsSyllable(c))
            {
                return true;
            }
        }

        return false;
    }

    static string AsHangul(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            var cp = rune.Value;
            if (HangulRomanizer.IsSyllable(cp))
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(cp <= char.MaxValue && HanjaReadings.TryGetReading((char)cp, out var h) ? Normalise(h) : '?');
            }
        }

        return sb.ToString();
    }

    /// <summary>Undoes the initial-sound rule: 용 → 룡 before y/i vowels, 노 → 로 otherwise; 이/니 → 리.</summary>
    static char Normalise(char syllable)
    {
        var s = syllable - SBase;
        var l = s / (VCount * TCount);
        var v = s % (VCount * TCount) / TCount;
        var t = s % TCount;
        // vowels ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ (indices 2, 3, 6, 7, 12, 17, 20) take ㅇ for ㄹ/ㄴ in ROK spelling
        var yVowel = v is 2 or 3 or 6 or 7 or 12 or 17 or 20;
        if (yVowel && (l == InitialNone || l == InitialN))
        {
            l = InitialR;
        }
        else if (!yVowel && l == InitialN)
        {
            l = InitialR; // 노동/로동: ㄹ written ㄴ before other vowels
        }

        return (char)(SBase + ((l * VCount) + v) * TCount + t);
    }
}
