using Picket.Web.Data;
using Picket.Web.Vessels;

namespace Picket.Web.Hosting;

/// <summary>
/// What the endpoints share: the store's readers and the vessel directory built from it. The directory is replaced
/// whole (one reference write) when an analysis has written into the store, so a request sees the old or the new one.
/// </summary>
public sealed class ServerState(StoreReaders store, ServeOptions options)
{
    private volatile VesselDirectory _vessels = VesselDirectory.Empty;

    public StoreReaders Store { get; } = store;

    public ServeOptions Options { get; } = options;

    public VesselDirectory Vessels => _vessels;

    /// <summary>Reads the directory afresh from the store (at start and after each analysis).</summary>
    public void RefreshVessels() => _vessels = Store.Read(VesselDirectory.Load);
}
