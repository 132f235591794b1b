namespace Picket.Reporting.Tests;

/// <summary>Names from AIS and lists carry any Unicode; what reaches a person shows unsafe characters as U+FFFD.</summary>
public sealed class DisplayTextTests
{
    [Fact]
    public void Display_text_keeps_ordinary_unicode_and_replaces_only_unsafe_characters()
    {
        Assert.Equal("김정은 SEA STAR 😀", DisplayText.Printable("김정은 SEA STAR 😀"));
        Assert.Equal("A\uFFFDB\uFFFDC\uFFFDD", DisplayText.Printable("A\u200fB\u2066C\u0085D"));
        Assert.Equal("X\uFFFD", DisplayText.Printable("X\ud800")); // a lone surrogate cannot be written as UTF-8
    }
}
