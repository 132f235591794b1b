using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Core.Tests.Voyages;

/// <summary>
/// The voyage builder on hand-built hull histories whose right answer is known: a voyage with gaps, calls at two ports
/// in a row, a call cut by the end of the input, a hull first heard at sea, draughts typed late and destinations typed
/// several ways.
/// </summary>
public sealed class VoyageBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Mmsi Ship = new(667_001_234);

    private static Port P(string name) => BuiltInPorts.All.Single(p => p.Name == name);
    private static DateTimeOffset H(double hours) => T0.AddHours(hours);

    private static CallRecord Call(string port, double fromH, double toH, bool exit = true) =>
        new($"port_call:{port}:{fromH}", P(port), H(fromH), H(toH), exit);

    private static HullActivity Hull(double firstH, double lastH, params CallRecord[] calls)
    {
        var h = new HullActivity(Ship) { FirstSeen = H(firstH), LastSeen = H(lastH) };
        h.Calls.AddRange(calls);
        return h;
    }

    [Fact]
    public void A_voyage_holds_its_gaps_and_their_dark_time_clipped_to_it()
    {
        var hull = Hull(0, 100, Call("Rajin", 0, 10), Call("Nakhodka", 40, 60), Call("Donghae", 95, 100, exit: false));
        var off = GeoPoint.Create(42.1, 130.6);
        var on = GeoPoint.Create(42.5, 132.5);
        hull.Gaps.Add(new DarkPeriod("gap-1", H(12), H(30), off, on, 0.9));
        hull.Gaps.Add(new DarkPeriod("gap-2", H(58), H(70), on, on, 0.5)); // starts in port, ends at sea: 10 h at sea count
        hull.Gaps.Add(new DarkPeriod("gap-in-port", H(42), H(50), on, on, 0.2)); // silence in port: no voyage's darkness
        var voyages = new VoyageBuilder().Build(hull);

        Assert.Equal(2, voyages.Count);
        var first = voyages[0];
        Assert.Equal("Rajin", first.FromPort?.Name);
        Assert.Equal("Nakhodka", first.ToPort?.Name);
        Assert.Equal(H(10), first.Departure);
        Assert.Equal(H(40), first.Arrival);
        Assert.Equal("gap-1", Assert.Single(first.Gaps).EventId);
        Assert.Equal(TimeSpan.FromHours(18), first.Dark);
        var second = voyages[1];
        Assert.Equal("Nakhodka", second.FromPort?.Name);
        Assert.Equal("Donghae", second.ToPort?.Name);
        Assert.Equal("gap-2", Assert.Single(second.Gaps).EventId);
        Assert.Equal(TimeSpan.FromHours(10), second.Dark);
    }

    [Fact]
    public void Calls_at_two_ports_in_a_row_give_a_short_voyage_between_them()
    {
        // Nakhodka and Vostochnyy are 17 km apart: a shift between the two is a voyage of its own.
        var hull = Hull(0, 50, Call("Nakhodka", 0, 20), Call("Vostochnyy", 22, 30), Call("Busan", 48, 50, exit: false));
        var voyages = new VoyageBuilder().Build(hull);
        Assert.Equal(["Nakhodka→Vostochnyy", "Vostochnyy→Busan"], voyages.Select(v => $"{v.FromPort?.Name}→{v.ToPort?.Name}"));
        Assert.Equal(TimeSpan.FromHours(2), voyages[0].Arrival - voyages[0].Departure);
        Assert.All(voyages, v => Assert.False(v.IsOpen));
    }

    [Fact]
    public void Two_calls_at_one_port_split_by_a_silence_are_one_stay()
    {
        var hull = Hull(0, 60, Call("Nakhodka", 0, 8), Call("Nakhodka", 14, 20), Call("Busan", 58, 60, exit: false));
        var voyage = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.Equal(H(20), voyage.Departure);
        Assert.Equal("Busan", voyage.ToPort?.Name);
    }

    [Fact]
    public void A_call_cut_by_the_end_of_the_input_ends_the_last_voyage_and_starts_none()
    {
        var hull = Hull(0, 30, Call("Rajin", 0, 6), Call("Nakhodka", 18, 30, exit: false));
        var voyages = new VoyageBuilder().Build(hull);
        var v = Assert.Single(voyages);
        Assert.Equal("Nakhodka", v.ToPort?.Name);
        Assert.False(v.IsOpen);
    }

    [Fact]
    public void A_hull_still_at_sea_at_the_end_has_an_open_voyage_that_names_no_destination_reached()
    {
        var hull = Hull(0, 30, Call("Nakhodka", 0, 6));
        hull.Destinations.Add(new DestinationRecord(H(1), "PUSAN", H(40)));
        var v = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.True(v.IsOpen);
        Assert.Null(v.ToPort);
        Assert.Equal(H(30), v.Arrival);
        Assert.False(v.DestinationMismatch); // not arrived: nothing to compare
        Assert.Equal("Busan", Assert.Single(v.Declared).Port?.Name);
    }

    [Fact]
    public void A_hull_first_heard_at_sea_has_a_voyage_with_no_origin()
    {
        var hull = Hull(0, 30, Call("Busan", 20, 30, exit: false));
        var v = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.Null(v.From);
        Assert.Equal("Busan", v.ToPort?.Name);
        Assert.Null(v.ExcessHours);
    }

    [Fact]
    public void Declared_destination_against_the_port_reached()
    {
        var hull = Hull(0, 100, Call("Nakhodka", 0, 10), Call("Pohang", 50, 60), Call("Ulsan", 95, 100, exit: false));
        hull.Destinations.Add(new DestinationRecord(H(2), "RU NHK", null));        // typed in port, before the next leg was known
        hull.Destinations.Add(new DestinationRecord(H(11), "VLADIVOSTOK", null));  // declared one port, went to another far away
        hull.Destinations.Add(new DestinationRecord(H(61), "PUSAN", H(96)));        // declared Busan, went to Ulsan next door
        var voyages = new VoyageBuilder().Build(hull);
        Assert.True(voyages[0].DestinationMismatch);
        Assert.Equal(["Nakhodka", "Vladivostok"], voyages[0].Declared.Select(d => d.Port?.Name));
        Assert.False(voyages[1].DestinationMismatch);
        Assert.Equal(H(96), voyages[1].DeclaredEta);
    }

    [Fact]
    public void Draught_at_both_ends_judged_laden_or_ballast_even_when_typed_late()
    {
        var hull = Hull(0, 100, Call("Rajin", 0, 10), Call("Nakhodka", 40, 60), Call("Donghae", 95, 100, exit: false));
        hull.Draughts.Add(new DraughtRecord(H(0), 4.2));   // arrived in ballast
        hull.Draughts.Add(new DraughtRecord(H(13), 8.9));  // loaded at Rajin, typed 3 h after sailing
        hull.Draughts.Add(new DraughtRecord(H(97), 4.5));  // discharged at Donghae
        var voyages = new VoyageBuilder().Build(hull);
        Assert.Equal(new VoyageDraught(8.9, LoadState.Laden, TypedLate: true), voyages[0].DepartureDraught);
        Assert.Equal(LoadState.Laden, voyages[0].ArrivalDraught.Load);
        Assert.Equal(LoadState.Laden, voyages[1].DepartureDraught.Load);
        Assert.False(voyages[1].DepartureDraught.TypedLate);
        Assert.Equal(LoadState.Laden, voyages[1].ArrivalDraught.Load); // the discharge was typed after arrival
    }

    [Fact]
    public void A_draught_never_changed_says_nothing_about_the_load()
    {
        var hull = Hull(0, 40, Call("Rajin", 0, 10), Call("Nakhodka", 30, 40, exit: false));
        hull.Draughts.Add(new DraughtRecord(H(0), 6.0));
        var v = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.Equal(new VoyageDraught(6.0, LoadState.Unknown), v.DepartureDraught);
    }

    [Fact]
    public void Excess_hours_show_an_indirect_passage()
    {
        // Rajin → Nakhodka is about 210 km: under 11 h at 11 kn. Taking 30 h leaves about 19 h unexplained.
        var hull = Hull(0, 50, Call("Rajin", 0, 10), Call("Nakhodka", 40, 50, exit: false));
        var v = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.InRange(v.ExcessHours!.Value, 18, 21);
    }

    [Fact]
    public void A_hull_with_no_call_has_one_voyage_open_at_both_ends()
    {
        var hull = Hull(0, 20);
        var v = Assert.Single(new VoyageBuilder().Build(hull));
        Assert.Null(v.From);
        Assert.True(v.IsOpen);
    }
}
