namespace Picket.Store.Tests.Support;

/// <summary>Row counts and an order-independent checksum over every column of the ingested tables: equal fingerprints mean equal contents, duplicates included.</summary>
public readonly record struct StoreFingerprint(long Positions, string PositionSum, long Identities, string IdentitySum)
{
    public static StoreFingerprint Of(StoreDatabase store) => new(
        store.ScalarLong("SELECT count(*) FROM positions"),
        Text(store, "SELECT coalesce(sum(hash(mmsi, ts, lat, lon, sog, cog, heading, status, msg_type)), 0)::VARCHAR FROM positions"),
        store.ScalarLong("SELECT count(*) FROM identity_reports"),
        Text(store, "SELECT coalesce(sum(hash(mmsi, ts, msg_type, part, imo, call_sign, name, ship_type, length, beam, draught, destination)), 0)::VARCHAR FROM identity_reports"));

    public static StoreFingerprint Of(string dbPath)
    {
        using var store = StoreDatabase.Open(dbPath);
        return Of(store);
    }

    private static string Text(StoreDatabase store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString() ?? "";
    }
}
