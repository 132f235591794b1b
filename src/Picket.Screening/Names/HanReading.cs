namespace Picket.Screening.Names;

/// <summary>How to read Han characters: the same 金正恩 is "Kim Jong Un" in Korean and "Jin Zhengen" in Mandarin.</summary>
public enum HanReading
{
    /// <summary>Sino-Korean reading from <see cref="HanjaReadings"/>, pinyin for characters outside the table.</summary>
    Korean = 0,
    /// <summary>Mandarin pinyin without tones (AnyAscii's tables).</summary>
    Mandarin = 1,
}
