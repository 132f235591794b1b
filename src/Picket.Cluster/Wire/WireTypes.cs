using Picket.Core.Detection;
using Picket.Core.Vessels;

namespace Picket.Cluster.Wire;

/// <summary>A sighting of an event a vessel took part in, emitted by a sea cell at its clock, for the vessel's draught links.</summary>
[GenerateSerializer, Immutable, Alias("picket.sighting")]
public sealed record SightingWire(
    [property: Id(0)] uint Mmsi, [property: Id(1)] string EventId, [property: Id(2)] string Kind, [property: Id(3)] long SegmentId,
    [property: Id(4)] long StartTicks, [property: Id(5)] long EndTicks, [property: Id(6)] bool DarkPartner, [property: Id(7)] long EmittedTicks)
{
    internal static SightingWire From(in TimedSighting s) => new(s.Mmsi.Value, s.Sighting.EventId, s.Sighting.Kind, s.Sighting.SegmentId,
        s.Sighting.StartTicks, s.Sighting.EndTicks, s.Sighting.DarkPartner, s.EmittedTicks);

    internal TimedSighting ToSighting() =>
        new(new Mmsi(Mmsi), new StsSighting(EventId, Kind, SegmentId, StartTicks, EndTicks, DarkPartner), EmittedTicks);
}

/// <summary>What a vessel grain's first pass of an epoch returns: its messages for the sea cells (encoded) and how many.</summary>
[GenerateSerializer, Immutable, Alias("picket.vessel-messages")]
public sealed record VesselMessages([property: Id(0)] byte[] Messages, [property: Id(1)] int Count);

/// <summary>
/// What a grain's detection pass of an epoch emitted: events as event-format JSON lines, the stream time each was
/// emitted at (the client names vessels by their identity as of then, as one process does), sightings (cells only), and
/// each event's confidence at full precision (the event format rounds it; the risk score adds it up).
/// </summary>
[GenerateSerializer, Immutable, Alias("picket.epoch-output")]
public sealed record EpochOutput([property: Id(0)] string[] Events, [property: Id(1)] SightingWire[] Sightings, [property: Id(2)] long[] EmittedTicks,
    [property: Id(3)] double[] Confidences);

/// <summary>
/// A sea cell's input for an epoch: the distinct clock times of the whole stream in the epoch (every cell's clock follows
/// every fix, as in one process), delta-encoded, and the routed messages with the number of clock times before each.
/// </summary>
[GenerateSerializer, Immutable, Alias("picket.cell-batch")]
public sealed record CellBatch([property: Id(0)] RunEpoch Run, [property: Id(1)] bool Final, [property: Id(2)] long StartClock,
    [property: Id(3)] byte[] Ticks, [property: Id(4)] byte[] Ops, [property: Id(5)] int OpCount);
