using Picket.Core.Vessels;

namespace Picket.Core.Tests.Vessels;

public sealed class ImoNumberTests
{
    [Theory]
    // DPRK-program tankers from the OFAC SDN list (OFAC SDN list, Treasury press releases of 2018), all with valid check digits.
    [InlineData(8660313)] // Chon Ma San: 8·7+6·6+6·5+0·4+3·3+1·2 = 133 → 3
    [InlineData(7389704)] // Rye Song Gang 1
    [InlineData(8106496)] // Sam Ma 2
    [InlineData(9003550)] // Patriot
    [InlineData(9074729)]
    public void Real_numbers_pass(int value)
    {
        Assert.True(ImoNumber.HasValidCheckDigit(value));
        Assert.Equal(value, ImoNumber.Create(value).Value);
    }

    [Theory]
    [InlineData(8660314)]
    [InlineData(1234568)]
    [InlineData(999999)]
    [InlineData(10000000)]
    [InlineData(0)]
    public void Wrong_check_digits_and_lengths_fail(int value)
    {
        Assert.False(ImoNumber.HasValidCheckDigit(value));
        Assert.False(ImoNumber.TryCreate(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImoNumber.Create(value));
    }

    [Theory]
    [InlineData("8660313", true)]
    [InlineData("IMO 8660313", true)]
    [InlineData("imo8660313", true)]
    [InlineData("IMO 8660314", false)]
    [InlineData("866031", false)]
    [InlineData("", false)]
    public void Parse_handles_the_list_spelling(string text, bool ok) => Assert.Equal(ok, ImoNumber.TryParse(text, out _));
}
