namespace Picket.Core.Alerts;

/// <summary>Where alerts go (a file, a webhook, the dashboard's feed). One method, so sinks compose like event sinks.</summary>
public interface IAlertSink
{
    /// <summary>Takes one alert revision. A sink that can fail counts the failure and retries by itself; it never throws into the pipeline.</summary>
    void Publish(PicketAlert alert);
}
