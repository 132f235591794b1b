using Microsoft.AspNetCore.Http;

namespace Picket.Web.Analyses;

/// <summary>
/// Resolves names of server files for an analysis: only inside the folder the operator allowed (<c>--inputs</c>),
/// after full-path normalisation, so <c>../</c>, absolute paths and links elsewhere cannot reach other files (OWASP Path
/// Traversal).
/// </summary>
internal static class ServerPaths
{
    public const int MaxPaths = 100;

    public static bool TryResolve(string? allowedRoot, IReadOnlyList<string>? paths, out IReadOnlyList<string> resolved, out string? error, out int status)
    {
        resolved = [];
        status = StatusCodes.Status400BadRequest;
        if (string.IsNullOrEmpty(allowedRoot))
        {
            status = StatusCodes.Status403Forbidden;
            error = "this server names no input folder (picket serve --inputs DIR); upload the files instead";
            return false;
        }
        if (paths is not { Count: > 0 } || paths.Count > MaxPaths)
        {
            error = $"\"paths\" takes 1 to {MaxPaths} file names";
            return false;
        }
        string root = Path.GetFullPath(allowedRoot);
        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        var list = new List<string>();
        foreach (var p in paths)
        {
            if (string.IsNullOrWhiteSpace(p) || p.Contains('\0', StringComparison.Ordinal))
            {
                error = "an empty path";
                return false;
            }
            string full = Path.GetFullPath(Path.Combine(root, p));
            var info = new FileInfo(full);
            // A symbolic link is judged by where it points.
            if (info.Exists && info.LinkTarget != null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
            if (!full.StartsWith(prefix, StringComparison.Ordinal))
            {
                status = StatusCodes.Status403Forbidden;
                error = "a path outside the server's input folder";
                return false;
            }
            if (!File.Exists(full))
            {
                status = StatusCodes.Status404NotFound;
                error = $"no file '{Trim(p)}' in the input folder";
                return false;
            }
            list.Add(full);
        }
        resolved = list;
        error = null;
        return true;
    }

    private static string Trim(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
