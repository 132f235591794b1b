using Picket.Bench.Detect;
using Picket.Core;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

// Scaling benchmark for the sea-event detectors: the same sea with 1×, 4× and 16× the vessels.
// Usage: dotnet run -c Release --project bench/Picket.Bench.Detect [-- BASE_VESSELS HOURS [coastal]]
//        dotnet run -c Release --project bench/Picket.Bench.Detect -- nmea FILE [VESSELS HOURS]  (writes the sea as NMEA)
if (args.Length >= 2 && args[0] == "nmea")
{
    var n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var h = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 12;
    var written = NmeaExport.Write(new SyntheticSea(n, h), args[1]);
    Console.WriteLine($"wrote {written} sentences for {n} vessels over {h} h to {args[1]}");
    return 0;
}
var baseVessels = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
var hours = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
var coastal = args.Length > 2 && args[2] == "coastal";
const int Repeats = 5; // the best of five, in process CPU time: the machine is shared, so wall-clock time measures the neighbours too

for (var i = 0; i < 3; i++)
{
    // Warm-up until tiered JIT settles, so the 1x row is not charged for compilation.
    TimeTracksOnly(new SyntheticSea(baseVessels, hours, coastal: coastal).Stream().ToList());
    Run(new SyntheticSea(baseVessels, hours, coastal: coastal).Stream().ToList(), report: false);
}
Console.WriteLine($"Same sea ({(coastal ? "30-40 N, 120-130 E, coastal" : "20-30 N, 125-135 E, open sea")}), {hours} h, best of {Repeats} in process CPU time, a fix every 3 min per vessel, one planted encounter per 50 vessels.");
Console.WriteLine("| scale | vessels | messages | tracks only ns/msg | tracks + detectors ns/msg | detectors ns/msg | encounters (planted) | events | held state at end |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
double? first = null;
foreach (var scale in new[] { 1, 4, 16 })
{
    var sea = new SyntheticSea(baseVessels * scale, hours, coastal: coastal);
    var items = sea.Stream().ToList(); // generated before timing: the clock measures the pipeline only
    var messages = items.Count;
    var trackNs = double.MaxValue;
    (double NsPerMessage, long Encounters, long Events, int Held) r = (double.MaxValue, 0, 0, 0);
    for (var i = 0; i < Repeats; i++)
    {
        trackNs = Math.Min(trackNs, TimeTracksOnly(items));
        var run = Run(items, report: i == 0);
        if (run.NsPerMessage < r.NsPerMessage)
            r = run;
    }
    var detNs = r.NsPerMessage - trackNs;
    first ??= detNs;
    Console.WriteLine($"| {scale}x | {sea.Vessels} | {messages} | {trackNs:F0} | {r.NsPerMessage:F0} | {detNs:F0} ({detNs / first.Value * 100:F0} %) | {r.Encounters} ({sea.PlantedEncounters}) | {r.Events} | {r.Held} |");
}
return 0;

static double TimeTracksOnly(List<object> items)
{
    var tracker = new VesselTracker(new NullTrackSink(), NullEventSink.Instance);
    var cpu = CpuClock.Start();
    foreach (var item in items)
    {
        if (item is VesselFix f)
            tracker.Add(f);
        else if (item is IdentityReport r)
            tracker.Add(r);
    }
    tracker.Flush();
    return cpu.ElapsedNanoseconds() / items.Count;
}

static (double NsPerMessage, long Encounters, long Events, int Held) Run(List<object> items, bool report)
{
    var events = new NullEventSink();
    var detectors = new SeaEventDetectors(events);
    var tracker = new VesselTracker(detectors, events);
    var cpu = CpuClock.Start();
    foreach (var item in items)
    {
        if (item is VesselFix f)
            tracker.Add(f);
        else if (item is IdentityReport r)
        {
            tracker.Add(r);
            detectors.OnIdentity(r);
        }
    }
    var held = detectors.HeldState;
    tracker.Flush();
    detectors.Flush();
    var ns = cpu.ElapsedNanoseconds();
    if (report && Environment.GetEnvironmentVariable("PICKET_BENCH_VERBOSE") == "1")
        Console.Error.WriteLine(detectors.Stats);
    return (ns / items.Count, detectors.Stats.Encounters, detectors.Stats.EventsEmitted, held);
}

/// <summary>Process CPU time (all threads), collected before each timed run so a GC debt is not carried over.</summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;

    private CpuClock(TimeSpan start) => _start = start;

    public static CpuClock Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new CpuClock(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);
    }

    public double ElapsedNanoseconds() => (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _start).TotalNanoseconds;
}
