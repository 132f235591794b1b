using Picket.Screening.Names;

namespace Picket.Screening.Tests.Names;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("KIM, Jong Un", "kim jong un")]
    [InlineData("Kim Jŏng-ŭn", "kim jong un")]
    [InlineData("Kim Ch'ŏl", "kim chol")]
    [InlineData("KIM TONG MY’ONG", "kim tong myong")]
    [InlineData("M/V CHONG CHON GANG", "mv chong chon gang")]
    [InlineData("M.T. ZU ZAG BONG 6", "mt zu zag bong 6")]
    [InlineData("ANGLO-CARIBBEAN CO., LTD.", "anglo caribbean co ltd")]
    [InlineData("Müller Straße", "muller strasse")]
    [InlineData("ＫＩＭ", "kim")]
    [InlineData("Владимир Путин", "vladimir putin")]
    [InlineData("ООО Ромашка", "ooo romashka")]
    [InlineData("김정은", "kim jong un")]
    [InlineData("김정일", "kim jong il")]
    [InlineData("리영호", "ri yong ho")]
    [InlineData("최룡해", "choe ryong hae")]
    [InlineData("金正恩", "kim jong un")]
    [InlineData("朝鲜光鲜银行有限公司", "jo son kwang son un haeng ltd")]
    public void Folds_to_lower_case_ascii_tokens(string raw, string folded) =>
        Assert.Equal(folded, NameNormalizer.Fold(raw));

    [Fact]
    public void Han_is_also_read_in_mandarin()
    {
        // ICU's Han-Latin and AnyAscii both give pinyin: 金正恩 → "jin zheng en", 习近平 → "xi jin ping".
        Assert.Equal(["kim jong un", "jin zheng en"], NameNormalizer.FoldVariants("金正恩"));
        Assert.Contains("xi jin ping", NameNormalizer.FoldVariants("习近平"));
        Assert.Equal(["kim jong un"], NameNormalizer.FoldVariants("Kim Jong Un"));
    }

    [Fact]
    public void Library_transliteration_alone_does_not_give_list_spellings()
    {
        // Why Hangul and Hanja have our own tables: AnyAscii (like ICU's Any-Latin transform) writes
        // Revised Romanization with syllables glued and reads Han as Mandarin, neither of which is "KIM, Jong Un".
        Assert.Equal("GimJeongEun", AnyAscii.Transliteration.Transliterate("김정은"));
        Assert.Equal("JinZhengEn", AnyAscii.Transliteration.Transliterate("金正恩"));
        Assert.Equal("kim jong un", NameNormalizer.Fold("김정은"));
        Assert.Equal("kim jong un", NameNormalizer.Fold("金正恩"));
    }

    [Theory]
    [InlineData("chong", "jeong")]
    [InlineData("jong", "jŏng")]
    [InlineData("gim", "kim")]
    [InlineData("un", "eun")]
    [InlineData("chol", "cheol")]
    [InlineData("pyongyang", "pyeongyang")]
    [InlineData("taedong", "daedong")]
    [InlineData("ri", "lee")]
    [InlineData("pak", "park")]
    [InlineData("choe", "choi")]
    [InlineData("kwang", "gwang")]
    public void Romanisation_variants_share_a_key(string a, string b) =>
        Assert.Equal(RomanisationKey.Compute(NameNormalizer.Fold(a)), RomanisationKey.Compute(NameNormalizer.Fold(b)));

    [Theory]
    [InlineData("kim", "pak")]
    [InlineData("jong", "jang")]
    [InlineData("un", "il")]
    public void Different_syllables_keep_different_keys(string a, string b) =>
        Assert.NotEqual(RomanisationKey.Compute(a), RomanisationKey.Compute(b));

    [Fact]
    public void Hangul_syllables_follow_the_unicode_arithmetic()
    {
        // U+AC00 가 is the first syllable (ㄱ+ㅏ), U+D7A3 힣 the last (ㅎ+ㅣ+ㅎ).
        Assert.Equal("ka", HangulRomanizer.Romanize('가'));
        Assert.Equal("hit", HangulRomanizer.Romanize('힣'));
        Assert.Equal("kwang", HangulRomanizer.Romanize('광'));
        Assert.Throws<ArgumentOutOfRangeException>(() => HangulRomanizer.Romanize('A'));
    }

    [Fact]
    public void Hanja_table_pairs_every_han_character_with_one_hangul_syllable()
    {
        foreach (var han in "金李朴崔鄭正恩日成哲男浩英永勇光國民秀")
        {
            Assert.True(HanjaReadings.TryGetReading(han, out _), $"{han} missing");
        }

        // A misaligned pair in the table would put a Hangul key or a Han value somewhere.
        Assert.True(HanjaReadings.All.Count > 300, $"{HanjaReadings.All.Count} entries");
        foreach (var (han, hangul) in HanjaReadings.All)
        {
            Assert.True(han is >= '\u4E00' and <= '\u9FFF', $"key U+{(int)han:X4} is not a Han character");
            Assert.True(HangulRomanizer.IsSyllable(hangul), $"{han} → U+{(int)hangul:X4} is not a Hangul syllable");
        }
    }

    [Fact]
    public void Legal_forms_and_vessel_prefixes_are_weak()
    {
        var n = PreparedName.Prepare("MV KOREA SHIPPING CO LTD 7");

        // "korea" is a country: a qualifier of the name, weak like a generic word.
        Assert.Equal([TokenClass.Form, TokenClass.Weak, TokenClass.Weak, TokenClass.Form, TokenClass.Form, TokenClass.Numeric], n.Classes);
    }
}
