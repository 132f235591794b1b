using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Picket.Web.Analyses;

/// <summary>The files of a multipart upload, saved, or why none were (an HTTP status and a message).</summary>
internal sealed record UploadOutcome(IReadOnlyList<string> Files, int Status, string? Error);

/// <summary>
/// Streams the file parts of a <c>multipart/form-data</c> body (RFC 7578) to disk one buffer at a time, counting bytes
/// against the limit; file names are never used as paths (the client's name is reduced to a safe stem). On any
/// failure every file written is removed, so a refused upload leaves nothing behind.
/// </summary>
internal static class UploadReceiver
{
    public const int MaxFiles = 20;

    public static async Task<UploadOutcome> ReceiveAsync(HttpRequest request, string directory, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return new([], StatusCodes.Status413PayloadTooLarge, $"the upload is larger than {maxBytes:N0} bytes");
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200) return new([], StatusCodes.Status400BadRequest, "a multipart body needs a boundary");
        var files = new List<string>();
        long total = 0;
        try
        {
            Directory.CreateDirectory(directory);
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            for (var section = await reader.ReadNextSectionAsync(ct); section != null; section = await reader.ReadNextSectionAsync(ct))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
                if (files.Count == MaxFiles) return Fail(files, StatusCodes.Status400BadRequest, $"at most {MaxFiles} files per analysis");
                string path = Path.Combine(directory, $"{files.Count:D2}-{SafeName(disposition.FileName.Value ?? disposition.FileNameStar.Value)}");
                files.Add(path);
                await using (var file = File.Create(path))
                {
                    var buffer = new byte[81920];
                    int n;
                    while ((n = await section.Body.ReadAsync(buffer, ct)) > 0)
                    {
                        total += n;
                        if (total > maxBytes) return Fail(files, StatusCodes.Status413PayloadTooLarge, $"the upload is larger than {maxBytes:N0} bytes");
                        await file.WriteAsync(buffer.AsMemory(0, n), ct);
                    }
                }
                if (!UploadSniffer.LooksLikeAis(path, out var reason))
                    return Fail(files, StatusCodes.Status415UnsupportedMediaType, $"{Path.GetFileName(path)} is not AIS input: {reason}");
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own body limit, or a malformed body.
            return Fail(files, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"the upload is larger than {maxBytes:N0} bytes" : "malformed request body");
        }
        catch (InvalidDataException e)
        {
            return Fail(files, StatusCodes.Status400BadRequest, "malformed multipart body: " + e.Message);
        }
        catch (IOException)
        {
            return Fail(files, StatusCodes.Status400BadRequest, "the upload ended early");
        }
        return files.Count == 0 ? Fail(files, StatusCodes.Status400BadRequest, "no file in the upload (send multipart/form-data with one or more file parts)") : new(files, 200, null);
    }

    private static UploadOutcome Fail(List<string> files, int status, string error)
    {
        foreach (var f in files)
        {
            try { File.Delete(f); }
            catch (IOException) { }
        }
        return new([], status, error);
    }

    /// <summary>Letters, digits, dot, dash and underscore of the name's last segment, at most 80 characters.</summary>
    internal static string SafeName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/').Split('/').Last());
        var safe = new string([.. last.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')]).TrimStart('.');
        if (safe.Length > 80) safe = safe[^80..];
        return safe.Length == 0 ? "upload" : safe;
    }
}
