using Picket.Testing;

namespace Picket.Web.Tests;

/// <summary>
/// Picket.Web's public surface under the same approval file as every other library (<see cref="PublicApiApproval"/>):
/// the CLI and the tests host the server through it, so a change to it must be deliberate.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Web_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(PicketServer).Assembly);
}
