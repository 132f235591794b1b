namespace Picket.Store.Schema;

/// <summary>
/// The tables of a Picket store. Columnar-friendly types: MMSI as INTEGER (30 bits fit), time as TIMESTAMP (UTC,
/// microseconds), positions as INTEGER in AIS units (1/10,000 minute), speed and course as USMALLINT tenths: measured
/// against DOUBLE/REAL in src/Picket.Store/README.md. The view <c>positions_deg</c> gives degrees and knots.
/// Every statement is idempotent so opening an existing store is harmless.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Bumped when a table changes shape; stored in <c>store_info</c>.
    /// 2: <c>screening_results.entry_name</c> and the <c>vessel_risk</c> table (both added in place to a version 1 store).
    /// 3: the <c>company</c> and <c>vessel_company</c> tables.
    /// 4: the <c>deliveries</c> table (the cap table's rows, for <c>picket serve</c>).</summary>
    public const int Version = 4;

    public static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)
        """,
        // One row per position report (types 1/2/3 Class A, 18/19 Class B, 27 long range). NULL = not available.
        // lat/lon in 1/10,000 minute (degrees × 600,000), sog in 0.1 kn, cog in 0.1° (ITU-R M.1371-5 message 1 units).
        """
        CREATE TABLE IF NOT EXISTS positions (
            mmsi INTEGER NOT NULL, ts TIMESTAMP, lat INTEGER, lon INTEGER,
            sog USMALLINT, cog USMALLINT, heading SMALLINT, status UTINYINT, msg_type UTINYINT NOT NULL)
        """,
        // The same rows in degrees and knots, for people and for export.
        """
        CREATE OR REPLACE VIEW positions_deg AS
        SELECT mmsi, ts, lat::DOUBLE / 600000 AS lat, lon::DOUBLE / 600000 AS lon, sog::DOUBLE / 10 AS sog, cog::DOUBLE / 10 AS cog,
               heading, status, msg_type
        FROM positions
        """,
        // One row per identity report: type 5 (static and voyage), type 24 parts A and B.
        """
        CREATE TABLE IF NOT EXISTS identity_reports (
            mmsi INTEGER NOT NULL, ts TIMESTAMP, msg_type UTINYINT NOT NULL, part UTINYINT,
            imo INTEGER, call_sign VARCHAR, name VARCHAR, ship_type UTINYINT,
            length SMALLINT, beam SMALLINT, draught REAL, destination VARCHAR)
        """,
        // Identity history: one row per distinct identity a hull reported, with when it was seen (rebuilt after ingest).
        """
        CREATE TABLE IF NOT EXISTS vessels (
            mmsi INTEGER NOT NULL, imo INTEGER, name VARCHAR, call_sign VARCHAR, ship_type UTINYINT,
            first_seen TIMESTAMP, last_seen TIMESTAMP, reports BIGINT)
        """,
        // The event format of the README's "Events" section; vessels and evidence kept as JSON text.
        """
        CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, start_ts TIMESTAMP NOT NULL, end_ts TIMESTAMP,
            lat DOUBLE, lon DOUBLE, mmsi INTEGER, other_mmsi INTEGER, confidence DOUBLE,
            vessels_json VARCHAR, evidence_json VARCHAR)
        """,
        """
        CREATE TABLE IF NOT EXISTS list_entries (
            list_source VARCHAR NOT NULL, entry_id VARCHAR NOT NULL, kind VARCHAR, name VARCHAR, aliases VARCHAR[],
            imo INTEGER, mmsi INTEGER, programs VARCHAR[], listed_on DATE, loaded_at TIMESTAMP,
            PRIMARY KEY (list_source, entry_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS screening_results (
            mmsi INTEGER, imo INTEGER, vessel_name VARCHAR, list_source VARCHAR NOT NULL, entry_id VARCHAR NOT NULL,
            score DOUBLE, matched_on VARCHAR, screened_at TIMESTAMP)
        """,
        // The list entry's own name, so a match can be read without list_entries (picket analyze does not load them).
        "ALTER TABLE screening_results ADD COLUMN IF NOT EXISTS entry_name VARCHAR",
        // One row per assessed vessel (picket analyze): score 0-100 and every factor behind it, with the events it rests on.
        """
        CREATE TABLE IF NOT EXISTS vessel_risk (
            mmsi INTEGER PRIMARY KEY, name VARCHAR, imo INTEGER, flag VARCHAR, score DOUBLE, high_risk BOOLEAN,
            factors_json VARCHAR)
        """,
        // One row per company behind a ship (picket analyze): a list entry (key = entry id) or a name from a registry or a
        // list's owner text (key = "name:" + folded name); entries_json = the list entries it answers to, with scores.
        """
        CREATE TABLE IF NOT EXISTS company (
            company_key VARCHAR PRIMARY KEY, name VARCHAR, listed BOOLEAN, entries_json VARCHAR)
        """,
        // One row per ship-company link: the role (registered_owner, ship_manager, ism_manager, operator, linked_to),
        // the dates it held (NULL = open) and where it was read. imo when the hull's IMO is known; mmsi when analyze saw it.
        """
        CREATE TABLE IF NOT EXISTS vessel_company (
            vessel_key VARCHAR NOT NULL, imo INTEGER, mmsi INTEGER, vessel_name VARCHAR, role VARCHAR NOT NULL,
            company_key VARCHAR NOT NULL, from_date DATE, to_date DATE, source VARCHAR NOT NULL,
            PRIMARY KEY (vessel_key, role, company_key, source))
        """,
        // One row per estimated delivery to a DPRK port (picket analyze): keyed by the port call's event id; the tanker's
        // capacity in barrels and tonnes with how it was estimated, the cargo an at-sea draught rise implies (NULL when
        // none), and every event behind it (JSON array of ids). The cap table per year is computed from these rows.
        """
        CREATE TABLE IF NOT EXISTS deliveries (
            event_id VARCHAR PRIMARY KEY, ts TIMESTAMP NOT NULL, mmsi INTEGER, vessel VARCHAR, port VARCHAR,
            capacity_barrels DOUBLE, capacity_tonnes DOUBLE, basis VARCHAR, method VARCHAR,
            draught_barrels DOUBLE, draught_low DOUBLE, draught_high DOUBLE, evidence_json VARCHAR)
        """,
        // One row per input file, keyed by content hash: how far the ingest got, committed in the same transaction as the rows.
        // No PRIMARY KEY: progress is an UPDATE of the row, and the single writing process keeps the hash unique.
        """
        CREATE TABLE IF NOT EXISTS ingest_log (
            file_hash VARCHAR NOT NULL, path VARCHAR NOT NULL, size BIGINT NOT NULL, format VARCHAR NOT NULL,
            lines_done BIGINT NOT NULL, positions BIGINT NOT NULL, identities BIGINT NOT NULL,
            rejected BIGINT NOT NULL, rejected_reasons VARCHAR, complete BOOLEAN NOT NULL,
            started_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)
        """,
        // What each ingested NMEA file's content began with (see ContentPrefix): a log that grew, or the full download of
        // a file first read truncated, adds only the lines after the prefix already stored.
        """
        CREATE TABLE IF NOT EXISTS ingest_prefix (
            file_hash VARCHAR NOT NULL, head_hash VARCHAR NOT NULL, prefix_lines BIGINT NOT NULL,
            prefix_bytes BIGINT NOT NULL, prefix_hash VARCHAR NOT NULL)
        """,
        // The statements above bring any older store up to this version, so the stored number follows.
        $"INSERT OR REPLACE INTO store_info VALUES ('schema_version', '{Version}')",
    ];
}
