using Picket.Core.Events;
using Picket.Reporting.JsonLines;
using Picket.Simulation.Evaluation;
using Picket.Store;

namespace Picket.Analysis.Tests;

/// <summary>
/// Every library's public surface is policed by the same approval file (<see cref="PublicApiApproval"/>): the hosts to
/// come (the server, the live watcher, the cluster) build on these, so a change to them must be deliberate.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Core_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(PicketEvent).Assembly);

    [Fact]
    public void Store_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(StoreDatabase).Assembly);

    [Fact]
    public void Reporting_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(VesselsJsonWriter).Assembly);

    [Fact]
    public void Analysis_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(AnalysisJob).Assembly);

    [Fact]
    public void Simulation_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(EventFileReader).Assembly);
}
