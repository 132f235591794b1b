using System.Collections.Concurrent;
using Picket.Store;

namespace Picket.Web.Data;

/// <summary>
/// The server's hold on its store. DuckDB lets one process open a file, so the server opens it once, read-write, and
/// every other reader goes through it. A DuckDB connection is not thread-safe, so each request borrows a connection of
/// its own from a small pool (connections of one process share the database instance and see each other's commits).
/// </summary>
internal sealed class StoreReaders : IDisposable
{
    private readonly StoreDatabase _owner;
    private readonly ConcurrentBag<StoreDatabase> _idle = [];
    private readonly SemaphoreSlim _slots;
    private bool _disposed;

    public StoreReaders(StoreDatabase owner, int maxConnections)
    {
        _owner = owner;
        _slots = new SemaphoreSlim(Math.Max(1, maxConnections));
    }

    /// <summary>The store's path (the analyses write into the same database).</summary>
    public string Path => _owner.Path;

    /// <summary>
    /// Runs <paramref name="query"/> on a connection no other thread uses meanwhile. Waiting for a free connection is
    /// asynchronous: a burst of requests queues here instead of blocking thread-pool threads (which starves Kestrel);
    /// a request whose client went away leaves the queue.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<StoreDatabase, T> query, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        StoreDatabase? connection = null;
        try
        {
            connection = _idle.TryTake(out var idle) ? idle : _owner.OpenAnotherConnection();
            return query(connection);
        }
        finally
        {
            if (connection != null) _idle.Add(connection);
            _slots.Release();
        }
    }

    /// <summary>As <see cref="ReadAsync"/>, waiting synchronously (start-up and background work only).</summary>
    public T Read<T>(Func<StoreDatabase, T> query) => ReadAsync(query).GetAwaiter().GetResult();

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        while (_idle.TryTake(out var c)) c.Dispose();
        _owner.Dispose();
        _slots.Dispose();
    }
}
