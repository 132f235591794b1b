using Npgsql;

namespace Picket.Cluster.Tests;

/// <summary>The cluster commands take exactly one store, and a malformed one is a message before any host starts.</summary>
public class ClusterStoreTests
{
    [Theory]
    [InlineData(null, null, "give the cluster's store")]
    [InlineData("127.0.0.1:6379", "Host=127.0.0.1", "not both")]
    [InlineData(null, "Host=127.0.0.1;Bogus Key=1", "--postgres")]
    [InlineData(null, "Database=picket", "names no Host")]
    [InlineData(",,,", null, "--redis")]
    public void Anything_but_exactly_one_good_store_is_refused_with_a_reason(string? redis, string? postgres, string reason)
    {
        Assert.Null(ClusterStore.TryCreate(redis, postgres, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_store_keeps_few_connections_unless_told_otherwise()
    {
        var chosen = ClusterStore.TryCreate(null, "Host=db;Database=picket;Username=u;Password=secret", out _)!.Value;
        Assert.Equal(ClusterStoreKind.Postgres, chosen.Kind);
        Assert.Equal(ClusterStore.DefaultPostgresPoolSize, new NpgsqlConnectionStringBuilder(chosen.Connection).MaxPoolSize);
        Assert.DoesNotContain("secret", chosen.ToString(), StringComparison.Ordinal);
        var own = ClusterStore.TryCreate(null, "Host=db;Maximum Pool Size=50", out _)!.Value;
        Assert.Equal(50, new NpgsqlConnectionStringBuilder(own.Connection).MaxPoolSize);
        Assert.Equal(ClusterStoreKind.Redis, ClusterStore.TryCreate("127.0.0.1:6390", " ", out _)!.Value.Kind);
    }
}
