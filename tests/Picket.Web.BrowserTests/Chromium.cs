namespace Picket.Web.BrowserTests;

/// <summary>
/// Debian's chromium, driven by path so that nothing is downloaded (never <c>playwright install</c>). Playwright 1.64
/// already adds <c>--headless --no-sandbox --enable-unsafe-swiftshader</c> on Linux; WebGL then runs on SwiftShader,
/// the software renderer, which MapLibre needs. <c>--disable-gpu --disable-software-rasterizer</c> or
/// <c>--use-gl=disabled</c> would leave it without WebGL, so they are not passed.
/// </summary>
internal static class Chromium
{
    /// <summary>The browser binary; <c>PICKET_CHROMIUM</c> overrides it (a missing path shows the skip).</summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable("PICKET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool Present => File.Exists(Path);

    public static string SkipReason => $"no chromium at {Path} (install Debian's `chromium`, or set PICKET_CHROMIUM)";

    public static readonly string[] Args =
    [
        "--enable-unsafe-swiftshader", "--use-gl=angle", "--use-angle=swiftshader",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
