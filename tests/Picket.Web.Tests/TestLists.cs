namespace Picket.Web.Tests;

/// <summary>
/// A small sanctions list the tests write in OFAC's legacy CSV layout (sdn.csv + alt.csv): two vessels with IMO
/// numbers (one a near-namesake of the other), a person with an alias, and a company. The entries are real OFAC
/// designations retyped by hand, so the known answers are the ones a screening client expects.
/// </summary>
internal static class TestLists
{
    public const string ChongChonGangImo = "7937317";

    public static string Write(string directory)
    {
        string dir = Path.Combine(directory, "ofac");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "sdn.csv"), """
            17069,"CHONG CHON GANG","vessel","DPRK",-0- ,"HMZF",-0- ,-0- ,-0- ,"Korea, North",-0- ,"Vessel Registration Identification IMO 7937317."
            17070,"CHON MA SAN","vessel","DPRK",-0- ,"HMYD",-0- ,-0- ,-0- ,"Korea, North",-0- ,"Vessel Registration Identification IMO 8660313."
            20157,"KIM, Jong Un","individual","DPRK3","Chairman of the Workers' Party of Korea",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 08 Jan 1984."
            15000,"KOREA KWANGSON BANKING CORP.","entity","DPRK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"SWIFT/BIC KKBCKPPY."

            """.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(dir, "alt.csv"), """
            20157,30001,"aka","KIM, Jong-un",-0-

            """.Replace("\n", "\r\n", StringComparison.Ordinal));
        return directory;
    }
}
