using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Web.Live;

namespace Picket.Web.Tests.Live;

/// <summary>
/// The position stream's bound on a slow client, with the client's writes held back for real (a response body whose
/// writes wait until released): while 10,000 fixes arrive the connection has one write outstanding and nothing queued,
/// and once released it gets each vessel once, at its newest position.
/// </summary>
public sealed class LivePositionStreamTests
{
    private const int Vessels = 10;

    [Fact]
    public async Task A_stalled_connection_holds_one_frame_and_then_gets_each_vessel_at_its_newest()
    {
        var ct = TestContext.Current.CancellationToken;
        var watch = new LiveWatch(null!, new LiveWatchOptions { Sources = [], PositionFramesPerSecond = 50 }, Path.GetTempPath());
        var body = new HeldStream();
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(Options.Create(new JsonOptions())).BuildServiceProvider(),
        };
        context.Response.Body = body;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        int n = 0;
        void Fixes(int count)
        {
            for (int i = 0; i < count; i++, n++)
                watch.Positions.Add(new VesselFix(new Mmsi(412_000_001 + (uint)(n % Vessels)), t0.AddSeconds(n), 38 + n * 1e-5, 123 + n * 1e-5));
        }

        Fixes(Vessels);
        var streaming = LiveEndpoints.StreamPositionsAsync(context, watch, stop.Token);
        await body.WaitForPositionsAsync(Vessels, ct);

        // The client stops reading: the next frame's write waits, and 10,000 fixes arrive meanwhile.
        body.Hold();
        Fixes(1);
        await body.WaitForHeldWriteAsync(ct);
        Fixes(10_000);
        await Task.Delay(300, ct); // fifteen frame periods: a queueing server would have queued frames by now
        Assert.Equal(1, body.OutstandingWrites);
        Assert.Equal(1, body.HeldWrites);
        int before = body.Positions.Count;

        body.Release();
        var newest = Enumerable.Range(0, Vessels).Select(v => n - Vessels + v).ToDictionary(i => 412_000_001 + (uint)(i % Vessels), i => 38 + i * 1e-5);
        await body.WaitUntilAsync(() => newest.All(kv => body.Latest.TryGetValue(kv.Key, out var lat) && Math.Abs(lat - kv.Value) < 1e-9), ct);
        await stop.CancelAsync();
        await streaming;

        // After the stall: the held frame (at most one position per vessel) and one frame with every vessel at its newest.
        int after = body.Positions.Count - before;
        Assert.True(after <= 2 * Vessels, $"{after} positions sent after a stall of 10,001 fixes");
        Assert.True(watch.PositionsCoalesced >= 10_000 - 2 * Vessels, $"coalesced {watch.PositionsCoalesced}");
    }

    /// <summary>A response body that records the positions written and can hold writes back until released.</summary>
    private sealed class HeldStream : Stream
    {
        private readonly Lock _lock = new();
        private readonly StringBuilder _text = new();
        private TaskCompletionSource _gate = Done();
        private int _outstanding, _held;

        public List<(uint Mmsi, double Lat)> Positions { get; } = [];
        public Dictionary<uint, double> Latest { get; } = [];
        public int OutstandingWrites => Volatile.Read(ref _outstanding);
        public int HeldWrites => Volatile.Read(ref _held);

        public void Hold() { lock (_lock) _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously); }
        public void Release() { lock (_lock) _gate.TrySetResult(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _outstanding);
            try
            {
                Task gate;
                lock (_lock) gate = _gate.Task;
                if (!gate.IsCompleted)
                {
                    Interlocked.Increment(ref _held);
                    await gate.WaitAsync(cancellationToken);
                }
                lock (_lock)
                {
                    _text.Append(Encoding.UTF8.GetString(buffer.Span));
                    Parse();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _outstanding);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Parse()
        {
            string all = _text.ToString();
            int end;
            while ((end = all.IndexOf("\n\n", StringComparison.Ordinal)) >= 0)
            {
                foreach (var line in all[..end].Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)))
                    foreach (var p in System.Text.Json.JsonDocument.Parse(line[6..]).RootElement.EnumerateArray())
                    {
                        uint mmsi = p.GetProperty("mmsi").GetUInt32();
                        double lat = p.GetProperty("lat").GetDouble();
                        Positions.Add((mmsi, lat));
                        Latest[mmsi] = lat;
                    }
                all = all[(end + 2)..];
            }
            _text.Clear().Append(all);
        }

        public async Task WaitForPositionsAsync(int count, CancellationToken ct) => await WaitUntilAsync(() => Positions.Count >= count, ct);

        public async Task WaitForHeldWriteAsync(CancellationToken ct) => await WaitUntilAsync(() => HeldWrites >= 1, ct);

        public async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
        {
            var until = DateTime.UtcNow.AddSeconds(20);
            while (true)
            {
                lock (_lock) if (condition()) return;
                if (DateTime.UtcNow > until) throw new TimeoutException("the stream did not get there within 20 s");
                await Task.Delay(10, ct);
            }
        }

        private static TaskCompletionSource Done()
        {
            var t = new TaskCompletionSource();
            t.SetResult();
            return t;
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();
    }
}
