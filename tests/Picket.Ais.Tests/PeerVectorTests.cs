using System.Globalization;
using System.Text.Json;

namespace Picket.Ais.Tests;

/// <summary>
/// One sentence per message type and application message that the shared logs lack, built field by field from
/// ITU-R M.1371-5, IMO SN/Circ.236 and SN.1/Circ.289 and the Inland AIS standard, and decoded by gpsdecode 3.22 and
/// libais 0.17 too. The expected values are the ones the standard gives and at least one peer confirms; where a peer
/// departs (noted per case), the test follows the standard.
/// </summary>
public sealed class PeerVectorTests
{
    [Theory]
    // type 7: three acknowledgements (gpsd omits the sequence numbers; libais gives (211000001,1), …)
    [InlineData("!AIVDM,1,1,,A,75M:Ih0jCVd5<Tqc2S9>Jht,2*24", "type=7 mmsi=366123456 mmsi1=211000001 mmsiseq1=1 mmsi3=211000003 mmsiseq3=3 mmsi4=null")]
    [InlineData("!AIVDM,1,1,,A,=EM:Ih0jCVd@,0*63", "type=13 repeat=1 mmsi1=211000004 mmsiseq1=0 mmsi2=null")]
    [InlineData("!AIVDM,1,1,,A,:5M:Ih0r;9@D,0*3B", "type=10 dest_mmsi=244000005")]
    [InlineData("!AIVDM,1,1,,A,<5M:Ih8r;9@JC165DIP=C7Pi,0*67", "type=12 seqno=2 dest_mmsi=244000006 retransmit=true text=SAFETY MSG 1")]
    [InlineData("!AIVDM,1,1,,A,>>M;`h1<59B04=@UHD,2*39", "type=14 mmsi=970123456 text=SART ACTIVE")]
    // type 15 of 88 bits asks one thing (gpsd and libais print zeros for the requests not made; we print null)
    [InlineData("!AIVDM,1,1,,A,?5M:Ih0r;9@LD00,0*72", "type=15 mmsi1=244000007 type1_1=5 offset1_1=0 type1_2=null mmsi2=null")]
    [InlineData("!AIVDM,1,1,,A,?5M:Ih0r;9@LD0`H0D3`dU21@7P,2*5A", "type=15 offset1_1=10 type1_2=24 offset1_2=20 mmsi2=244000008 type2_1=5 offset2_1=30")]
    [InlineData("!AIVDM,1,1,,A,@020j<@r;9@T<RF0,0*3E", "type=16 mmsi1=244000009 offset1=200 increment1=600 mmsi2=null")]
    [InlineData("!AIVDM,1,1,,A,@020j<@r;9@T<RF3`dU2Q;;f,0*69", "type=16 mmsi2=244000010 offset2=300 increment2=750")]
    [InlineData("!AIVDM,1,1,,A,A02VqLPA716<P7h5pbhB=0,4*18", "type=17 lat=59.9 lon=29.2 data_bits=48 data=7c05e2ac1234")]
    [InlineData("!AIVDM,1,1,,A,D03OviR8IN>46@Vfp<PBGLBhq6D,2*6E", "type=20 offset1=2182 number1=5 timeout1=7 increment1=225 offset4=300 number4=3 timeout4=4 increment4=1125")]
    [InlineData("!AIVDM,1,1,,A,F030ot22N2P6gfQgE=M73Iv20000,0*59", "type=22 channel_a=2087 channel_b=2088 addressed=false ne_lon=-68.5 ne_lat=47.5 sw_lon=-69.5 sw_lat=46.5 zone_size=4")]
    [InlineData("!AIVDM,1,1,,A,F030ot22N2PIlFBQH3`dU30I0000,0*74", "type=22 txrx=1 low_power=true addressed=true dest_mmsi1=244000011 dest_mmsi2=244000012 band_a=true")]
    [InlineData("!AIVDM,1,1,,A,G02:Kn01MhtFP1hQnG600000I00,2*56", "type=23 ne_lon=2.5 ne_lat=51.5 sw_lon=1.5 sw_lat=50.5 station_type=6 txrx=1 interval=9 quiet=0")]
    [InlineData("!AIVDM,1,1,,A,I5M:Ih<r;9@l0@:g=4P,4*1C", "type=25 addressed=true structured=true dest_mmsi=244000013 dac=1 fi=0 data=abcd12")]
    [InlineData("!AIVDM,1,1,,A,I5M:Ih3NcKsgE@,4*4C", "type=25 addressed=false structured=false data_bits=40 data=deadbeef55")]
    // type 26: the radio state is the last 20 bits (libais: sync state 1, received stations 7; gpsd 3.22 prints radio 0)
    [InlineData("!AIVDM,1,1,,A,J5M:Ih4rjP4SAFN9;01h,4*32", "type=26 dac=235 fi=10 data=0123456789 radio_scheme=sotdma sync_state=1 slot_timeout=3 received_stations=7")]
    // DAC 1 FI 31 (gpsd raw values agree; libais scales pressure and wave height wrongly)
    [InlineData("!AIVDM,1,1,,A,802R5Ph0GhEbE1aN05s7Q0j7A?seGhndW:?l65cwe7wvlO3AF@:4e90o=N00,0*43",
        "type=8 dac=1 fi=31 lat=57.6 lon=11.83 day=15 hour=12 minute=30 wind_speed=8 wind_gust_direction=275 air_temp=-3.5 dew_point=-6.1 pressure=1013 visibility=5.7 water_level=1.5 current_speed=1.2 current_speed2=null wave_height=1.3 swell_height=2 water_temp=5.5 salinity=35 ice=0")]
    // DAC 1 FI 11 (gpsd raw values agree; libais reads the gust direction from the wrong bits)
    [InlineData("!AIVDM,1,1,,A,802R5Ph0BkBt00EbE3n?21T>RJ=Ja5eE>CW1QJwwwwwwwhlET2Q;B@VkGP0,2*3E",
        "type=8 dac=1 fi=11 lat=57.6 lon=11.83 wind_gust_direction=275 air_temp=-3.5 dew_point=-6.1 pressure=1013 water_level=1.5 current_direction2=null wave_height=1.3 water_temp=5.5")]
    // DAC 200 FI 10: the Inland AIS standard's loaded/unloaded code 1 is "loaded" (gpsd 3.22 labels it "Unloaded")
    [InlineData("!AIVDM,1,1,,A,839FEj0j2d<dtuuMMj9PqgbR7ll0,0*7F", "type=8 dac=200 fi=10 eni=02337557 length=110 beam=11.5 ership_type=8020 hazard=2 draught=2.5 loaded_raw=1 loaded=true speed_quality=true course_quality=false")]
    // DAC 200 FI 24: levels are signed centimetres (gpsd: 350 and -25; libais 0.17 prints garbage)
    [InlineData("!AIVDM,1,1,,A,8020o0Pj611@jPchIgvL00000000,0*1A", "type=8 dac=200 fi=24 country=DE gauge_id1=101 level1=3.5 gauge_id2=102 level2=-0.25 gauge_id3=null")]
    // DAC 1 FI 22: gpsd 3.22 leaves it as data; libais agrees on the sub-areas (its Python binding misreports the duration)
    [InlineData("!AIVDM,1,1,,A,85Mwqgh0EP51duCh0?0Mu561;Qw43r000cAqhd0800000000,3*4D", "type=8 dac=1 fi=22 linkage_id=5 notice_type=3 month=6 day=15 hour=10 minute=30 duration=120 subareas=circle 41.25 -71.5 radius=2500;text ZONE A")]
    public void Decodes_every_field_as_the_standard_and_the_peers_do(string sentence, string expected)
    {
        using var doc = JsonDocument.Parse(DecoderFaultTests.Json(sentence));
        var root = doc.RootElement;
        // "key=value" pairs; a value runs to the next " field=" (a known field name), so text values may hold spaces.
        string names = string.Join('|', Output.AisFields.All.Select(f => f.Name));
        var pairs = System.Text.RegularExpressions.Regex.Matches(expected, $@"(?<=^|\s)({names})=(.*?)(?=\s(?:{names})=|$)");
        Assert.NotEmpty(pairs);
        foreach (System.Text.RegularExpressions.Match m in pairs)
        {
            string key = m.Groups[1].Value, want = m.Groups[2].Value;
            Assert.True(root.TryGetProperty(key, out var got), $"{key} missing in {root}");
            string actual = got.ValueKind switch
            {
                JsonValueKind.Null => "null",
                JsonValueKind.String => got.GetString()!,
                JsonValueKind.Number => got.GetDouble().ToString(CultureInfo.InvariantCulture),
                _ => got.GetRawText(),
            };
            Assert.True(want == actual, $"{key}: expected {want}, got {actual}");
        }
    }
}
