namespace Picket.Simulation;

/// <summary>What to simulate. Validated by <see cref="Validate"/>; the CLI reports its messages as usage errors.</summary>
public sealed record SimulationOptions
{
    /// <summary>The sea area, by name (<see cref="Geography.Region.Known"/>): its ports, routes, receivers and transfer areas.</summary>
    public string Region { get; init; } = "yellow-sea";
    /// <summary>How long the scenario runs, in hours (12 to 744).</summary>
    public double Hours { get; init; } = 72;
    /// <summary>How many hulls sail, planted ones included (40 to 100,000).</summary>
    public int Vessels { get; init; } = 500;
    /// <summary>The seed: the same options and seed give byte-identical outputs.</summary>
    public long Seed { get; init; } = 42;
    /// <summary>When the scenario starts (UTC); the feed's tag-block times and the truth's times count from it.</summary>
    public DateTimeOffset Start { get; init; } = new(2018, 2, 14, 0, 0, 0, TimeSpan.Zero);
    /// <summary>Lengthens moving report intervals to at least this many seconds (0: the standard's intervals).</summary>
    public int MovingIntervalSeconds { get; init; }
    /// <summary>Share of received copies damaged on the way (bad character or cut line).</summary>
    public double CorruptRate { get; init; } = 0.002;

    /// <summary>Null when the options are usable; otherwise one line saying which is out of range, named as the CLI option.</summary>
    public string? Validate()
    {
        if (Geography.Region.Named(Region) == null) return $"unknown region '{Region}'; known: {string.Join(", ", Geography.Region.Known)}";
        if (Hours is < 12 or > 24 * 31) return "--hours must be between 12 and 744";
        if (Vessels is < 40 or > 100_000) return "--vessels must be between 40 and 100000";
        if (MovingIntervalSeconds is < 0 or > 600) return "--moving-interval must be 0 (standard) to 600 seconds";
        if (CorruptRate is < 0 or > 0.2) return "--corrupt-rate must be between 0 and 0.2";
        return null;
    }

    /// <summary>How positions were reported, as stated in the truth and summary.</summary>
    public string ReportIntervalNote => MovingIntervalSeconds == 0
        ? "ITU-R M.1371-5 standard"
        : $"thinned: moving reports at most every {MovingIntervalSeconds} s";
}
