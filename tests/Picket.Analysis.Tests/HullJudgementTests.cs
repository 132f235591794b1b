using Picket.Analysis;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Analysis.Tests;

/// <summary>
/// The hull rules of the analysis's screening join on hand-built list entries whose answers are known: an IMO decides,
/// a conflicting IMO is another ship, a name needs facts beside it, short names need equality, and a name that hits
/// several hulls is weak.
/// </summary>
public sealed class HullJudgementTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    internal static SanctionedEntity Vessel(string id, string name, string? imo = null, string? flag = null, string? formerFlag = null,
        string? callSign = null, string? mmsi = null, string program = "IRAN", params string[] formerNames)
    {
        var b = new EntityBuilder(ListSource.OfacSdn, "ofac", id) { Schema = EntitySchema.Vessel };
        b.AddName(name, NameKind.Primary).AddProgram(program).AddFlag(flag, isFormer: false).AddFlag(formerFlag, isFormer: true);
        foreach (var f in formerNames) b.AddName(f, NameKind.Former);
        if (imo != null) b.AddIdentifier(IdentifierKind.ImoShip, imo);
        if (callSign != null) b.AddIdentifier(IdentifierKind.CallSign, callSign);
        if (mmsi != null) b.AddIdentifier(IdentifierKind.Mmsi, mmsi);
        return b.Build();
    }

    internal static VesselRecord Broadcast(uint mmsi, int? imo, byte shipType, int length, params string[] names)
    {
        var m = new Mmsi(mmsi);
        var history = (names.Length == 0 ? [null] : names.Cast<string?>()).Select((n, i) => new VesselIdentity(m, T0.AddDays(i), n, imo, null, new ShipType(shipType),
            new VesselDimensions((ushort)(length / 2), (ushort)(length - length / 2), 5, 5), null, null, null, true)).ToList();
        return new VesselRecord(m, m.Flag, IdentityFlags.None, history, history.Count);
    }

    private static readonly Screener Lists = new(
    [
        Vessel("15084", "SANA", imo: "9357183", flag: "Panama", formerFlag: "Malta"),
        Vessel("15079", "SALINA", imo: "9357353", flag: "Panama"),
        Vessel("27279", "SARAK", imo: "9226968", flag: "Iran"),
        Vessel("26646", "MARA", imo: "9670999", flag: "Venezuela", program: "VENEZUELA-EO13850"),
        Vessel("25267", "SANIA", imo: "9165827", flag: "Iran"),
        Vessel("30823", "FORTUNA", imo: "8674156", flag: "Russia", callSign: "UBDP8"),
        Vessel("23744", "YU SON", imo: "8691702", flag: "Democratic People's Republic of Korea", program: "DPRK4"),
        Vessel("40001", "OCEAN SPIRIT", flag: "Togo"),
        Vessel("40002", "OCEAN SPIRIT", flag: "Cameroon"),
        Vessel("40003", "GOLDEN BRIDGE", imo: "9123457", flag: "Panama", formerNames: "SILVER BRIDGE"),
        Vessel("40004", "ADRIAN DARYA 1", imo: "9116412", flag: "Iran", mmsi: "422036400"),
    ]);

    private static IReadOnlyList<ListMatchEvidence> Screen(VesselRecord r) => VesselScreening.Screen(Lists, r);

    [Fact]
    public void The_listed_IMO_is_a_listing_whatever_the_name()
    {
        var m = Assert.Single(Screen(Broadcast(636012345, 9357183, 80, 330, "NEW NAME")));
        Assert.Equal((ListMatchStanding.Listing, "imo", "ofac-15084"), (m.Standing, m.MatchedOn, m.EntryId));
    }

    [Fact]
    public void A_listed_name_on_a_ship_broadcasting_another_valid_IMO_is_a_note_not_a_match()
    {
        // FORTUNA, AURA, FELICITY in Danish waters: same names as listed tankers, their own IMO numbers.
        var results = Screen(Broadcast(219012345, 9312341, 70, 120, "FORTUNA"));
        var note = Assert.Single(results);
        Assert.Equal(ListMatchStanding.Note, note.Standing);
        Assert.Contains("8674156", note.Note, StringComparison.Ordinal);
        Assert.Empty(new RiskAssessor().Assess(new Mmsi(219012345), [], IdentityFlags.None, results, _ => false).Factors);
    }

    [Fact]
    public void An_invalid_broadcast_IMO_says_nothing_about_the_hull_so_the_name_rules_apply()
    {
        // 1234568 fails the check digit: not evidence of another ship.
        var m = Assert.Single(Screen(Broadcast(273012345, 1234568, 70, 90, "FORTUNA")));
        Assert.NotEqual(ListMatchStanding.Note, m.Standing);
        Assert.Contains("flag Russian Federation", m.Corroboration);
    }

    [Theory]
    [InlineData("SARA")]
    [InlineData("SANNA")]
    [InlineData("SALINAS")]
    [InlineData("MARAS")]
    public void Short_names_that_are_not_equal_match_nothing(string name)
    {
        // SARA scored high against SARAK, SALINA, SANA and MARA; SANNA against SANA and SANIA: other ships.
        Assert.Empty(Screen(Broadcast(265012345, null, 37, 11, name)));
    }

    [Fact]
    public void A_listed_name_alone_is_a_lead_and_a_lead_never_makes_high_risk()
    {
        // A listed tanker's name on a vessel with no IMO, flag Sierra Leone (the list says Panama).
        var results = Screen(Broadcast(667012345, null, 80, 300, "SANA"));
        var lead = Assert.Single(results);
        Assert.Equal((ListMatchStanding.Lead, "name"), (lead.Standing, lead.MatchedOn));
        var risk = new RiskAssessor().Assess(new Mmsi(667012345), [], IdentityFlags.None, results, _ => false);
        Assert.Equal(RiskWeights.Default.ListMatchLead, risk.Score, 6);
        Assert.False(risk.IsHighRisk);
    }

    [Fact]
    public void A_flag_alone_corroborates_weakly_two_facts_strongly()
    {
        var weak = Assert.Single(Screen(Broadcast(351012345, null, 80, 330, "SANA")));
        Assert.Equal(ListMatchStanding.Listing, weak.Standing);
        Assert.Equal(1, weak.CorroborationWeight);
        Assert.False(new RiskAssessor().Assess(new Mmsi(351012345), [], IdentityFlags.None, [weak], _ => false).IsHighRisk);

        // Current name and a former name of the same entry both broadcast by one MMSI: strong.
        var renamed = Assert.Single(Screen(Broadcast(667012399, null, 70, 180, "SILVER BRIDGE", "GOLDEN BRIDGE")));
        Assert.True(renamed.IsStronglyCorroborated, string.Join("; ", renamed.Corroboration));
        Assert.True(new RiskAssessor().Assess(new Mmsi(667012399), [], IdentityFlags.None, [renamed], _ => false).IsHighRisk);

        // The same name written twice is one name, not a rename.
        var respelt = Assert.Single(Screen(Broadcast(667012398, null, 70, 180, "GOLDEN BRIDGE", "GOLDENBRIDGE")));
        Assert.Equal(ListMatchStanding.Lead, respelt.Standing);
    }

    [Fact]
    public void A_listed_DPRK_tanker_with_its_name_and_the_DPRK_flag_is_a_strong_listing()
    {
        var m = Assert.Single(Screen(Broadcast(445112000, null, 80, 90, "YU SON")));
        Assert.Equal(ListMatchStanding.Listing, m.Standing);
        Assert.True(m.IsStronglyCorroborated);
        Assert.Contains(m.Corroboration, f => f.StartsWith("DPRK flag", StringComparison.Ordinal));
        // Without the DPRK flag the same name is a lead.
        Assert.Equal(ListMatchStanding.Lead, Assert.Single(Screen(Broadcast(667001111, null, 80, 90, "YU SON"))).Standing);
    }

    [Fact]
    public void A_name_that_matches_several_hulls_is_weak_and_its_lead_weight_is_shared()
    {
        // Two different listed ships called OCEAN SPIRIT; the vessel flies Togo's flag, like one of them.
        var results = Screen(Broadcast(671012345, null, 70, 120, "OCEAN SPIRIT"));
        Assert.Equal(2, results.Count);
        Assert.All(results, m => Assert.Equal(ListMatchStanding.Lead, m.Standing));
        Assert.All(results, m => Assert.Equal(1, m.NameRivals));
        var risk = new RiskAssessor().Assess(new Mmsi(671012345), [], IdentityFlags.None, results, _ => false);
        Assert.Equal(RiskWeights.Default.ListMatchLead / 2, risk.Score, 6);
    }

    [Fact]
    public void A_small_craft_does_not_borrow_a_listed_ships_flag_as_corroboration()
    {
        // A 9 m pleasure boat under Panama's flag called SANA: the list's SANA is a 330 m IMO-numbered tanker.
        var m = Assert.Single(Screen(Broadcast(351099999, null, 37, 9, "SANA")));
        Assert.Equal(ListMatchStanding.Lead, m.Standing);
        Assert.Contains("flag Panama not counted", m.Note, StringComparison.Ordinal);
        Assert.Contains("small craft", m.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_sign_alone_is_a_lead_and_with_the_name_a_strong_listing()
    {
        var vessel = Broadcast(273055555, null, 70, 80, "KAPITAN IVANOV") with { };
        var withCall = new VesselRecord(vessel.Mmsi, vessel.Flag, vessel.Flags, [vessel.History[0] with { CallSign = "UBDP8" }], 1);
        var lead = Assert.Single(Screen(withCall));
        Assert.Equal((ListMatchStanding.Lead, "call_sign"), (lead.Standing, lead.MatchedOn));

        var named = new VesselRecord(vessel.Mmsi, vessel.Flag, vessel.Flags, [vessel.History[0] with { Name = "FORTUNA", CallSign = "UBDP8" }], 1);
        var listing = Assert.Single(Screen(named));
        Assert.Equal(ListMatchStanding.Listing, listing.Standing);
        Assert.True(listing.IsStronglyCorroborated);
    }

    [Fact]
    public void The_listed_MMSI_is_a_listing_unless_the_vessel_broadcasts_another_ships_IMO()
    {
        var listing = Assert.Single(Screen(Broadcast(422036400, null, 80, 330, "GRACE 1")));
        Assert.Equal((ListMatchStanding.Listing, "mmsi"), (listing.Standing, listing.MatchedOn));
        // The MMSI reassigned to another hull that broadcasts its own valid IMO (9312341): a note.
        var note = Assert.Single(Screen(Broadcast(422036400, 9312341, 70, 120, "KARUN")));
        Assert.Equal(ListMatchStanding.Note, note.Standing);
    }
}
