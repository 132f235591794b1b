using System.Globalization;
using Picket.Core.Alerts;

namespace Picket.Reporting.Alerts;

/// <summary>
/// Alerts waiting for delivery, one file each in a directory (written to a temporary name and renamed, so a crash
/// leaves either the whole alert or none), oldest first by a sequence number in the name. Survives a restart of the
/// watcher: what was queued while the receiver was down is delivered when it returns. Bounded: past
/// <see cref="Capacity"/> the oldest is dropped and counted, so a receiver gone for good cannot fill the disk.
/// Thread-safe.
/// </summary>
public sealed class AlertOutbox
{
    private const string Suffix = ".alert.json";
    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, string> _files = [];
    private long _next;

    /// <summary>A queue in <paramref name="directory"/> (created if missing), holding at most <paramref name="capacity"/> alerts; picks up what an earlier process left.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public AlertOutbox(string directory, int capacity = 10_000)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Directory = directory;
        Capacity = capacity;
        System.IO.Directory.CreateDirectory(directory);
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*" + Suffix))
        {
            var name = Path.GetFileName(path);
            if (long.TryParse(name.AsSpan(0, name.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
                _files[seq] = path;
        }
        foreach (var tmp in System.IO.Directory.EnumerateFiles(directory, "*.tmp"))
            File.Delete(tmp); // a write cut short by a crash: its alert was never acknowledged to the engine as queued
        _next = _files.Count == 0 ? 1 : _files.Keys.Max() + 1;
    }

    /// <summary>The directory the alerts wait in.</summary>
    public string Directory { get; }

    /// <summary>Alerts held at most.</summary>
    public int Capacity { get; }

    /// <summary>Alerts waiting now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
                return _files.Count;
        }
    }

    /// <summary>Queue files that did not hold a delivery (renamed <c>.bad</c> and skipped).</summary>
    public long Damaged { get; private set; }

    /// <summary>Oldest alerts dropped because the queue was full.</summary>
    public long Dropped { get; private set; }

    /// <summary>Adds one delivery — its id (<see cref="WebhookSignature.DeliveryHeader"/>) and the JSON body the receiver will get — at the end; drops the oldest when full.</summary>
    /// <exception cref="IOException">The directory cannot be written.</exception>
    public void Enqueue(string deliveryId, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryId);
        if (deliveryId.Contains('\n', StringComparison.Ordinal))
            throw new ArgumentException("a delivery id is one line", nameof(deliveryId));
        lock (_lock)
        {
            var seq = _next++;
            var path = Path.Combine(Directory, seq.ToString("D15", CultureInfo.InvariantCulture) + Suffix);
            var tmp = path + ".tmp";
            using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                f.Write(System.Text.Encoding.UTF8.GetBytes(deliveryId + "\n"));
                f.Write(body);
                f.Flush(flushToDisk: true);
            }
            File.Move(tmp, path, overwrite: true);
            _files[seq] = path;
            while (_files.Count > Capacity)
            {
                var oldest = _files.First();
                File.Delete(oldest.Value);
                _files.Remove(oldest.Key);
                Dropped++;
            }
        }
    }

    /// <summary>The oldest delivery waiting, or false when none is; it stays queued until <see cref="Remove"/>.</summary>
    public bool TryPeek(out long sequence, out string deliveryId, out byte[] body)
    {
        lock (_lock)
        {
            while (_files.Count > 0)
            {
                var (seq, path) = _files.First();
                try
                {
                    var bytes = File.ReadAllBytes(path);
                    var nl = Array.IndexOf(bytes, (byte)'\n');
                    if (nl <= 0)
                    {
                        _files.Remove(seq); // not a delivery this queue wrote: set aside, counted
                        File.Move(path, path + ".bad", overwrite: true);
                        Damaged++;
                        continue;
                    }
                    deliveryId = System.Text.Encoding.UTF8.GetString(bytes, 0, nl);
                    body = bytes[(nl + 1)..];
                    sequence = seq;
                    return true;
                }
                catch (IOException)
                {
                    _files.Remove(seq); // removed behind our back: nothing left to send
                }
            }
        }
        (sequence, deliveryId, body) = (0, "", []);
        return false;
    }

    /// <summary>The alert <paramref name="sequence"/> was delivered (or refused for good): forgets it.</summary>
    public void Remove(long sequence)
    {
        lock (_lock)
        {
            if (_files.Remove(sequence, out var path))
                File.Delete(path);
        }
    }

    /// <summary>The delivery id of one alert revision: <c>id#revision</c>, the same on every retry and after a restart.</summary>
    public static string DeliveryId(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Id + "#" + alert.Revision.ToString(CultureInfo.InvariantCulture);
    }
}
