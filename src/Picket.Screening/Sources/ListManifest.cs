using System.Text.Json;
using System.Text.Json.Serialization;

namespace Picket.Screening.Sources;

/// <summary>One stored file of a list: where it came from and its SHA-256, so an analyst can prove which publication was screened.</summary>
/// <param name="Name">The file's name in the list's folder.</param>
/// <param name="Origin">Where it came from: the URL downloaded, or the path loaded.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256 (FIPS 180-4), lower-case hex.</param>
public sealed record ManifestFile(string Name, string Origin, long Bytes, string Sha256);

/// <summary>
/// <c>manifest.json</c> beside a stored list: which list, when it was fetched or loaded, from where, and what parsing it
/// gave. Written into the staging folder before the swap, so a list folder and its manifest always agree.
/// </summary>
/// <param name="Source">The list's folder name (<c>un</c>, <c>ofac</c>, …).</param>
/// <param name="Format">The format its files parsed as (<see cref="Model.ListSource"/> name).</param>
/// <param name="Updated">When it was installed (UTC).</param>
/// <param name="How">How it arrived: downloaded or loaded from files.</param>
/// <param name="Files">Its files.</param>
/// <param name="Entities">Entities parsed.</param>
/// <param name="Skipped">Records skipped.</param>
/// <param name="Warnings">Records kept with a field dropped.</param>
/// <param name="Schemas">Entities per schema name.</param>
public sealed record ListManifest(
    string Source,
    string Format,
    DateTimeOffset Updated,
    string How,
    IReadOnlyList<ManifestFile> Files,
    int Entities,
    int Skipped,
    int Warnings,
    IReadOnlyDictionary<string, int> Schemas)
{
    /// <summary>The manifest's file name in a list's folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Writes <see cref="FileName"/> into <paramref name="folder"/>, replacing any.</summary>
    /// <param name="folder">The list's (staging) folder.</param>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(this, ManifestJson.Default.ListManifest));
    }

    /// <summary>The manifest of <paramref name="folder"/>, or null with the reason when there is none or it is unreadable.</summary>
    public static ListManifest? TryRead(string folder, out string? problem)
    {
        var path = Path.Combine(folder, FileName);
        problem = null;
        if (!File.Exists(path))
        {
            problem = "no manifest";
            return null;
        }

        try
        {
            var m = JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Default.ListManifest);
            problem = m is null ? "empty manifest" : null;
            return m;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = "unreadable manifest: " + ex.Message;
            return null;
        }
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ListManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
