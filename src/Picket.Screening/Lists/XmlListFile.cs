using Picket.Screening.Model;

namespace Picket.Screening.Lists;

/// <summary>Opens a list file and turns I/O failures into a rejected result rather than an exception.</summary>
internal static class XmlListFile
{
    public static ListLoadResult Load(string path, ListSource source, Func<Stream, string, ListLoadResult> parse)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return parse(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ListLoadResult.Rejected(source, path, [], "cannot read file: " + ex.Message);
        }
    }
}
