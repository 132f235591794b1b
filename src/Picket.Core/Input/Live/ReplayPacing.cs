namespace Picket.Core.Input.Live;

/// <summary>
/// When each line of a replay is due: the first timed line anchors feed time to the wall clock, and a line at feed
/// time t is due at anchor + (t − t₀) / speed. Lines without a time, and lines whose time the plausibility test refuses,
/// go with the line before them; a time earlier than the last is due at once. A wait longer than
/// <see cref="FeedReplayOptions.MaxPause"/> is cut to it by moving the anchor.
/// </summary>
internal sealed class ReplayPacing(FeedReplayOptions options, TimeProvider clock)
{
    /// <summary>The line is before <see cref="FeedReplayOptions.From"/>: not sent.</summary>
    public static readonly TimeSpan Skip = TimeSpan.MinValue;

    private readonly FeedClock _plausible = new(TimeSpan.FromDays(1), clock);
    private readonly long _fromMs = options.From?.ToUnixTimeMilliseconds() ?? long.MinValue;
    private bool _anchored, _skipping = options.From != null;
    private long _anchorFeedMs, _lastMs = long.MinValue;
    private DateTimeOffset _anchorWall;

    /// <summary>How long to wait before sending <paramref name="line"/>, or <see cref="Skip"/>.</summary>
    public TimeSpan Next(ReadOnlySpan<byte> line)
    {
        if (!ReplayLineTime.TryGet(line, out long t) || !_plausible.Accept(DateTimeOffset.FromUnixTimeMilliseconds(t)))
            return _skipping ? Skip : TimeSpan.Zero;
        _skipping = t < _fromMs;
        if (_skipping) return Skip;
        if (options.AsFastAsPossible) return TimeSpan.Zero;
        var now = clock.GetUtcNow();
        if (!_anchored)
        {
            _anchored = true;
            _anchorFeedMs = t;
            _anchorWall = now;
            _lastMs = t;
            return TimeSpan.Zero;
        }
        if (t <= _lastMs) return TimeSpan.Zero;
        _lastMs = t;
        var due = _anchorWall + TimeSpan.FromMilliseconds((t - _anchorFeedMs) / options.Speed);
        var wait = due - now;
        if (wait > options.MaxPause)
        {
            _anchorWall -= wait - options.MaxPause;
            wait = options.MaxPause;
        }
        return wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.Zero;
    }
}
