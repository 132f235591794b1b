using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// A fix waiting in the reorder window, packed to 40 bytes (a <see cref="VesselFix"/> is 88): at 50 k vessels the
/// window holds hundreds of thousands of these, so their size is most of the builder's memory beyond per-vessel state.
/// </summary>
internal readonly struct PendingFix
{
    private readonly double _lat, _lon;
    private readonly uint _mmsi;
    private readonly float _sog, _cog;
    private readonly short _heading;
    private readonly TransponderClass _class;
    private readonly short _offsetMinutes;

    public PendingFix(in VesselFix f)
    {
        _mmsi = f.Mmsi.Value;
        _lat = f.Lat;
        _lon = f.Lon;
        _sog = f.Sog is { } s ? (float)s : float.NaN;
        _cog = f.Cog is { } c ? (float)c : float.NaN;
        _heading = f.Heading is { } h && h is >= short.MinValue and <= short.MaxValue ? (short)h : short.MinValue;
        _class = f.Class;
        _offsetMinutes = (short)f.Time.TotalOffsetMinutes;
    }

    /// <summary>
    /// A total order on content (MMSI, position, speed, course, heading, class) for fixes of the same time: reports of
    /// one instant are placed in this order, not in the order they arrived, so two receivers' files give the same
    /// tracks whichever is read first (a cloned MMSI's two hulls reporting in the same second alternate the same way).
    /// </summary>
    /// <summary>The MMSI, which <see cref="CompareContent"/> orders by first.</summary>
    public uint MmsiValue => _mmsi;

    public int CompareContent(in PendingFix other)
    {
        var c = _mmsi.CompareTo(other._mmsi);
        if (c == 0) c = _lat.CompareTo(other._lat);
        if (c == 0) c = _lon.CompareTo(other._lon);
        if (c == 0) c = _sog.CompareTo(other._sog);
        if (c == 0) c = _cog.CompareTo(other._cog);
        if (c == 0) c = _heading.CompareTo(other._heading);
        if (c == 0) c = _class.CompareTo(other._class);
        return c;
    }

    /// <summary>Whether the packed values can be a fix (a fix read back from a damaged snapshot may not be).</summary>
    public bool IsConsistent => _offsetMinutes is >= -14 * 60 and <= 14 * 60 && double.IsFinite(_lat) && double.IsFinite(_lon);

    public VesselFix ToFix(long utcTicks) => new(
        new Mmsi(_mmsi),
        // AIS times are UTC (the offset is zero for every NMEA input): skip ToOffset's validation and conversion then.
        _offsetMinutes == 0 ? new DateTimeOffset(utcTicks, TimeSpan.Zero) : new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(_offsetMinutes)),
        _lat,
        _lon,
        float.IsNaN(_sog) ? null : Math.Round(_sog, 2),
        float.IsNaN(_cog) ? null : Math.Round(_cog, 2),
        _heading == short.MinValue ? null : _heading,
        _class);
}
