using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>Reading and writing the values the detectors hold that are not plain structs: evidence, ports, optional positions.</summary>
internal static class DetectorStateIo
{
    private enum Tag : byte { Null, Double, Long, String, Bool, Time, Point, Evidence, Strings }

    public static void Evidence(this StateWriter w, Evidence e)
    {
        w.Write(e.Items.Count);
        foreach (var (key, value) in e.Items)
        {
            w.Write(key);
            switch (value)
            {
                case null: w.Raw.Write((byte)Tag.Null); break;
                case double d: w.Raw.Write((byte)Tag.Double); w.Write(d); break;
                case long l: w.Raw.Write((byte)Tag.Long); w.Write(l); break;
                case string s: w.Raw.Write((byte)Tag.String); w.Write(s); break;
                case bool b: w.Raw.Write((byte)Tag.Bool); w.Write(b); break;
                case DateTimeOffset t: w.Raw.Write((byte)Tag.Time); w.Write(t.UtcTicks); w.Write((long)t.Offset.TotalMinutes); break;
                case GeoPoint p: w.Raw.Write((byte)Tag.Point); w.Write(p.Lat); w.Write(p.Lon); break;
                case Evidence inner: w.Raw.Write((byte)Tag.Evidence); w.Evidence(inner); break;
                case IReadOnlyList<string> list:
                    w.Raw.Write((byte)Tag.Strings);
                    w.Write(list.Count);
                    foreach (var s in list)
                        w.Write(s);
                    break;
                default: throw new InvalidOperationException($"evidence value of type {value.GetType().Name} has no snapshot form");
            }
        }
    }

    public static Evidence Evidence(this StateReader r)
    {
        var e = new Evidence();
        for (var n = r.Count(); n > 0; n--)
        {
            var key = r.String();
            switch ((Tag)r.Raw.ReadByte())
            {
                case Tag.Null: e.Add(key, (string?)null); break;
                case Tag.Double: e.Add(key, r.Double()); break;
                case Tag.Long: e.Add(key, r.Long()); break;
                case Tag.String: e.Add(key, r.String()); break;
                case Tag.Bool: e.Add(key, r.Bool()); break;
                case Tag.Time:
                    var ticks = r.Long();
                    e.Add(key, new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(r.Long())));
                    break;
                case Tag.Point: e.Add(key, GeoPoint.Create(r.Double(), r.Double())); break;
                case Tag.Evidence: e.Add(key, r.Evidence()); break;
                case Tag.Strings:
                    var list = new List<string>();
                    for (var k = r.Count(); k > 0; k--)
                        list.Add(r.String());
                    e.Add(key, list);
                    break;
                default: throw new InvalidDataException("detector snapshot holds an unknown evidence value");
            }
        }
        return e;
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
