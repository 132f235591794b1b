namespace Picket.Core.Vessels;

/// <summary>A flag state as named by an MMSI's MID: ISO 3166-1 alpha-2 code and English short name.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, e.g. <c>KP</c>, <c>MN</c>.</param>
/// <param name="Name">English short name, e.g. <c>Mongolia</c>.</param>
/// <param name="Landlocked">Whether the state has no sea coast: a tanker under such a flag is a flag of convenience marker (<see cref="IdentityFlags.LandlockedFlagTanker"/>).</param>
public sealed record FlagState(string Code, string Name, bool Landlocked)
{
    /// <summary>ISO code of the Democratic People's Republic of Korea, MID 445.</summary>
    public const string DprkCode = "KP";

    /// <summary>Whether this is the Democratic People's Republic of Korea (<see cref="DprkCode"/>).</summary>
    public bool IsDprk => Code == DprkCode;

    /// <summary>The name followed by the code, e.g. <c>Mongolia (MN)</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";
}
