using System.Text;
using Picket.Core.Input.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>Reads a live feed's messages in a test, with a timeout instead of sleeps.</summary>
internal static class FeedCollector
{
    /// <summary>One message as delivered: its source and its canonical sentences.</summary>
    public readonly record struct Received(string Source, string Sentences, LiveMessage Message);

    /// <summary>Reads until <paramref name="count"/> messages came, or fails after <paramref name="timeout"/>.</summary>
    public static Task<List<Received>> TakeAsync(LiveFeed feed, int count, TimeSpan timeout, IAsyncEnumerator<LiveBatch>? reader = null) =>
        TakeUntilAsync(feed, list => list.Count >= count, timeout, reader, $"{count} messages");

    /// <summary>
    /// Reads until <paramref name="done"/> says so (checked after every batch and every 20 ms, since a batch of nothing
    /// but copies is never handed out), or fails after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<List<Received>> TakeUntilAsync(LiveFeed feed, Func<List<Received>, bool> done, TimeSpan timeout,
        IAsyncEnumerator<LiveBatch>? reader = null, string what = "the messages")
    {
        using var cts = new CancellationTokenSource(timeout);
        var list = new List<Received>();
        var e = reader ?? feed.ReadAllAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        ValueTask<bool> next = default;
        bool pending = false;
        try
        {
            while (!Check())
            {
                if (!pending)
                {
                    next = e.MoveNextAsync();
                    pending = true;
                }
                var step = next.AsTask();
                next = new ValueTask<bool>(step);
                var finished = await Task.WhenAny(step, Task.Delay(20, CancellationToken.None));
                if (finished != step)
                {
                    next = new ValueTask<bool>(step);
                    if (cts.IsCancellationRequested) break;
                    continue;
                }
                pending = false;
                bool more;
                try
                {
                    more = await step;
                }
                catch (OperationCanceledException)
                {
                    more = false;
                }
                if (!more) break;
                lock (list)
                {
                    for (int i = 0; i < e.Current.Count; i++)
                        list.Add(new(e.Current.SourceName, Encoding.ASCII.GetString(e.Current.Sentences(i)), e.Current[i]));
                }
            }
        }
        finally
        {
            if (pending && reader == null)
            {
                // An async iterator cannot be disposed while it waits: stop the wait first.
                await cts.CancelAsync();
                try
                {
                    await next;
                }
                catch (OperationCanceledException)
                {
                }
            }
            if (reader == null) await e.DisposeAsync();
        }
        Assert.True(Check(), $"{list.Count} messages but not {what} arrived within {timeout.TotalSeconds} s; counters: {string.Join("; ", feed.Snapshot())}");
        return list;

        bool Check()
        {
            lock (list) return done(list);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling, or fails after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what, Func<string>? state = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(20, cts.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}{(state == null ? "" : "; " + state())}");
            }
        }
    }
}
