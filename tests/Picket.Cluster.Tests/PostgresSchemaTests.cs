using System.Globalization;
using System.Reflection;
using Npgsql;
using Orleans.Storage;
using Picket.Cluster.Tests.Infrastructure;

namespace Picket.Cluster.Tests;

/// <summary>
/// Picket's PostgreSQL schema against the contract of Orleans' ADO.NET providers: every query key they demand (read from
/// the providers' own assemblies, not from Picket's list) is there after creation, creation is idempotent when silos race
/// on an empty database, and the optimistic-concurrency answers are the ones Orleans relies on — a stale version
/// neither writes grain state nor changes the membership table.
/// </summary>
public class PostgresSchemaTests
{
    [Fact]
    public async Task Silos_creating_the_schema_at_once_leave_every_query_the_providers_demand()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pg = await PostgresServer.StartOrSkipAsync(ct);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgresSchema.EnsureAsync(pg.ConnectionString, ct)));
        await PostgresSchema.EnsureAsync(pg.ConnectionString, ct);

        await using var connection = await OpenAsync(pg, ct);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) keys.Add(reader.GetString(0));
        var clustering = typeof(Orleans.Hosting.AdoNetHostingExtensions).Assembly.GetType("Orleans.Clustering.AdoNet.Storage.DbStoredQueries", throwOnError: true)!
            .GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name).ToList();
        Assert.Contains("MembershipReadAllKey", clustering);
        Assert.Empty(clustering.Except(keys));
        foreach (var key in (string[])["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey"])
        {
            Assert.Contains($"'{key}'", AdoNetGrainStorage.DefaultInitializationQuery, StringComparison.Ordinal);
            Assert.Contains(key, keys);
        }

        // Once the schema is there, a role that may only use the tables (no CREATE, not the functions' owner) runs no DDL.
        await Execute(connection, "CREATE ROLE picket_user LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO picket_user", ct);
        await PostgresSchema.EnsureAsync(pg.ConnectionString.Replace("Username=postgres", "Username=picket_user", StringComparison.Ordinal), ct);
        await Execute(connection, "DELETE FROM OrleansQuery WHERE QueryKey = 'ClearStorageKey'", ct);
        await Assert.ThrowsAsync<PostgresException>(() => PostgresSchema.EnsureAsync(pg.ConnectionString.Replace("Username=postgres", "Username=picket_user", StringComparison.Ordinal), ct));
    }

    [Fact]
    public async Task A_stale_version_writes_nothing_and_existing_queries_are_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pg = await PostgresServer.StartOrSkipAsync(ct);
        await using var connection = await OpenAsync(pg, ct);
        // A database where Orleans' own scripts already put a query: Picket leaves it as it is.
        await Execute(connection, "CREATE TABLE OrleansQuery (QueryKey varchar(64) NOT NULL PRIMARY KEY, QueryText text NOT NULL)", ct);
        await Execute(connection, "INSERT INTO OrleansQuery VALUES ('GatewaysQueryKey', 'their own text')", ct);
        await PostgresSchema.EnsureAsync(pg.ConnectionString, ct);
        Assert.Equal("their own text", await Query(connection, "GatewaysQueryKey", ct));

        var write = await Query(connection, "WriteToStorageKey", ct);
        Assert.Equal(1, await Grain(connection, write, version: null, payload: [1], ct));
        Assert.Null(await Grain(connection, write, version: null, payload: [9], ct)); // a second "first" write
        Assert.Equal(2, await Grain(connection, write, version: 1, payload: [2], ct));
        Assert.Null(await Grain(connection, write, version: 1, payload: [9], ct));    // stale
        var clear = await Query(connection, "ClearStorageKey", ct);
        Assert.Equal(3, await Grain(connection, clear, version: 2, payload: null, ct));
        Assert.Null(await Grain(connection, clear, version: 2, payload: null, ct));
        Assert.Equal(4, await Grain(connection, write, version: 3, payload: [4], ct));
        await using (var read = Command(connection, await Query(connection, "ReadFromStorageKey", ct), version: null, payload: null))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            Assert.True(await reader.ReadAsync(ct));
            Assert.Equal(new byte[] { 4 }, (byte[])reader["PayloadBinary"]);
            Assert.Equal(4, reader.GetInt32(reader.GetOrdinal("Version")));
        }

        // Membership: the table version is 0; a row named with version 5 is refused and leaves the version as it was.
        await using (var init = new NpgsqlCommand(await Query(connection, "InsertMembershipVersionKey", ct), connection))
        {
            init.Parameters.AddWithValue("DeploymentId", "c");
            Assert.True((bool)(await init.ExecuteScalarAsync(ct))!);
        }
        Assert.False(await Member(connection, await Query(connection, "InsertMembershipKey", ct), 5, ct));
        Assert.Equal("0:0", await Scalar(connection, "SELECT (SELECT Version FROM picket_membership_version)::text || ':' || (SELECT count(*) FROM picket_membership)::text", ct));
        Assert.True(await Member(connection, await Query(connection, "InsertMembershipKey", ct), 0, ct));
        Assert.False(await Member(connection, await Query(connection, "InsertMembershipKey", ct), 1, ct)); // the same silo twice
        Assert.Equal("1:1", await Scalar(connection, "SELECT (SELECT Version FROM picket_membership_version)::text || ':' || (SELECT count(*) FROM picket_membership)::text", ct));
    }

    private static async Task<NpgsqlConnection> OpenAsync(PostgresServer pg, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(pg.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<string?> Scalar(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    private static async Task<string> Query(NpgsqlConnection connection, string key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @k", connection);
        command.Parameters.AddWithValue("k", key);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A grain storage query with the parameters Orleans' ADO.NET storage binds (one grain key throughout).</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, int? version, byte[]? payload)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("GrainIdHash", 7);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 211000001L);
        command.Parameters.AddWithValue("GrainTypeHash", 11);
        command.Parameters.AddWithValue("GrainTypeString", "vessel");
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value });
        command.Parameters.AddWithValue("ServiceId", "picket-detection");
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)version ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlTypes.NpgsqlDbType.Bytea) { Value = (object?)payload ?? DBNull.Value });
        return command;
    }

    /// <summary>The version a write or clear answers (null: refused), as the provider reads it from the first column.</summary>
    private static async Task<int?> Grain(NpgsqlConnection connection, string sql, int? version, byte[]? payload, CancellationToken ct)
    {
        await using var command = Command(connection, sql, version, payload);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task<bool> Member(NpgsqlConnection connection, string sql, int version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var now = DateTime.UtcNow;
        foreach (var (name, value) in (ReadOnlySpan<(string, object)>)[("DeploymentId", "c"), ("Address", "127.0.0.1"), ("Port", 11111), ("Generation", 1),
                     ("SiloName", "s"), ("HostName", "h"), ("Status", 3), ("ProxyPort", 30000), ("StartTime", now), ("IAmAliveTime", now), ("Version", version)])
            command.Parameters.AddWithValue(name, value);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
