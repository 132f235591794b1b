using System.Text;
using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Reporting.Decoded;

namespace Picket.Reporting.Tests.Decoded;

/// <summary>
/// Decoded-message writing in process: messages encoded with known field values come back out of the JSON lines and
/// the CSV with those values; the type filter keeps only what was asked for; a hostile name stays data.
/// </summary>
public sealed class DecodedMessageWriterTests
{
    static readonly long T0 = new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    static MemoryStream Log()
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        var position = new PositionReportClassA { MessageType = 1, Mmsi = 445112000, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = -128, SpeedRaw = 35, LongitudeRaw = (int)Math.Round(123.82 * 600_000), LatitudeRaw = (int)Math.Round(38.91 * 600_000), CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
        var voyage = new StaticAndVoyageData { Mmsi = 667001234, ImoRaw = 8691702, CallSign = "HMYN9", Name = "=HYPERLINK(1)", ShipType = 80, DraughtRaw = 52, Destination = "NAMPO" };
        AisEncoder.Write(nmea, text, position, 'A', T0, "rx");
        AisEncoder.Write(nmea, text, voyage, 'B', T0 + 60_000, "rx");
        text.Write("!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*FF\r\n");
        return new MemoryStream(Encoding.ASCII.GetBytes(text.ToString()));
    }

    static async Task<string> DecodeAsync(DecodedFormat format, bool[]? types = null)
    {
        using var output = new MemoryStream();
        var decoder = new AisDecoder();
        using (var writer = new DecodedMessageWriter(output, format, types))
        {
            await NmeaStreamReader.ReadAsync(Log(), decoder, writer, cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.Equal(1L, decoder.Statistics.RejectedLines);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task Json_lines_carry_the_encoded_values_one_message_a_line()
    {
        var lines = (await DecodeAsync(DecodedFormat.JsonLines)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var position = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, position.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(445112000, position.RootElement.GetProperty("mmsi").GetInt32());
        Assert.Equal(38.91, position.RootElement.GetProperty("lat").GetDouble(), 5);
        Assert.Equal(123.82, position.RootElement.GetProperty("lon").GetDouble(), 5);
        Assert.Equal(3.5, position.RootElement.GetProperty("sog").GetDouble(), 5);
        Assert.Equal("2018-03-02T10:00:00Z", position.RootElement.GetProperty("time").GetString());
        using var voyage = JsonDocument.Parse(lines[1]);
        Assert.Equal(5, voyage.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(8691702, voyage.RootElement.GetProperty("imo").GetInt32());
        Assert.Equal("=HYPERLINK(1)", voyage.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_type_filter_keeps_only_the_named_types()
    {
        var lines = (await DecodeAsync(DecodedFormat.JsonLines, DecodedMessageWriter.ParseTypes("5"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var only = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(5, only.RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Csv_has_a_header_and_a_formula_name_stays_text()
    {
        var lines = (await DecodeAsync(DecodedFormat.Csv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("mmsi", lines[0], StringComparison.Ordinal);
        Assert.Contains("445112000", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(1)\"", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,2,3,5", new[] { 1, 2, 3, 5 })]
    [InlineData(" 27 ", new[] { 27 })]
    public void Types_are_parsed_from_a_comma_list(string text, int[] expected)
    {
        var wanted = DecodedMessageWriter.ParseTypes(text)!;
        Assert.Equal(expected, Enumerable.Range(0, 64).Where(t => wanted[t]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("28")]
    [InlineData("1,x")]
    [InlineData("-1")]
    public void Types_outside_1_to_27_are_refused(string text) => Assert.Null(DecodedMessageWriter.ParseTypes(text));

    [Fact]
    public void A_csv_export_record_is_written_in_the_nmea_field_names_with_nulls_for_what_it_lacks()
    {
        const string export = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n"
            + "445112000,2018-03-02T10:00:00,38.91,123.82,3.5,90.0,511,SAMPLE TANKER,IMO8691702,HMYN9,80,0,80,12,5.2,80,A\n";
        var stats = new CsvReadStatistics();
        var record = Assert.Single(AisCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(export)), stats));
        using var output = new MemoryStream();
        using (var writer = new DecodedMessageWriter(output))
        {
            writer.WriteCsvRecord(record);
        }

        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n'));
        var r = doc.RootElement;
        Assert.Equal(JsonValueKind.Null, r.GetProperty("type").ValueKind);
        Assert.Equal("csv", r.GetProperty("source").GetString());
        Assert.Equal(445112000, r.GetProperty("mmsi").GetInt32());
        Assert.Equal("2018-03-02T10:00:00Z", r.GetProperty("time").GetString());
        Assert.Equal(38.91, r.GetProperty("lat").GetDouble(), 5);
        Assert.Equal("SAMPLE TANKER", r.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("destination").ValueKind);
    }
}
