namespace Picket.Core.Alerts;

/// <summary>The rules that raise alerts (README §Alerts has their thresholds); wire names in <see cref="AlertRuleNames"/>.</summary>
public enum AlertRule
{
    /// <summary><c>encounter_at_sea</c>: two vessels together at sea, slow, for the encounter threshold (2 h) and still going on.</summary>
    EncounterAtSea,
    /// <summary><c>dprk_meeting</c>: a tanker alongside a DPRK-flagged vessel (MID 445) at sea, raised at once.</summary>
    DprkMeeting,
    /// <summary><c>watchlist_dark</c>: a watched vessel went silent (its gap opened).</summary>
    WatchlistDark,
    /// <summary><c>watchlist_identity</c>: a watched vessel appeared under a new identity (MMSI, IMO, name or call sign).</summary>
    WatchlistIdentity,
    /// <summary><c>dprk_port_call</c>: a tanker not flagged by the DPRK in a DPRK port.</summary>
    DprkPortCall,
}

/// <summary>The wire names of <see cref="AlertRule"/> (snake_case).</summary>
public static class AlertRuleNames
{
    /// <summary>The wire name of <paramref name="rule"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value.</exception>
    public static string ToWireName(this AlertRule rule) => rule switch
    {
        AlertRule.EncounterAtSea => "encounter_at_sea",
        AlertRule.DprkMeeting => "dprk_meeting",
        AlertRule.WatchlistDark => "watchlist_dark",
        AlertRule.WatchlistIdentity => "watchlist_identity",
        AlertRule.DprkPortCall => "dprk_port_call",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The rule whose wire name is exactly <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out AlertRule rule)
    {
        foreach (var r in Enum.GetValues<AlertRule>())
        {
            if (r.ToWireName() == name)
            {
                rule = r;
                return true;
            }
        }
        rule = default;
        return false;
    }
}
