using DuckDB.NET.Data;
using Picket.Store.Schema;

namespace Picket.Store;

/// <summary>
/// An open Picket store: one DuckDB file and its single read-write connection. DuckDB lets only one process open a
/// file (even read-only, a second process fails to take the lock), so the process that opens it owns it: later stages
/// put the server in front of the file and have cluster silos write Parquet partitions instead (src/Picket.Store/README.md).
/// </summary>
public sealed class StoreDatabase : IDisposable
{
    private StoreDatabase(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The database file, as given to <see cref="TryOpen"/>.</summary>
    public string Path { get; }

    /// <summary>The connection; not thread-safe, use from one thread at a time.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>, or explains why it cannot be opened.</summary>
    public static bool TryOpen(string path, out StoreDatabase? store, out string? error)
    {
        store = null;
        error = null;
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir != null) Directory.CreateDirectory(dir);
        var connection = new DuckDBConnection($"Data Source={full}");
        try
        {
            connection.Open();
            // Parquet is statically linked; never reach for the network for anything else.
            Execute(connection, "SET autoinstall_known_extensions = false");
            Execute(connection, "SET autoload_known_extensions = false");
            foreach (var sql in StoreSchema.Statements) Execute(connection, sql);
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            error = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? $"{path} is open in another process (DuckDB allows one process per file): {e.Message}"
                : $"cannot open {path}: {e.Message}";
            return false;
        }
        store = new StoreDatabase(full, connection);
        return true;
    }

    /// <summary>Opens the store or throws <see cref="InvalidOperationException"/> with the reason (for tests and tools).</summary>
    public static StoreDatabase Open(string path) =>
        TryOpen(path, out var store, out var error) ? store! : throw new InvalidOperationException(error);

    /// <summary>
    /// Another connection to this store's database for another thread of the same process (a server's readers): DuckDB
    /// shares one database instance between the connections a process opens to a file, so this takes no second file lock.
    /// </summary>
    public StoreDatabase OpenAnotherConnection()
    {
        var connection = new DuckDBConnection($"Data Source={Path}");
        connection.Open();
        return new StoreDatabase(Path, connection);
    }

    /// <summary>Runs one statement that returns no rows (DDL, INSERT, UPDATE); returns the rows it changed.</summary>
    /// <param name="sql">The statement; never built from untrusted text (use parameters on <see cref="Connection"/>).</param>
    public int Execute(string sql) => Execute(Connection, sql);

    /// <summary>Runs a query returning one number (count, sum).</summary>
    public long ScalarLong(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query returning one text value.</summary>
    public string ScalarText(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString() ?? "";
    }

    /// <summary>Rebuilds the identity history in <c>vessels</c> from the identity reports (one transaction).</summary>
    public void RefreshVessels()
    {
        using var tx = Connection.BeginTransaction();
        Execute("DELETE FROM vessels");
        Execute("""
            INSERT INTO vessels
            SELECT mmsi, max(imo), max(name), max(call_sign), max(ship_type), min(ts), max(ts), count(*)
            FROM identity_reports
            GROUP BY mmsi, imo, name, call_sign, ship_type
            """);
        tx.Commit();
    }

    internal static int Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Closes the connection, releasing the file's lock for other processes.</summary>
    public void Dispose() => Connection.Dispose();
}
