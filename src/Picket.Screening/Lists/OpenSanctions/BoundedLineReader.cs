using System.Text;

namespace Picket.Screening.Lists.OpenSanctions;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> but never holds more than a bound: the characters of a longer
/// line are read and dropped, and the line is reported as too long. <c>ReadLine</c> would first build the whole line,
/// so one hostile gigabyte line cost gigabytes before any length check.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    readonly StringBuilder _line = new();
    readonly char[] _buffer = new char[16 * 1024];
    int _start, _end;

    /// <summary>False at the end of input. Otherwise the line, or null with <paramref name="tooLong"/> set when it went past the bound.</summary>
    public bool TryReadLine(out string? line, out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        line = null;
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = reader.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    if (!any) return false;
                    line = tooLong ? null : _line.ToString();
                    return true;
                }
            }

            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            int nl = span.IndexOfAny('\n', '\r');
            var part = nl < 0 ? span : span[..nl];
            if (!tooLong)
            {
                if (_line.Length + part.Length > maxLength) { tooLong = true; _line.Clear(); }
                else _line.Append(part);
            }

            if (nl < 0) { _start = _end; continue; }
            _start += nl + 1;
            if (span[nl] == '\r')
            {
                // \r\n is one line break.
                if (_start == _end) { _end = reader.Read(_buffer, 0, _buffer.Length); _start = 0; }
                if (_start < _end && _buffer[_start] == '\n') _start++;
            }

            line = tooLong ? null : _line.ToString();
            return true;
        }
    }
}
