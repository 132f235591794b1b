using Picket.Screening.Matching;

namespace Picket.Screening.Tests;

/// <summary>Picket.Screening is usable alone by a compliance team, so its public surface is policed (<see cref="PublicApiApproval"/>).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(Screener).Assembly);
}
