using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>Where one vessel of the synthetic traffic is and what it broadcasts: the generator's mutable state per ship.</summary>
internal sealed class ShipState
{
    public Mmsi Mmsi;
    public int Index = -1;
    public double Lat, Lon, Course, Knots, Draught;
    public TimeSpan Offset, MeetUntil;
    public DateTimeOffset DropUntil = DateTimeOffset.MinValue;
    public string Name = "";
    public int? Imo;
    public string? CallSign;
    public byte ShipType = 80;
    public VesselDimensions? Dimensions;
    public string? Destination;
    public TransponderClass Class = TransponderClass.A;
    public Func<VesselFix, VesselFix?>? Broadcast;
    public Func<IdentityReport, IdentityReport?>? Identity;

    public static ShipState Of(SyntheticVessel v, TimeSpan offset) => new()
    {
        Mmsi = v.Mmsi, Lat = v.Lat, Lon = v.Lon, Course = v.Course, Knots = v.Knots, Draught = v.Draught, Offset = offset,
        Name = v.Name, Imo = v.Imo, CallSign = v.CallSign, ShipType = v.ShipType, Class = v.Class,
        Dimensions = v.Class == TransponderClass.A ? new VesselDimensions(90, 20, 8, 8) : null,
        Broadcast = v.Broadcast, Identity = v.Identity,
    };
}
