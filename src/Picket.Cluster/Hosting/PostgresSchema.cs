using Npgsql;

namespace Picket.Cluster;

/// <summary>
/// Creates, when missing, the PostgreSQL tables and queries that Orleans' ADO.NET clustering and grain storage read, so a
/// cluster needs only an empty database. Orleans' ADO.NET providers run no SQL of their own: at start they read the query
/// texts, by key, from a table named <c>OrleansQuery</c> and run those with named parameters (see "ADO.NET clustering"
/// and "ADO.NET grain persistence" in the Orleans documentation, learn.microsoft.com/dotnet/orleans/host/configuration-guide/adonet-configuration).
/// The NuGet packages ship no scripts, so Picket writes its own tables and queries against that contract: the query keys,
/// the parameter names and the result columns the providers use. Idempotent: every statement is "if absent", and a
/// transaction-scoped advisory lock keeps silos that start together from racing on the catalogue.
/// </summary>
internal static class PostgresSchema
{
    // Any constant: it only has to be the same in every Picket process that may create the schema at once.
    private const long SchemaLock = 0x5049434B4554;

    /// <summary>Creates what is missing; an existing query row (say, from Orleans' own scripts) is left as it is.</summary>
    public static async Task EnsureAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        if (await IsCompleteAsync(connection, ct).ConfigureAwait(false))
            return;
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({SchemaLock})", ct).ConfigureAwait(false);
        foreach (var statement in PostgresSchemaTables.Statements)
            await ExecuteAsync(connection, tx, statement, ct).ConfigureAwait(false);
        foreach (var (key, text) in PostgresSchemaQueries.All)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES (@k, @t) ON CONFLICT (QueryKey) DO NOTHING", connection, tx);
            insert.Parameters.AddWithValue("k", key);
            insert.Parameters.AddWithValue("t", text);
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Everything is there already: then no DDL runs, so a role that may only read and write the tables (no CREATE on
    /// the schema, not the functions' owner) can run silos and clients once the schema exists.
    /// </summary>
    private static async Task<bool> IsCompleteAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT to_regclass('orleansquery') IS NOT NULL AND to_regclass('picket_grain_state') IS NOT NULL
               AND to_regclass('picket_membership') IS NOT NULL
               AND (SELECT count(*) FROM pg_proc WHERE proname IN ('picket_membership_insert', 'picket_membership_update', 'picket_grain_write')) = 3
            """, connection);
        if (!(bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!)
            return false;
        await using var keys = new NpgsqlCommand("SELECT count(*) FROM OrleansQuery WHERE QueryKey = ANY(@k)", connection);
        keys.Parameters.AddWithValue("k", PostgresSchemaQueries.All.Select(q => q.Key).ToArray());
        return Convert.ToInt32(await keys.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == PostgresSchemaQueries.All.Count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
