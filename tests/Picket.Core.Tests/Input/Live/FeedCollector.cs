using System.Text;
using Picket.Core.Input.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>Reads a live feed's messages in a test, with a timeout instead of sleeps.</summary>
internal static class FeedCollector
{
    /// <summary>One message as delivered: its source and its canonical sentences.</summary>
    public readonly record struct Received(string Source, string Sentences, LiveMessage Message);

    /// <summary>Reads until <paramref name="count"/> messages came, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<List<Received>> TakeAsync(LiveFeed feed, int count, TimeSpan timeout, IAsyncEnumerator<LiveBatch>? reader = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        var list = new List<Received>();
        var e = reader ?? feed.ReadAllAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        try
        {
            while (list.Count < count)
            {
                bool more;
                try
                {
                    more = await e.MoveNextAsync();
                }
                catch (OperationCanceledException)
                {
                    more = false;
                }
                if (!more) break;
                for (int i = 0; i < e.Current.Count; i++)
                    list.Add(new(e.Current.SourceName, Encoding.ASCII.GetString(e.Current.Sentences(i)), e.Current[i]));
            }
        }
        finally
        {
            if (reader == null) await e.DisposeAsync();
        }
        Assert.True(list.Count >= count, $"{list.Count} of {count} messages arrived within {timeout.TotalSeconds} s; counters: {string.Join("; ", feed.Snapshot())}");
        return list;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling, or fails after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what)
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
                Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}");
            }
        }
    }
}
