using Picket.Ais.Csv;

namespace Picket.Ais.Tests;

/// <summary>Picket.Ais and Picket.Ais.Csv are usable alone, so their public surfaces are policed (<see cref="PublicApiApproval"/>).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(AisDecoder).Assembly);

    [Fact]
    public void Csv_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(AisCsvReader).Assembly);
}
