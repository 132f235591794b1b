using SharpFuzz;

namespace Picket.Fuzz;

/// <summary>
/// <c>dotnet Picket.Fuzz.dll TARGET</c> runs one target under libFuzzer (through fuzz/driver); <c>dotnet Picket.Fuzz.dll
/// TARGET repro &lt; FILE</c> runs one input once, to reproduce a crash; <c>list</c> prints the target names.
/// An exception escaping a target is a crash: every reader promises to count bad input, never to throw.
/// </summary>
internal static class Program
{
    static int Main(string[] args)
    {
        if (args is ["list"])
        {
            foreach (var name in FuzzTargets.Names) Console.WriteLine(name);
            return 0;
        }

        if (args.Length is < 1 or > 2 || FuzzTargets.Find(args[0]) is not { } target)
        {
            Console.Error.WriteLine($"usage: Picket.Fuzz TARGET [repro]; targets: {string.Join(", ", FuzzTargets.Names)}");
            return 2;
        }

        if (args is [_, "repro"])
        {
            // Without AFL's environment OutOfProcess.Run runs the harness once on standard input.
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        Fuzzer.LibFuzzer.Run(span => target(span));
        return 0;
    }
}
