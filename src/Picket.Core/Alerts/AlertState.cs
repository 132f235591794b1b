namespace Picket.Core.Alerts;

/// <summary>Where an alert stands; each change is published as a new revision of the same alert id.</summary>
public enum AlertState
{
    /// <summary>First published (<c>raised</c>): the fact is known.</summary>
    Raised,
    /// <summary>The evidence grew (<c>updated</c>): a longer encounter, a gap that closed, the event that confirmed it.</summary>
    Updated,
    /// <summary>The fact did not hold (<c>withdrawn</c>): the encounter ended below the event's threshold, or turned out to be in port.</summary>
    Withdrawn,
}

/// <summary>The wire names of <see cref="AlertState"/> in <c>alerts.jsonl</c>.</summary>
public static class AlertStateNames
{
    /// <summary>The wire name of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined value.</exception>
    public static string ToWireName(this AlertState state) => state switch
    {
        AlertState.Raised => "raised",
        AlertState.Updated => "updated",
        AlertState.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The state whose wire name is exactly <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out AlertState state)
    {
        foreach (var s in Enum.GetValues<AlertState>())
        {
            if (s.ToWireName() == name)
            {
                state = s;
                return true;
            }
        }
        state = default;
        return false;
    }
}
