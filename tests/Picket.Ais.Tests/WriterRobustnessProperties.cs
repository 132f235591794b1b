using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Picket.Ais.Nmea;
using Picket.Ais.Output;

namespace Picket.Ais.Tests;

/// <summary>
/// Any payload of any type and length, however hostile its contents, is written as one valid JSON object and one CSV
/// row of the full width; nothing throws.
/// </summary>
public sealed class WriterRobustnessProperties
{
    private const string Armour = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";

    [Property(MaxTest = 1000)]
    public bool Every_type_at_every_length_writes_valid_json_and_a_full_csv_row(byte type, byte[]? body, byte fill, bool split)
    {
        var payload = new StringBuilder();
        payload.Append(Armour[type % 27 + 1]);
        foreach (byte b in body ?? []) payload.Append(Armour[b & 63]);
        // Application messages get their DAC/FI from the payload: steer some of them to the decoded ones.
        if (payload.Length > 10 && (type & 0x80) != 0)
        {
            // Type 8, MMSI 0, DAC/FI 1/11, 1/22, 1/31, 200/10, 200/24: the first ten armoured characters.
            string[] apps = ["80000000Bh", "80000000EP", "80000000Gh", "8000000j2P", "8000000j60"];
            string app = apps[type % apps.Length];
            for (int i = 0; i < app.Length && i < payload.Length; i++) payload[i] = app[i];
        }
        string text = payload.ToString();
        var lines = new List<string>();
        if (split && text.Length > 40)
        {
            lines.Add(FramingTests.WithChecksum($"AIVDM,2,1,5,A,{text[..40]},0"));
            lines.Add(FramingTests.WithChecksum($"AIVDM,2,2,5,A,{text[40..]},{fill % 6}"));
        }
        else lines.Add(FramingTests.WithChecksum($"AIVDM,1,1,,A,{text},{fill % 6}"));

        var decoder = new AisDecoder();
        using var json = new MemoryStream();
        using var csv = new MemoryStream();
        int messages = 0;
        using (var j = new AisJsonLineWriter(json))
        using (var c = new AisCsvWriter(csv))
        {
            foreach (string line in lines)
            {
                if (decoder.Decode(Encoding.ASCII.GetBytes(line), out var p) != LineOutcome.Message) continue;
                j.Write(p);
                c.Write(p);
                messages++;
            }
        }
        if (messages == 0) return true;
        string jsonText = Encoding.UTF8.GetString(json.ToArray());
        using var doc = JsonDocument.Parse(jsonText);
        string[] rows = Encoding.UTF8.GetString(csv.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Six-bit text never holds a quote or comma that is not quoted, so counting commas outside quotes is exact.
        int columns = 1;
        bool quoted = false;
        foreach (char ch in rows[1]) { if (ch == '"') quoted = !quoted; else if (ch == ',' && !quoted) columns++; }
        return rows.Length == 2 && columns == AisFields.All.Count && doc.RootElement.GetProperty("type").GetInt32() is >= 1 and <= 27;
    }
}
