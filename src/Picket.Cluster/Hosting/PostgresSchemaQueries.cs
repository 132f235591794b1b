namespace Picket.Cluster;

/// <summary>
/// The query texts Orleans' ADO.NET clustering and grain storage look up by key in <c>OrleansQuery</c>, written for
/// Picket's tables (<see cref="PostgresSchemaTables"/>). The keys, the <c>@Name</c> parameters and the result columns
/// are the providers' contract (Orleans documentation, "ADO.NET database configuration"); the SQL is Picket's own.
/// </summary>
internal static class PostgresSchemaQueries
{
    private const string MemberColumns =
        "v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime";

    private const string GrainKey =
        "ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainIdExtension = COALESCE(@GrainIdExtensionString, '')";

    public static IReadOnlyList<(string Key, string Text)> All { get; } =
    [
        // Clients find gateways here: the active silos' gateway endpoints.
        ("GatewaysQueryKey",
            "SELECT Address, ProxyPort, Generation FROM picket_membership WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0"),
        // Both reads return the version row even when no silo matches (the provider takes the table version from row 1).
        ("MembershipReadRowKey",
            $"SELECT {MemberColumns} FROM picket_membership_version v LEFT JOIN picket_membership m ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation WHERE v.DeploymentId = @DeploymentId"),
        ("MembershipReadAllKey",
            $"SELECT {MemberColumns} FROM picket_membership_version v LEFT JOIN picket_membership m ON m.DeploymentId = v.DeploymentId WHERE v.DeploymentId = @DeploymentId"),
        ("InsertMembershipVersionKey",
            "WITH ins AS (INSERT INTO picket_membership_version (DeploymentId) VALUES (@DeploymentId) ON CONFLICT DO NOTHING RETURNING 1) SELECT EXISTS (SELECT 1 FROM ins)"),
        ("UpdateIAmAlivetimeKey",
            "UPDATE picket_membership SET IAmAliveTime = @IAmAliveTime WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation"),
        ("InsertMembershipKey",
            "SELECT picket_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)"),
        ("UpdateMembershipKey",
            "SELECT picket_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version)"),
        ("DeleteMembershipTableEntriesKey",
            "DELETE FROM picket_membership_version WHERE DeploymentId = @DeploymentId"),
        // Only dead silos' rows (status 6) that stopped reporting before the cut-off.
        ("CleanupDefunctSiloEntriesKey",
            "DELETE FROM picket_membership WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status = 6"),
        ("ReadFromStorageKey",
            $"SELECT PayloadBinary, Version FROM picket_grain_state WHERE {GrainKey}"),
        ("WriteToStorageKey",
            "SELECT picket_grain_write(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @GrainIdHash, @GrainTypeHash, @PayloadBinary, @GrainStateVersion) AS NewGrainStateVersion"),
        // A cleared grain keeps its row with no payload and a new version, so a stale activation's write still fails.
        ("ClearStorageKey",
            $"UPDATE picket_grain_state SET PayloadBinary = NULL, Version = Version + 1, ModifiedOn = now() WHERE {GrainKey} AND Version = @GrainStateVersion RETURNING Version"),
    ];
}
