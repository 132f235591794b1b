namespace Picket.Bench.Screening;

/// <summary>
/// CPU time of the calling thread, from Linux's /proc/thread-self/stat (utime + stime, fields 14–15, in clock
/// ticks of 1/100 s). On a machine shared with other work, queries per thread-CPU-second is the figure that does not
/// depend on how much of a core the scheduler gave us; wall-clock throughput is printed beside it.
/// </summary>
internal static class ThreadCpu
{
    const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan? Now()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // The command name (field 2) is in parentheses and may hold spaces; count fields after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
