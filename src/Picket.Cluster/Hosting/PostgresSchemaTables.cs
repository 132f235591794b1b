namespace Picket.Cluster;

/// <summary>
/// Picket's PostgreSQL tables and functions for Orleans' ADO.NET providers (<see cref="PostgresSchema"/>). Unquoted
/// names fold to lower case in PostgreSQL, which the providers' column look-ups accept. The membership table keeps one
/// version row per cluster: Orleans' membership protocol is an optimistic-concurrency table in which every change of a row
/// bumps that version, so two silos can never both act on the same view (Orleans documentation, "Cluster management").
/// </summary>
internal static class PostgresSchemaTables
{
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) NOT NULL PRIMARY KEY,
            QueryText text NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS picket_membership_version (
            DeploymentId varchar(150) NOT NULL PRIMARY KEY,
            Timestamp timestamptz NOT NULL DEFAULT now(),
            Version integer NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE IF NOT EXISTS picket_membership (
            DeploymentId varchar(150) NOT NULL REFERENCES picket_membership_version (DeploymentId) ON DELETE CASCADE,
            Address varchar(45) NOT NULL,
            Port integer NOT NULL,
            Generation integer NOT NULL,
            SiloName varchar(150) NOT NULL,
            HostName varchar(150) NOT NULL,
            Status integer NOT NULL,
            ProxyPort integer NULL,
            SuspectTimes text NULL,
            StartTime timestamptz NOT NULL,
            IAmAliveTime timestamptz NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation))
        """,
        // The grain's key as Orleans' storage hands it over (two 64-bit halves, a string extension, the type); the
        // extension is stored as '' when absent so that the primary key needs no nullable column.
        """
        CREATE TABLE IF NOT EXISTS picket_grain_state (
            ServiceId varchar(150) NOT NULL,
            GrainTypeString varchar(512) NOT NULL,
            GrainIdN0 bigint NOT NULL,
            GrainIdN1 bigint NOT NULL,
            GrainIdExtension varchar(512) NOT NULL,
            GrainIdHash integer NOT NULL,
            GrainTypeHash integer NOT NULL,
            PayloadBinary bytea NULL,
            Version integer NOT NULL,
            ModifiedOn timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtension))
        """,
        // A new row is inserted only when the table version is still the one the silo read, and both happen or neither
        // (the exception block is a subtransaction: a duplicate row undoes the version bump).
        """
        CREATE OR REPLACE FUNCTION picket_membership_insert(p_deployment text, p_address text, p_port integer,
            p_generation integer, p_silo text, p_host text, p_status integer, p_proxy integer, p_start timestamptz,
            p_alive timestamptz, p_version integer) RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE picket_membership_version SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_deployment AND Version = p_version;
            IF NOT FOUND THEN RETURN false; END IF;
            INSERT INTO picket_membership (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
                VALUES (p_deployment, p_address, p_port, p_generation, p_silo, p_host, p_status, p_proxy, p_start, p_alive);
            RETURN true;
        EXCEPTION WHEN unique_violation THEN RETURN false;
        END $$
        """,
        """
        CREATE OR REPLACE FUNCTION picket_membership_update(p_deployment text, p_address text, p_port integer,
            p_generation integer, p_status integer, p_suspects text, p_alive timestamptz, p_version integer)
            RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE picket_membership_version SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_deployment AND Version = p_version;
            IF NOT FOUND THEN RETURN false; END IF;
            UPDATE picket_membership SET Status = p_status, SuspectTimes = p_suspects, IAmAliveTime = p_alive
                WHERE DeploymentId = p_deployment AND Address = p_address AND Port = p_port AND Generation = p_generation;
            IF NOT FOUND THEN RAISE no_data_found; END IF;
            RETURN true;
        EXCEPTION WHEN no_data_found THEN RETURN false;
        END $$
        """,
        // Grain state is versioned: a write names the version it read and fails (null) when another activation wrote
        // since; the first write of a grain names none and creates version 1.
        """
        CREATE OR REPLACE FUNCTION picket_grain_write(p_service text, p_type text, p_n0 bigint, p_n1 bigint,
            p_extension text, p_id_hash integer, p_type_hash integer, p_payload bytea, p_version integer)
            RETURNS integer LANGUAGE plpgsql AS $$
        DECLARE v integer;
        BEGIN
            IF p_version IS NULL THEN
                INSERT INTO picket_grain_state (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtension, GrainIdHash, GrainTypeHash, PayloadBinary, Version)
                    VALUES (p_service, p_type, p_n0, p_n1, COALESCE(p_extension, ''), p_id_hash, p_type_hash, p_payload, 1)
                    ON CONFLICT DO NOTHING;
                IF FOUND THEN RETURN 1; END IF;
                RETURN NULL;
            END IF;
            UPDATE picket_grain_state SET PayloadBinary = p_payload, Version = Version + 1, ModifiedOn = now()
                WHERE ServiceId = p_service AND GrainTypeString = p_type AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1
                  AND GrainIdExtension = COALESCE(p_extension, '') AND Version = p_version
                RETURNING Version INTO v;
            RETURN v;
        END $$
        """,
    ];
}
