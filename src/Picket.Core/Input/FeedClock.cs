namespace Picket.Core.Input;

/// <summary>
/// Decides whether a message's time is plausible for the input it came from. AIS times come from a receiver's clock,
/// an NMEA tag block (IEC 61162-450 <c>c:</c>) or a CSV column, and any of them can be corrupt: one tag block dated
/// 2100 in a 2018 log made an 82-year "gap" with risk points, and a CSV row dated 9999 overflowed the detectors' time
/// arithmetic. Two tests, both counted by the caller, never thrown:
/// <list type="bullet">
/// <item>absolute: not before <see cref="Earliest"/> (AIS, ITU-R M.1371-1, came into use in the late 1990s; a year
/// of margin) and not after the wall clock plus a day (a log cannot come from the future);</item>
/// <item>relative: within <see cref="Window"/> of the input's own clock — the latest plausible time seen in this
/// input so far. A receiver that really resumes after an outage longer than the window is followed once
/// <see cref="Consensus"/> consecutive out-of-window times agree among themselves (those are counted as dropped).</item>
/// </list>
/// The first plausible time of an input sets its clock; call <see cref="BeginInput"/> between files, since two files
/// may come from different years.
/// </summary>
public sealed class FeedClock
{
    /// <summary>A year before the first AIS recommendation (ITU-R M.1371-1, 2001) was widely fitted.</summary>
    public static readonly DateTimeOffset Earliest = new(1998, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _wallClock;
    private DateTimeOffset? _clock;
    private DateTimeOffset _candidate;
    private int _agreeing;
    // "Not after the wall clock plus a day", with the wall clock read again only when a time passes the limit last
    // computed: the clock only moves on, so a time under an older limit is under the current one too. Reading the
    // clock for every message cost a system call per message (a tenth of a second per five million).
    private long _futureLimitTicks = long.MinValue;

    /// <param name="window">How far from the input's clock a time may be; <see cref="TimeSpan.Zero"/> or less turns the relative test off.</param>
    /// <param name="wallClock">The wall clock for "not in the future"; the system's when null.</param>
    public FeedClock(TimeSpan window, TimeProvider? wallClock = null)
    {
        Window = window;
        _wallClock = wallClock ?? TimeProvider.System;
    }

    /// <summary>The default window: a week either side of the input's clock (a monthly file keeps its clock moving).</summary>
    public static TimeSpan DefaultWindow { get; } = TimeSpan.FromDays(7);

    /// <summary>Consecutive out-of-window times, each within the window of the previous, that move the clock.</summary>
    public const int Consensus = 16;

    /// <summary>How far a message time may stray either side of the input's clock before it is refused.</summary>
    public TimeSpan Window { get; }

    /// <summary>Times refused (both tests), over all inputs.</summary>
    public long Implausible { get; private set; }

    /// <summary>Times the clock followed the data to a new epoch (a long outage or a file not in time order).</summary>
    public long Reanchored { get; private set; }

    /// <summary>A new input: its clock is set by its own first plausible time.</summary>
    public void BeginInput()
    {
        _clock = null;
        _agreeing = 0;
    }

    /// <summary>True when <paramref name="time"/> may be used; false (and counted) otherwise.</summary>
    public bool Accept(DateTimeOffset time)
    {
        if (time < Earliest || IsFuture(time))
        {
            Implausible++;
            return false;
        }
        if (Window <= TimeSpan.Zero) return true;
        if (_clock is not { } clock)
        {
            _clock = time;
            return true;
        }
        if (Near(time, clock))
        {
            if (time > clock) _clock = time;
            _agreeing = 0;
            return true;
        }
        // Out of the window: either a corrupt time, or the data really moved on. Follow only a run that agrees.
        _agreeing = _agreeing > 0 && Near(time, _candidate) ? _agreeing + 1 : 1;
        _candidate = _agreeing == 1 || time > _candidate ? time : _candidate;
        if (_agreeing >= Consensus)
        {
            _clock = _candidate;
            _agreeing = 0;
            Reanchored++;
            return true;
        }
        Implausible++;
        return false;
    }

    private bool IsFuture(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        if (ticks <= _futureLimitTicks) return false;
        var limit = _wallClock.GetUtcNow().AddDays(1);
        _futureLimitTicks = limit.UtcTicks;
        return time > limit;
    }

    private bool Near(DateTimeOffset a, DateTimeOffset b) => (a > b ? a - b : b - a) <= Window;
}
