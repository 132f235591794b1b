using System.Diagnostics;
using System.Text;
using Picket.Screening.Lists;
using Picket.Screening.Lists.OpenSanctions;

namespace Picket.Screening.Tests.Lists;

/// <summary>A hostile FollowTheMoney file with one enormous line: skipped and counted without holding the line in memory.</summary>
public sealed class FtmLongLineTests
{
    const string Entity = "{\"id\":\"v1\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"CHON MA SAN\"],\"imoNumber\":[\"8660313\"]}}";

    /// <summary>A reader of <paramref name="chars"/> 'x' characters on one line, made on the fly (never a string).</summary>
    sealed class EndlessLine(long chars) : TextReader
    {
        long _left = chars;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = (int)Math.Min(count, _left);
            buffer.AsSpan(index, n).Fill('x');
            _left -= n;
            return n;
        }
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_without_being_held_whole()
    {
        var text = new ConcatReader(new StringReader(Entity + "\n"), new EndlessLine(64L << 20), new StringReader("\r\n" + Entity.Replace("v1", "v2", StringComparison.Ordinal) + "\n"));
        // This thread's allocations only: the process-wide count also takes in the tests running beside this one.
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = FtmJsonLinesParser.Load(text, "hostile.ftm.json");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Report.Line($"{result}; {clock.ElapsedMilliseconds} ms, {allocated >> 20} MiB allocated for a 64 Mi-character line");

        Assert.True(result.Succeeded);
        Assert.Equal(["os-v1", "os-v2"], result.Entities.Select(e => e.Id));
        var skipped = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.RecordSkipped);
        Assert.Contains("line 2", skipped.Where, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"{allocated} bytes allocated: the long line was held");
    }

    [Fact]
    public void Line_breaks_of_every_kind_and_a_missing_last_break_are_read()
    {
        var text = Entity + "\r\n\r\n" + Entity.Replace("v1", "v2", StringComparison.Ordinal) + "\r" + Entity.Replace("v1", "v3", StringComparison.Ordinal);
        var result = FtmJsonLinesParser.Load(new StringReader(text), "f.ftm.json");
        Assert.Equal(["os-v1", "os-v2", "os-v3"], result.Entities.Select(e => e.Id));
    }

    sealed class ConcatReader(params TextReader[] parts) : TextReader
    {
        int _i;

        public override int Read(char[] buffer, int index, int count)
        {
            while (_i < parts.Length)
            {
                int n = parts[_i].Read(buffer, index, count);
                if (n > 0) return n;
                _i++;
            }

            return 0;
        }
    }
}
