namespace Picket.Testing.Traffic;

/// <summary>
/// Delivers items up to <see cref="TrafficOptions.DeliveryDelay"/> late, as receivers and networks do, holding only
/// the items of that window: generated items are never more than twice the report jitter out of time order, so an
/// item whose delivery time is that far behind the newest one can go out.
/// </summary>
internal static class DeliveryDisorder
{
    public static IEnumerable<TrafficItem> Apply(IEnumerable<TrafficItem> items, TrafficOptions o)
    {
        // A random source of its own: the traffic itself is the same with or without disorder.
        var rng = new Random(o.Seed ^ 0x5EED);
        var held = new PriorityQueue<TrafficItem, (long Ticks, long Sequence)>();
        var slack = 2 * o.ReportJitter.Ticks;
        long sequence = 0;
        foreach (var item in items)
        {
            var due = item.Time.UtcTicks + (long)(rng.NextDouble() * o.DeliveryDelay.Ticks);
            held.Enqueue(item, (due, sequence++));
            while (held.TryPeek(out var first, out var key) && key.Ticks < item.Time.UtcTicks - slack)
            {
                held.Dequeue();
                yield return first;
            }
        }
        while (held.TryDequeue(out var rest, out _))
            yield return rest;
    }
}
