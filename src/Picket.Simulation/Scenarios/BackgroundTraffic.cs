using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// The ordinary traffic the planted cases hide in: about 55 % merchants (cargo, tankers, fast container ships; mostly
/// Chinese, Korean and Hong Kong flags with some flags of convenience), 27 % fishing boats (a third of them pair
/// trawlers; class A and class B) and 18 % small class B craft.
/// </summary>
internal static class BackgroundTraffic
{
    // AIS ship types (ITU-R M.1371-5 Table 53) of the harbour craft: 37 pleasure craft, 52 tug, 31 towing, 0 not available.
    private static readonly int[] CraftTypes = [37, 52, 31, 0];

    public static void Add(Fleet fleet, int count, Region region, IdentityFactory ids, long seed, long startMs)
    {
        int added = 0;
        while (added < count)
        {
            int index = fleet.Vessels.Count;
            var rng = SimRandom.For(seed, index);
            double roll = rng.NextDouble();
            if (roll < 0.55)
                fleet.Vessels.Add(Merchant(index, rng, region, ids, startMs));
            else if (roll < 0.82)
            {
                bool classB = rng.Chance(0.65);
                var leader = Fishing(index, rng, region, ids, startMs, classB, null);
                fleet.Vessels.Add(leader);
                if (added + 1 < count && rng.Chance(0.3))
                {
                    // Pair trawl: the partner tows the other end of the net 250–400 m abeam.
                    var prng = SimRandom.For(seed, index + 1);
                    var follower = new FollowerBehaviour(leader, prng.Between(0, 360), prng.Between(250, 400));
                    var identity = classB ? ids.Ship(IdentityFactory.China[0], "fish", 30, prng, withImo: false) : ids.Ship(IdentityFactory.China[0], "fish", 30, prng);
                    fleet.Vessels.Add(new SimVessel(index + 1, classB, identity, follower, follower.Shift(leader, startMs), prng, "background"));
                    added++;
                }
            }
            else
            {
                var (b, first) = CraftBehaviour.Create(region, rng, startMs);
                var flag = rng.Chance(0.7) ? IdentityFactory.China[rng.Next(3)] : IdentityFactory.Korea[0];
                var identity = ids.Ship(flag, rng.Chance(0.7) ? "cn" : "kr", (byte)rng.Pick(CraftTypes), rng, withImo: false);
                fleet.Vessels.Add(new SimVessel(index, true, identity, b, first, rng, "background"));
            }
            added++;
        }
    }

    public static SimVessel Merchant(int index, SimRandom rng, Region region, IdentityFactory ids, long startMs)
    {
        double kind = rng.NextDouble();
        byte type = kind < 0.30 ? (byte)rng.Between(80, 84) : (byte)rng.Between(70, 79);
        // Product tankers and bulkers cruise at 10–14.5 kn; fast container ships at 15–19 kn (6 s reports).
        double knots = kind > 0.85 ? rng.Between(15, 19) : rng.Between(10, 14.5);
        double f = rng.NextDouble();
        var flag = f < 0.6 ? IdentityFactory.China[rng.Next(3)] : f < 0.75 ? IdentityFactory.Korea[rng.Next(2)] : f < 0.85 ? IdentityFactory.HongKong[0] : IdentityFactory.Convenience[rng.Next(IdentityFactory.Convenience.Length)];
        var identity = ids.Ship(flag, flag.Mid is 440 or 441 ? "kr" : flag.Mid is >= 412 and <= 414 ? "cn" : "ocean", type, rng, destination: "");
        var (b, first) = MerchantBehaviour.Create(region, rng, startMs, knots);
        return new SimVessel(index, false, identity, b, first, rng, "background");
    }

    public static SimVessel Fishing(int index, SimRandom rng, Region region, IdentityFactory ids, long startMs, bool classB, Port? home)
    {
        var (b, first) = FishingBehaviour.Create(region, rng, startMs, home);
        var identity = ids.Ship(IdentityFactory.China[rng.Next(3)], "fish", 30, rng, withImo: !classB && rng.Chance(0.5));
        return new SimVessel(index, classB, identity, b, first, rng, "background");
    }
}
