namespace Picket.Core.Vessels;

/// <summary>A flag state as named by an MMSI's MID: ISO 3166-1 alpha-2 code and English short name.</summary>
public sealed record FlagState(string Code, string Name, bool Landlocked)
{
    /// <summary>ISO code of the Democratic People's Republic of Korea, MID 445.</summary>
    public const string DprkCode = "KP";

    public bool IsDprk => Code == DprkCode;

    public override string ToString() => $"{Name} ({Code})";
}
