using PublicApiGenerator;
using Picket.Screening.Matching;

namespace Picket.Screening.Tests;

/// <summary>
/// The public surface of Picket.Screening is policed (house rule, after Npgsql): a change to it shows up as a diff
/// of PublicApi.approved.txt. To accept a change, copy the PublicApi.received.txt the failing run writes beside the
/// test assembly over tests/Picket.Screening.Tests/PublicApi.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_is_the_approved_one()
    {
        var api = typeof(Screener).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi.received.txt"), api);
        }

        Assert.Equal(approved, api);
    }
}
