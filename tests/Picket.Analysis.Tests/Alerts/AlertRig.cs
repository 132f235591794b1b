using Picket.Analysis.Alerts;
using Picket.Core;
using Picket.Core.Alerts;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Testing.Traffic;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>
/// The live composition a watcher runs, in one thread: traffic → track builder → detectors, every event teed to the
/// alert engine, and the engine's clock advanced after each item with the detectors' open state. Records each event
/// and alert with the feed time it came out at, so a test can say which came first.
/// </summary>
internal sealed class AlertRig : IEventSink, IAlertSink
{
    public AlertRig(AlertOptions? options = null, Watchlist? watchlist = null, bool readProgress = true)
    {
        _readProgress = readProgress;
        Detectors = new SeaEventDetectors(this, resolveVessel: m => Tracker!.Identities.Resolve(m));
        Tracker = new VesselTracker(Detectors, this);
        Engine = new AlertEngine(this, options) { Watchlist = watchlist ?? Watchlist.Empty };
    }

    public SeaEventDetectors Detectors { get; private set; }
    public VesselTracker Tracker { get; private set; }
    public AlertEngine Engine { get; private set; }
    public DateTimeOffset Clock { get; private set; }
    private DateTimeOffset _ticked;
    private readonly bool _readProgress;
    public List<(PicketEvent Event, DateTimeOffset At)> Events { get; } = [];
    public List<PicketAlert> Alerts { get; } = [];

    public void Emit(PicketEvent e)
    {
        Events.Add((e, Clock));
        Engine.Emit(e);
    }

    public void Publish(PicketAlert alert) => Alerts.Add(alert);

    public void Feed(IEnumerable<TrafficItem> items)
    {
        foreach (var item in items)
        {
            if (item.Time > Clock)
                Clock = item.Time;
            if (item.IsIdentity)
            {
                Tracker.Add(item.Identity);
                Detectors.OnIdentity(item.Identity);
                Engine.OnIdentity(item.Identity);
            }
            else
                Tracker.Add(item.Fix);
            if (Clock - _ticked >= TimeSpan.FromMinutes(1))
            {
                // A watcher's clock tick: silence acts like a message (open gaps), as it would on a live feed.
                _ticked = Clock;
                Tracker.AdvanceTo(Clock);
            }
            Engine.AdvanceTo(Clock, _readProgress ? Detectors : null);
        }
    }

    /// <summary>Only the clock moves on (a quiet feed), in steps of <paramref name="step"/>.</summary>
    public void Idle(TimeSpan length, TimeSpan step)
    {
        var end = Clock + length;
        while (Clock < end)
        {
            Clock += step;
            Tracker.AdvanceTo(Clock);
            Engine.AdvanceTo(Clock, Detectors);
        }
    }

    public void Finish()
    {
        Tracker.Flush();
        Detectors.Flush();
        Engine.Flush(_readProgress ? Detectors : null);
    }

    /// <summary>Saves the detectors', track builder's and engine's state and continues in new instances restored from it (a restarted watcher).</summary>
    public void Restart()
    {
        var (tracks, detectors, engine) = (new MemoryStream(), new MemoryStream(), new MemoryStream());
        Tracker.Tracks.SaveState(tracks);
        Detectors.SaveState(detectors);
        Engine.SaveState(engine);
        var options = Engine.Options;
        var watchlist = Engine.Watchlist;
        Detectors = new SeaEventDetectors(this, resolveVessel: m => Tracker!.Identities.Resolve(m));
        Tracker = new VesselTracker(Detectors, this);
        Engine = new AlertEngine(this, options) { Watchlist = watchlist };
        Tracker.Tracks.RestoreState(new MemoryStream(tracks.ToArray()));
        Detectors.RestoreState(new MemoryStream(detectors.ToArray()));
        Assert.True(Engine.RestoreState(new MemoryStream(engine.ToArray())));
    }

    public IEnumerable<PicketAlert> Of(AlertRule rule) => Alerts.Where(a => a.Rule == rule);

    public IEnumerable<(PicketEvent Event, DateTimeOffset At)> EventsOf(EventType type) => Events.Where(e => e.Event.Type == type);
}
