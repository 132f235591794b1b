namespace Picket.Cluster;

/// <summary>Asks every active silo for its <see cref="SiloLoadSample"/> through Orleans' management grain.</summary>
public static class SiloLoadReader
{
    /// <summary>One sample per silo that answered, keyed by its address; empty when the silos carry no load meter (an older Picket).</summary>
    public static async Task<IReadOnlyDictionary<string, SiloLoadSample>> ReadAsync(IGrainFactory grains, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var management = grains.GetGrain<IManagementGrain>(0);
        try
        {
            var answers = await management.SendControlCommandToProvider<SiloLoadControl>(SiloLoadControl.Name, SiloLoadControl.Report, null, ct).ConfigureAwait(false);
            return answers.OfType<SiloLoadSample>().ToDictionary(s => s.Silo, StringComparer.Ordinal);
        }
        catch (ArgumentException)
        {
            // A silo without the meter refuses the command as a whole.
            return new Dictionary<string, SiloLoadSample>();
        }
    }
}
