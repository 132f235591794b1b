using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Tests;

/// <summary>
/// The JSON lines and CSV writers: the same fields in both, safe text for spreadsheets and terminals (OWASP CSV
/// injection; Unicode bidirectional controls), and no allocation per message.
/// </summary>
public sealed class OutputWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"X\")")] [InlineData("+1+2")] [InlineData("-2+3")]
    public void Csv_neutralises_formula_prefixes_in_text_cells(string name)
    {
        string csv = Csv(StaticNamed(name));
        string cell = Cells(csv.Split('\n')[1])[Column("name")];
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
        Assert.Equal("'" + name, cell);
    }

    [Fact]
    public void Csv_keeps_negative_numbers_as_numbers()
    {
        var row = Cells(Csv(FramingTests.WithChecksum("AIVDM,1,1,,A,E>k`s@0PQ1R2S3T4U5V6W7`8a9hMN`nP<5Wf050`HKg001F583PCA@,4")).Split('\n')[1]);
        Assert.Equal("-70.5", row[Column("lon")]);
    }

    [Fact]
    public void Control_characters_in_a_receiver_id_are_stripped_from_csv_and_escaped_in_json()
    {
        // A receiver id (tag block s:) is free text from the wire, read as Latin-1: put an escape sequence, a C1 control
        // and a formula prefix in it.
        var tag = Encoding.Latin1.GetBytes("s:@evil\u001b[2J\u0085x,c:1600000000");
        byte sum = 0;
        foreach (byte b in tag) sum ^= b;
        var line = new List<byte> { (byte)'\\' };
        line.AddRange(tag);
        line.AddRange(Encoding.ASCII.GetBytes($"*{sum:X2}\\!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C"));
        string csv = Write(line.ToArray(), csv: true);
        Assert.Equal("'@evil[2Jx", Cells(csv.Split('\n')[1])[Column("source")]);
        string json = Write(line.ToArray(), csv: false);
        Assert.DoesNotContain('\u001b', json);
        Assert.Contains("\\u001b", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("@evil\u001b[2J\u0085x", doc.RootElement.GetProperty("source").GetString());
        Assert.Equal("2020-09-13T12:26:40Z", doc.RootElement.GetProperty("time").GetString());
    }

    [Fact]
    public void Bidi_and_zero_width_characters_are_stripped_from_csv_text_and_escaped_in_json()
    {
        using var csvOut = new MemoryStream();
        using (var csv = new AisCsvWriter(csvOut, writeHeader: false))
        {
            csv.Begin(); csv.Text(AisFields.Name, "MV 123\u202E456\u200B\u2066"); csv.End();
        }
        Assert.Equal("MV 123456", Encoding.UTF8.GetString(csvOut.ToArray()).Split(',')[Column("name")]);
        using var jsonOut = new MemoryStream();
        using (var json = new AisJsonLineWriter(jsonOut))
        {
            json.Begin(); json.Text(AisFields.Name, "MV 123\u202E456"); json.End();
        }
        Assert.Equal("{\"name\":\"MV 123\\u202e456\"}\n", Encoding.UTF8.GetString(jsonOut.ToArray()));
    }

    [Fact]
    public void Csv_and_json_carry_the_same_values_for_every_message_of_the_shared_logs()
    {
        var files = new[] { ("gpsd", "ais-nmea.log"), ("gpsd", "ais-18-27.log"), ("gpsd", "ais-raw-messages.log"), ("pyais", "nmea_data_sample.txt") };
        var bytes = files.SelectMany(f => File.ReadAllBytes(SharedData.Require("ais", f.Item1, f.Item2)).Append((byte)'\n')).ToArray();
        string[] json = Write(bytes, csv: false).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] csv = Write(bytes, csv: true).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AisFields.All.Select(f => f.Name), Cells(csv[0]));
        Assert.Equal(json.Length, csv.Length - 1);
        Assert.True(json.Length > 1000);
        for (int i = 0; i < json.Length; i++)
        {
            var cells = Cells(csv[i + 1]);
            Assert.Equal(AisFields.All.Count, cells.Length);
            using var doc = JsonDocument.Parse(json[i]);
            int fields = 0;
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields++;
                string expected = p.Value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => p.Value.GetString()!,
                    _ => p.Value.GetRawText(),
                };
                Assert.Equal(expected, cells[Column(p.Name)].TrimStart('\''));
            }
            Assert.True(fields >= 6);
        }
    }

    [Fact]
    public void Writing_allocates_nothing_per_message()
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Require("ais", "gpsd", "ais-nmea.log"));
        var decoder = new AisDecoder();
        using var json = new AisJsonLineWriter(Stream.Null);
        using var csv = new AisCsvWriter(Stream.Null);
        void Pass()
        {
            foreach (var line in bytes.AsSpan().Split((byte)'\n'))
                if (decoder.Decode(bytes.AsSpan()[line], out var p) == LineOutcome.Message) { json.Write(p); csv.Write(p); }
        }
        Pass(); // warm-up: text cache, JIT, buffers
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 5; i++) Pass();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(json.Count > 1000);
        // Under one byte per message written (each in both formats): a constant, not a per-message cost.
        Assert.True(allocated < json.Count * 5 / 6, $"{allocated} bytes allocated for {json.Count * 5 / 6} messages written twice");
    }

    [Fact]
    public void Radio_state_sub_fields_follow_the_scheme()
    {
        // Type 1 (SOTDMA) from gpsd's sample, slot timeout 1: the sub-message is the transmitter's UTC hour and minute.
        using var a = JsonDocument.Parse(DecoderFaultTests.Json("!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C"));
        Assert.Equal("sotdma", a.RootElement.GetProperty("radio_scheme").GetString());
        Assert.Equal(1, a.RootElement.GetProperty("slot_timeout").GetInt32());
        Assert.Equal(6, a.RootElement.GetProperty("utc_hour").GetInt32()); // libais: utc_hour 6, utc_min 11
        Assert.Equal(11, a.RootElement.GetProperty("utc_minute").GetInt32());
        Assert.False(a.RootElement.TryGetProperty("slot_increment", out _));
    }

    private static string StaticNamed(string name)
    {
        var buffer = new byte[80];
        var w = new BitWriter(buffer);
        new StaticDataReport { Mmsi = 244000001, PartNumber = 0, Name = name, VendorId = "", CallSign = "" }.Write(ref w);
        var armored = new byte[40];
        int n = PayloadArmor.Armor(w.Bytes, w.BitLength, armored, out int fill);
        return FramingTests.WithChecksum($"AIVDM,1,1,,A,{Encoding.ASCII.GetString(armored, 0, n)},{fill}");
    }

    private static int Column(string name) => AisFields.All.Single(f => f.Name == name).Column;

    private static string Csv(string line) => Write(Encoding.ASCII.GetBytes(line), csv: true);

    private static string Write(byte[] input, bool csv)
    {
        var decoder = new AisDecoder();
        using var output = new MemoryStream();
        using (IDisposable writer = csv ? new AisCsvWriter(output) : new AisJsonLineWriter(output))
        {
            foreach (var range in input.AsSpan().Split((byte)'\n'))
            {
                if (decoder.Decode(input.AsSpan()[range], out var p) != LineOutcome.Message) continue;
                if (writer is AisCsvWriter c) c.Write(p); else ((AisJsonLineWriter)writer).Write(p);
            }
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Splits one RFC 4180 row.</summary>
    private static string[] Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < row.Length; i++)
        {
            char c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
