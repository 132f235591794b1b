using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Ais.Messages;

namespace Picket.Ais.Tests;

/// <summary>
/// Every AIS message in gpsd's regression logs must decode to the field values in gpsd's own <c>.chk</c> expectations
/// (unscaled JSON: raw wire values), field by field. gpsd merges type 24 parts A and B into one object, so each
/// expected object is compared with the union of the messages decoded since the previous one.
/// </summary>
public sealed class GpsdConformanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("ais-nmea.log")]
    [InlineData("ais-18-27.log")]
    [InlineData("ais-raw-messages.log")]
    [InlineData("ais_unpack_sixbit.log")]
    public void Decodes_like_gpsd(string file)
    {
        string log = SharedData.Require("ais", "gpsd", file);
        string chk = SharedData.Require("ais", "gpsd", file + ".chk");
        var collect = new Collect();
        foreach (string line in File.ReadLines(log)) collect.Line(line);
        collect.Decoder.Flush();
        var ours = collect.Messages;

        var stats = new SortedDictionary<int, (int Objects, int Fields, int Agreed)>();
        var disagreements = new List<string>();
        int next = 0, expectedObjects = 0;
        foreach (string line in File.ReadLines(chk))
        {
            if (!line.StartsWith('{')) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("class").GetString() != "AIS") continue;
            expectedObjects++;
            int type = root.GetProperty("type").GetInt32();
            uint mmsi = root.GetProperty("mmsi").GetUInt32();
            // gpsd's objects follow the order of the messages, but gpsd drops some we keep (a lone type 24 part A) and its
            // daemon log repeats some objects; so the expected object is matched with the first message at or after the
            // last match (looking back a few messages for repeats) whose fields all agree.
            bool wantPartB = type == 24 && root.TryGetProperty("shiptype", out _);
            var candidates = Enumerable.Range(next, ours.Count - next).Concat(Enumerable.Range(Math.Max(0, next - 10), Math.Min(10, next)).Reverse())
                .Where(j => ours[j].Type == type && ours[j].Mmsi == mmsi && (type != 24 || IsPartB(ours[j]) == wantPartB)).ToList();
            var s = stats.GetValueOrDefault(type);
            s.Objects++;
            if (candidates.Count == 0) { disagreements.Add($"type {type} mmsi {mmsi}: not decoded"); stats[type] = s; continue; }
            List<string>? firstDiff = null;
            int chosen = -1, fieldCount = 0;
            foreach (int j in candidates)
            {
                var fields = new Dictionary<string, object?>();
                if (wantPartB)
                {
                    // gpsd merges the part A that preceded this part B into the same object.
                    int a = ours.FindLastIndex(j, m => m.Type == 24 && m.Mmsi == mmsi && !IsPartB(m));
                    if (a >= 0) GpsdFields(ours[a], fields);
                }
                GpsdFields(ours[j], fields);
                var diffs = Compare(root, fields, type, out fieldCount);
                if (diffs.Count == 0) { chosen = j; break; }
                firstDiff ??= diffs;
            }
            s.Fields += fieldCount;
            if (chosen >= 0) { s.Agreed += fieldCount; next = Math.Max(next, chosen + 1); }
            else { s.Agreed += fieldCount - firstDiff!.Count; disagreements.AddRange(firstDiff.Select(d => $"type {type} mmsi {mmsi} {d}")); }
            stats[type] = s;
        }
        var table = new StringBuilder($"{file}: agreement with gpsd's .chk per type\n type  objects  fields  agreed\n");
        foreach (var (type, s) in stats) table.AppendLine(CultureInfo.InvariantCulture, $" {type,4} {s.Objects,8} {s.Fields,7} {s.Agreed,7}");
        var st = collect.Decoder.Statistics;
        table.AppendLine(CultureInfo.InvariantCulture, $" picket: {st.Lines} lines, {st.Messages} messages, {st.RejectedLines} rejected ({string.Join(", ", Enum.GetValues<Nmea.RejectReason>().Where(r => st.Rejected(r) > 0).Select(r => $"{Nmea.DecodeStatistics.ReasonName(r)} {st.Rejected(r)}"))})");
        output.WriteLine(table.ToString());
        foreach (var d in disagreements.Take(50)) output.WriteLine(d);
        Assert.True(expectedObjects > 0);
        Assert.Empty(disagreements);
    }

    private static List<string> Compare(JsonElement expected, Dictionary<string, object?> fields, int type, out int compared)
    {
        var diffs = new List<string>();
        compared = 0;
        foreach (var prop in expected.EnumerateObject())
        {
            // A field the payload was cut before is absent in ours (null): nothing to compare.
            if (!fields.TryGetValue(prop.Name, out var mine) || mine is null) continue;
            compared++;
            string e = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : prop.Value.GetRawText();
            string a = mine switch { bool b => b ? "true" : "false", string str => str, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => mine.ToString()! };
            if (e != a && !KnownGpsdDeparture(type, prop.Name, e, a)) diffs.Add($"{prop.Name}: gpsd {e}, picket {a}");
        }
        return diffs;
    }

    private static bool IsPartB(Collect.Decoded d) => d.Type == 24 && Collect.Reader(d).UInt(38, 2) == 1;

    /// <summary>
    /// Where gpsd departs from ITU-R M.1371-5 we follow the standard: gpsd reads the type 24 vendor id as the legacy
    /// seven-character field of M.1371-3, which M.1371-5 split into a three-character id, a model and a serial number
    /// (both of which gpsd also reports); so gpsd's vendor id must begin with ours.
    /// </summary>
    private static bool KnownGpsdDeparture(int type, string field, string gpsd, string picket) =>
        type == 24 && field == "vendorid" && gpsd.StartsWith(picket, StringComparison.Ordinal);

    /// <summary>Our message's fields under gpsd's unscaled JSON names.</summary>
    private static void GpsdFields(Collect.Decoded d, Dictionary<string, object?> f)
    {
        var r = Collect.Reader(d);
        f["repeat"] = (int)r.UInt(6, 2);
        f["mmsi"] = d.Mmsi;
        switch (d.Type)
        {
            case 1 or 2 or 3:
            {
                var m = PositionReportClassA.Read(r);
                f["status"] = (int)m.Status; f["turn"] = (int)m.RateOfTurnRaw; f["speed"] = (int)m.SpeedRaw; f["accuracy"] = m.PositionAccuracy;
                f["lon"] = m.LongitudeRaw; f["lat"] = m.LatitudeRaw; f["course"] = (int)m.CourseRaw; f["heading"] = (int)m.HeadingRaw;
                f["second"] = (int)m.SecondRaw; f["maneuver"] = (int)m.ManeuverIndicator; f["raim"] = m.Raim; f["radio"] = m.RadioStatus;
                break;
            }
            case 4 or 11:
            {
                var m = BaseStationReport.Read(r);
                f["timestamp"] = $"{m.Year:D4}-{m.Month:D2}-{m.Day:D2}T{m.Hour:D2}:{m.Minute:D2}:{m.SecondRaw:D2}Z";
                f["accuracy"] = m.PositionAccuracy; f["lon"] = m.LongitudeRaw; f["lat"] = m.LatitudeRaw; f["epfd"] = (int)m.Epfd;
                f["raim"] = m.Raim; f["radio"] = m.RadioStatus;
                break;
            }
            case 5:
            {
                var m = StaticAndVoyageData.Read(r);
                f["ais_version"] = (int)m.AisVersion; f["imo"] = m.ImoRaw; f["callsign"] = m.CallSign; f["shipname"] = m.Name;
                f["shiptype"] = (int)m.ShipType; f["to_bow"] = (int)m.ToBow; f["to_stern"] = (int)m.ToStern; f["to_port"] = (int)m.ToPort;
                f["to_starboard"] = (int)m.ToStarboard; f["epfd"] = (int)m.Epfd; f["eta"] = $"{m.EtaMonth:D2}-{m.EtaDay:D2}T{m.EtaHour:D2}:{m.EtaMinute:D2}Z";
                f["draught"] = (int)m.DraughtRaw; f["destination"] = m.Destination; f["dte"] = m.Dte == true ? 1 : 0;
                break;
            }
            case 6 or 8:
            {
                var m = BinaryMessageHeader.Read(r);
                f["dac"] = (int)m.Dac; f["fid"] = (int)m.Fi;
                if (d.Type == 6) { f["seqno"] = (int)m.SequenceNumber; f["dest_mmsi"] = m.DestinationMmsi; f["retransmit"] = m.Retransmitted; }
                if (m.Dac == 200 && m.Fi == 10)
                {
                    // Inland static and voyage data: gpsd prints raw units (0.1 m, 0.01 m) and the raw loaded code.
                    var i = Messages.Application.InlandStaticAndVoyage.Read(r, m.DataOffset);
                    f["vin"] = i.Eni; f["length"] = (int)i.LengthRaw; f["beam"] = (int)i.BeamRaw; f["shiptype"] = (int)i.ShipType;
                    f["hazard"] = (int)i.Hazard; f["draught"] = (int)i.DraughtRaw; f["loaded"] = (int)i.LoadedRaw;
                    f["speed_q"] = i.SpeedQuality; f["course_q"] = i.CourseQuality; f["heading_q"] = i.HeadingQuality;
                }
                break;
            }
            case 9:
            {
                var m = SarAircraftPosition.Read(r);
                f["alt"] = (int)m.AltitudeRaw; f["speed"] = (int)m.SpeedRaw; f["accuracy"] = m.PositionAccuracy; f["lon"] = m.LongitudeRaw;
                f["lat"] = m.LatitudeRaw; f["course"] = (int)m.CourseRaw; f["second"] = (int)m.SecondRaw; f["regional"] = (int)m.Regional;
                f["dte"] = m.Dte == true ? 1 : 0; f["assigned"] = m.Assigned; f["raim"] = m.Raim; f["radio"] = m.RadioStatus;
                break;
            }
            case 18:
            {
                var m = PositionReportClassB.Read(r);
                f["reserved"] = (int)m.Reserved; f["speed"] = (int)m.SpeedRaw; f["accuracy"] = m.PositionAccuracy; f["lon"] = m.LongitudeRaw;
                f["lat"] = m.LatitudeRaw; f["course"] = (int)m.CourseRaw; f["heading"] = (int)m.HeadingRaw; f["second"] = (int)m.SecondRaw;
                f["regional"] = (int)m.Regional; f["cs"] = m.CsUnit; f["display"] = m.Display; f["dsc"] = m.Dsc; f["band"] = m.Band;
                f["msg22"] = m.Message22; f["assigned"] = m.Assigned; f["raim"] = m.Raim; f["radio"] = m.RadioStatus;
                break;
            }
            case 19:
            {
                var m = ExtendedPositionReportClassB.Read(r);
                f["reserved"] = (int)m.Reserved; f["speed"] = (int)m.SpeedRaw; f["accuracy"] = m.PositionAccuracy; f["lon"] = m.LongitudeRaw;
                f["lat"] = m.LatitudeRaw; f["course"] = (int)m.CourseRaw; f["heading"] = (int)m.HeadingRaw; f["second"] = (int)m.SecondRaw;
                f["regional"] = (int)m.Regional; f["shipname"] = m.Name; f["shiptype"] = (int)m.ShipType; f["to_bow"] = (int)m.ToBow;
                f["to_stern"] = (int)m.ToStern; f["to_port"] = (int)m.ToPort; f["to_starboard"] = (int)m.ToStarboard; f["epfd"] = (int)m.Epfd;
                f["raim"] = m.Raim; f["dte"] = m.Dte == true ? 1 : 0; f["assigned"] = m.Assigned;
                break;
            }
            case 21:
            {
                var m = AidToNavigationReport.Read(r);
                f["aid_type"] = (int)m.AidType; f["name"] = m.Name; f["accuracy"] = m.PositionAccuracy; f["lon"] = m.LongitudeRaw;
                f["lat"] = m.LatitudeRaw; f["to_bow"] = (int)m.ToBow; f["to_stern"] = (int)m.ToStern; f["to_port"] = (int)m.ToPort;
                f["to_starboard"] = (int)m.ToStarboard; f["epfd"] = (int)m.Epfd; f["second"] = (int)m.SecondRaw; f["regional"] = (int?)m.Regional;
                f["off_position"] = m.OffPosition; f["raim"] = m.Raim; f["virtual_aid"] = m.VirtualAid; f["assigned"] = m.Assigned;
                break;
            }
            case 24:
            {
                var m = StaticDataReport.Read(r);
                if (m.IsPartA) { f["shipname"] = m.Name; break; }
                f["shiptype"] = (int)m.ShipType; f["vendorid"] = m.VendorId; f["model"] = (int)m.UnitModel; f["serial"] = m.SerialNumber;
                f["callsign"] = m.CallSign;
                if (m.MothershipMmsi != 0) f["mothership_mmsi"] = m.MothershipMmsi;
                else { f["to_bow"] = (int)m.ToBow; f["to_stern"] = (int)m.ToStern; f["to_port"] = (int)m.ToPort; f["to_starboard"] = (int)m.ToStarboard; }
                break;
            }
            case 27:
            {
                var m = LongRangePosition.Read(r);
                f["accuracy"] = m.PositionAccuracy; f["raim"] = m.Raim; f["status"] = (int)m.Status; f["lon"] = m.LongitudeRaw;
                f["lat"] = m.LatitudeRaw; f["speed"] = (int)m.SpeedRaw; f["course"] = (int?)m.CourseRaw; f["gnss"] = m.GnssNotCurrent;
                break;
            }
        }
    }
}
