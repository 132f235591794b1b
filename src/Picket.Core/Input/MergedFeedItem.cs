using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Input;

/// <summary>A fix or an identity report waiting in a <see cref="TimeMergedFeed"/> lane, with the time it is merged by.</summary>
internal readonly record struct MergedFeedItem(long Ticks, bool IsIdentity, VesselFix Fix, IdentityReport Report)
{
    public static MergedFeedItem Of(in VesselFix fix) => new(fix.Time.UtcTicks, false, fix, default);

    public static MergedFeedItem Of(in IdentityReport report) => new(report.Time.UtcTicks, true, default, report);

    /// <summary>
    /// Time first; items of equal time are ordered by their content, never by the input they came from, so the order
    /// of the files on the command line cannot change what the track builder sees.
    /// </summary>
    public static readonly Comparer<MergedFeedItem> Order = Comparer<MergedFeedItem>.Create(static (a, b) =>
    {
        var c = a.Ticks.CompareTo(b.Ticks);
        if (c != 0) return c;
        c = a.IsIdentity.CompareTo(b.IsIdentity);
        if (c != 0) return c;
        if (!a.IsIdentity)
        {
            c = a.Fix.Mmsi.Value.CompareTo(b.Fix.Mmsi.Value);
            if (c == 0) c = a.Fix.Lat.CompareTo(b.Fix.Lat);
            if (c == 0) c = a.Fix.Lon.CompareTo(b.Fix.Lon);
            if (c == 0) c = Nullable.Compare(a.Fix.Sog, b.Fix.Sog);
            if (c == 0) c = Nullable.Compare(a.Fix.Cog, b.Fix.Cog);
            if (c == 0) c = Nullable.Compare(a.Fix.Heading, b.Fix.Heading);
            if (c == 0) c = a.Fix.Class.CompareTo(b.Fix.Class);
            return c;
        }
        c = a.Report.Mmsi.Value.CompareTo(b.Report.Mmsi.Value);
        if (c == 0) c = a.Report.Source.CompareTo(b.Report.Source);
        if (c == 0) c = string.CompareOrdinal(a.Report.Name, b.Report.Name);
        if (c == 0) c = Nullable.Compare(a.Report.Imo, b.Report.Imo);
        if (c == 0) c = string.CompareOrdinal(a.Report.CallSign, b.Report.CallSign);
        if (c == 0) c = Nullable.Compare(a.Report.DraughtMetres, b.Report.DraughtMetres);
        if (c == 0) c = string.CompareOrdinal(a.Report.Destination, b.Report.Destination);
        if (c == 0) c = Nullable.Compare(a.Report.ShipType?.Code, b.Report.ShipType?.Code);
        return c;
    });
}
