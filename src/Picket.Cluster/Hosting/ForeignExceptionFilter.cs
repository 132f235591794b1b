namespace Picket.Cluster;

/// <summary>
/// Re-throws an exception of a type Orleans has no codec for (a database driver's, such as Npgsql's) as an
/// <see cref="InvalidOperationException"/> with the original type and message, so the caller sees the cause instead
/// of a <c>CodecNotFoundException</c>. Orleans' own and the framework's exceptions pass unchanged.
/// </summary>
internal sealed class ForeignExceptionFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke().ConfigureAwait(false);
        }
        catch (Exception e) when (IsForeign(e))
        {
            throw new InvalidOperationException($"{e.GetType().FullName}: {e.Message}");
        }
    }

    private static bool IsForeign(Exception e)
    {
        var ns = e.GetType().Namespace ?? "";
        return !(ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Orleans", StringComparison.Ordinal)
                 || ns.StartsWith("Picket", StringComparison.Ordinal));
    }
}
