using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>Reading and writing the values the detectors hold that are not plain structs: evidence, ports, optional positions.</summary>
internal static class DetectorStateIo
{
    /// <summary>Typed evidence in its own JSON form (the event format), read back by the event reader: one format to keep.</summary>
    public static void Evidence(this StateWriter w, EventEvidence e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            e.WriteTo(json);
        w.Write(buffer.WrittenCount);
        w.Raw.Write(buffer.WrittenSpan);
    }

    public static T Evidence<T>(this StateReader r, EventType type) where T : EventEvidence
    {
        var bytes = r.Raw.ReadBytes(r.Count());
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(bytes);
            var evidence = EvidenceReader.Read(type, doc.RootElement, out var problem);
            return problem is null && evidence is T typed
                ? typed
                : throw new InvalidDataException($"detector snapshot holds bad {type} evidence: {problem}");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException("detector snapshot holds evidence that is not JSON", e);
        }
    }

    /// <summary>A port as its index in the options' table (−1 for none): the table is the same in the restoring process.</summary>
    public static void Port(this StateWriter w, PortTable table, Port? port)
    {
        var index = -1;
        if (port is not null)
            for (var i = 0; i < table.Ports.Count; i++)
                if (ReferenceEquals(table.Ports[i], port))
                    index = i;
        w.Write(index);
    }

    public static Port? Port(this StateReader r, PortTable table)
    {
        var i = r.Int();
        if (i < -1 || i >= table.Ports.Count)
            throw new InvalidDataException("detector snapshot names a port the table does not have (another port table?)");
        return i < 0 ? null : table.Ports[i];
    }

    public static void Point(this StateWriter w, GeoPoint? p)
    {
        w.Write(p is not null);
        if (p is { } q)
        {
            w.Write(q.Lat);
            w.Write(q.Lon);
        }
    }

    public static GeoPoint? Point(this StateReader r) => r.Bool() ? GeoPoint.Create(r.Double(), r.Double()) : null;

    public static void Sighting(this StateWriter w, in StsSighting s)
    {
        w.Write(s.EventId);
        w.Write(s.Kind);
        w.Write(s.SegmentId);
        w.Write(s.StartTicks);
        w.Write(s.EndTicks);
        w.Write(s.DarkPartner);
    }

    public static StsSighting Sighting(this StateReader r) => new(r.String(), r.String(), r.Long(), r.Long(), r.Long(), r.Bool());

    public static Mmsi Mmsi(this StateReader r) => new((uint)r.Long());
}
