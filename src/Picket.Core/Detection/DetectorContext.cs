using Picket.Core.Events;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>What every detector shares: options, the event sink, the vessel resolver and the counters.</summary>
internal sealed class DetectorContext(DetectionOptions options, IEventSink events, Func<Mmsi, EventVessel> resolve)
{
    public DetectionOptions Options { get; } = options;
    public IEventSink Events { get; } = events;
    public Func<Mmsi, EventVessel> Resolve { get; } = resolve;
    public DetectionStats Stats { get; } = new();

    /// <summary>Recent encounters and loitering per MMSI, for the draught detector's links.</summary>
    public StsLog Sts { get; } = new(options.DraughtLinkWindow + options.DraughtLinkHold);

    public PortTable Ports => Options.Ports;

    /// <summary>Evidence for the nearest port: name, country, distance; DPRK ports flagged.</summary>
    public PortEvidence? NearestPortEvidence(double lat, double lon, out double distanceKm)
    {
        distanceKm = double.PositiveInfinity;
        if (Ports.Nearest(lat, lon) is not { } near)
            return null;
        distanceKm = near.DistanceKm;
        return PortEvidence.Of(near.Port) with { DistanceKm = near.DistanceKm };
    }

    /// <summary>Distance from shore in km (0 on land), searched up to <see cref="ShoreSearchKm"/>; null without a coastline.</summary>
    public double? ShoreDistanceKm(double lat, double lon) => Options.Shoreline?.DistanceKm(lat, lon, ShoreSearchKm);

    /// <summary>Shore distances are searched this far; a value equal to it means "this far or more".</summary>
    public const double ShoreSearchKm = 100;
}
