namespace Picket.Store.Parquet;

/// <summary>Quoting for the few places a file path must be spliced into SQL (COPY and read_parquet take no parameters for paths in every position).</summary>
internal static class SqlText
{
    public static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
}
