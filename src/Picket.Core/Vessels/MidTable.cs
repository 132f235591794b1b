using System.Collections.Frozen;

namespace Picket.Core.Vessels;

/// <summary>
/// Maritime Identification Digits → flag state, after the ITU "Table of Maritime Identification Digits"
/// (ITU Radio Regulations Appendix 43 and the ITU MARS MID list). Written from that list; territories carry the ISO
/// code of the territory where ISO has one (e.g. 477 Hong Kong HK, 236 Gibraltar GI), as the ITU list names them.
/// A MID absent here is not assigned to any country, which is itself evidence (flag <c>MidNotCountry</c>).
/// </summary>
public static class MidTable
{
    // "MID[,MID…]|ISO|Name". Ranges written out so the table reads like the ITU list.
    private static readonly string[] Rows =
    [
        "201|AL|Albania", "202|AD|Andorra", "203|AT|Austria", "204|PT|Portugal (Azores)", "205|BE|Belgium",
        "206|BY|Belarus", "207|BG|Bulgaria", "208|VA|Vatican City", "209,210,212|CY|Cyprus", "211,218|DE|Germany",
        "213|GE|Georgia", "214|MD|Moldova", "215,229,248,249,256|MT|Malta", "216|AM|Armenia", "219,220|DK|Denmark",
        "224,225|ES|Spain", "226,227,228|FR|France", "230|FI|Finland", "231|FO|Faroe Islands",
        "232,233,234,235|GB|United Kingdom", "236|GI|Gibraltar", "237,239,240,241|GR|Greece", "238|HR|Croatia",
        "242|MA|Morocco", "243|HU|Hungary", "244,245,246|NL|Netherlands", "247|IT|Italy", "250|IE|Ireland",
        "251|IS|Iceland", "252|LI|Liechtenstein", "253|LU|Luxembourg", "254|MC|Monaco", "255|PT|Portugal (Madeira)",
        "257,258,259|NO|Norway", "261|PL|Poland", "262|ME|Montenegro", "263|PT|Portugal", "264|RO|Romania",
        "265,266|SE|Sweden", "267|SK|Slovakia", "268|SM|San Marino", "269|CH|Switzerland", "270|CZ|Czech Republic",
        "271|TR|Turkey", "272|UA|Ukraine", "273|RU|Russian Federation", "274|MK|North Macedonia", "275|LV|Latvia",
        "276|EE|Estonia", "277|LT|Lithuania", "278|SI|Slovenia", "279|RS|Serbia",
        "301|AI|Anguilla", "303|US|United States (Alaska)", "304,305|AG|Antigua and Barbuda",
        "306|CW|Curaçao, Sint Maarten, Caribbean Netherlands", "307|AW|Aruba", "308,309,311|BS|Bahamas",
        "310|BM|Bermuda", "312|BZ|Belize", "314|BB|Barbados", "316|CA|Canada", "319|KY|Cayman Islands",
        "321|CR|Costa Rica", "323|CU|Cuba", "325|DM|Dominica", "327|DO|Dominican Republic", "329|GP|Guadeloupe",
        "330|GD|Grenada", "331|GL|Greenland", "332|GT|Guatemala", "334|HN|Honduras", "336|HT|Haiti",
        "338,366,367,368,369|US|United States", "339|JM|Jamaica", "341|KN|Saint Kitts and Nevis",
        "343|LC|Saint Lucia", "345|MX|Mexico", "347|MQ|Martinique", "348|MS|Montserrat", "350|NI|Nicaragua",
        "351,352,353,354,355,356,357,370,371,372,373,374|PA|Panama", "358|PR|Puerto Rico", "359|SV|El Salvador",
        "361|PM|Saint Pierre and Miquelon", "362|TT|Trinidad and Tobago", "364|TC|Turks and Caicos Islands",
        "375,376,377|VC|Saint Vincent and the Grenadines", "378|VG|British Virgin Islands",
        "379|VI|United States Virgin Islands",
        "401|AF|Afghanistan", "403|SA|Saudi Arabia", "405|BD|Bangladesh", "408|BH|Bahrain", "410|BT|Bhutan",
        "412,413,414|CN|China", "416|TW|Taiwan", "417|LK|Sri Lanka", "419|IN|India", "422|IR|Iran",
        "423|AZ|Azerbaijan", "425|IQ|Iraq", "428|IL|Israel", "431,432|JP|Japan", "434|TM|Turkmenistan",
        "436|KZ|Kazakhstan", "437|UZ|Uzbekistan", "438|JO|Jordan", "440,441|KR|Republic of Korea",
        "443|PS|Palestine", "445|KP|Democratic People's Republic of Korea", "447|KW|Kuwait", "450|LB|Lebanon",
        "451|KG|Kyrgyzstan", "453|MO|Macao", "455|MV|Maldives", "457|MN|Mongolia", "459|NP|Nepal", "461|OM|Oman",
        "463|PK|Pakistan", "466|QA|Qatar", "468|SY|Syria", "470,471|AE|United Arab Emirates", "472|TJ|Tajikistan",
        "473,475|YE|Yemen", "477|HK|Hong Kong", "478|BA|Bosnia and Herzegovina",
        "501|TF|French Southern Territories (Adélie Land)", "503|AU|Australia", "506|MM|Myanmar", "508|BN|Brunei",
        "510|FM|Micronesia", "511|PW|Palau", "512|NZ|New Zealand", "514,515|KH|Cambodia", "516|CX|Christmas Island",
        "518|CK|Cook Islands", "520|FJ|Fiji", "523|CC|Cocos (Keeling) Islands", "525|ID|Indonesia",
        "529|KI|Kiribati", "531|LA|Laos", "533|MY|Malaysia", "536|MP|Northern Mariana Islands",
        "538|MH|Marshall Islands", "540|NC|New Caledonia", "542|NU|Niue", "544|NR|Nauru", "546|PF|French Polynesia",
        "548|PH|Philippines", "550|TL|Timor-Leste", "553|PG|Papua New Guinea", "555|PN|Pitcairn Islands",
        "557|SB|Solomon Islands", "559|AS|American Samoa", "561|WS|Samoa", "563,564,565,566|SG|Singapore",
        "567|TH|Thailand", "570|TO|Tonga", "572|TV|Tuvalu", "574|VN|Viet Nam", "576,577|VU|Vanuatu",
        "578|WF|Wallis and Futuna",
        "601|ZA|South Africa", "603|AO|Angola", "605|DZ|Algeria",
        "607|TF|French Southern Territories (Saint Paul and Amsterdam)", "608|SH|Ascension Island", "609|BI|Burundi",
        "610|BJ|Benin", "611|BW|Botswana", "612|CF|Central African Republic", "613|CM|Cameroon", "615|CG|Congo",
        "616,620|KM|Comoros", "617|CV|Cabo Verde", "618|TF|French Southern Territories (Crozet)",
        "619|CI|Côte d'Ivoire", "621|DJ|Djibouti", "622|EG|Egypt", "624|ET|Ethiopia", "625|ER|Eritrea",
        "626|GA|Gabon", "627|GH|Ghana", "629|GM|Gambia", "630|GW|Guinea-Bissau", "631|GQ|Equatorial Guinea",
        "632|GN|Guinea", "633|BF|Burkina Faso", "634|KE|Kenya", "635|TF|French Southern Territories (Kerguelen)",
        "636,637|LR|Liberia", "638|SS|South Sudan", "642|LY|Libya", "644|LS|Lesotho", "645|MU|Mauritius",
        "647|MG|Madagascar", "649|ML|Mali", "650|MZ|Mozambique", "654|MR|Mauritania", "655|MW|Malawi",
        "656|NE|Niger", "657|NG|Nigeria", "659|NA|Namibia", "660|RE|Réunion", "661|RW|Rwanda", "662|SD|Sudan",
        "663|SN|Senegal", "664|SC|Seychelles", "665|SH|Saint Helena", "666|SO|Somalia", "667|SL|Sierra Leone",
        "668|ST|Sao Tome and Principe", "669|SZ|Eswatini", "670|TD|Chad", "671|TG|Togo", "672|TN|Tunisia",
        "674,677|TZ|Tanzania", "675|UG|Uganda", "676|CD|Democratic Republic of the Congo", "678|ZM|Zambia",
        "679|ZW|Zimbabwe",
        "701|AR|Argentina", "710|BR|Brazil", "720|BO|Bolivia", "725|CL|Chile", "730|CO|Colombia", "735|EC|Ecuador",
        "740|FK|Falkland Islands", "745|GF|French Guiana", "750|GY|Guyana", "755|PY|Paraguay", "760|PE|Peru",
        "765|SR|Suriname", "770|UY|Uruguay", "775|VE|Venezuela",
    ];

    /// <summary>
    /// Countries with no sea coast (UN list of landlocked developing countries plus the European landlocked states;
    /// Caspian-only states counted as landlocked because the Caspian has no ocean access). A sea-going tanker under
    /// such a flag is a registry of convenience at best.
    /// </summary>
    private static readonly FrozenSet<string> LandlockedCodes = FrozenSet.ToFrozenSet(
    [
        "AF", "AD", "AM", "AT", "AZ", "BY", "BT", "BO", "BW", "BF", "BI", "CF", "TD", "CZ", "SZ", "ET", "HU", "KZ",
        "KG", "LA", "LS", "LI", "LU", "MW", "ML", "MD", "MN", "NP", "NE", "MK", "PY", "RW", "SM", "RS", "SK", "SS",
        "CH", "TJ", "TM", "UG", "UZ", "VA", "ZM", "ZW",
    ], StringComparer.Ordinal);

    private static readonly FlagState?[] ByMid = Build();

    /// <summary>The flag state for a MID (200–799), or null when ITU has not assigned it.</summary>
    public static FlagState? Lookup(int mid) => mid is >= 200 and <= 799 ? ByMid[mid] : null;

    /// <summary>Whether <paramref name="isoCode"/> (ISO 3166-1 alpha-2) names a state without a sea coast.</summary>
    public static bool IsLandlocked(string isoCode) => LandlockedCodes.Contains(isoCode);

    /// <summary>All assigned MIDs, for tests and documentation.</summary>
    public static IEnumerable<(int Mid, FlagState Flag)> All()
    {
        for (var mid = 200; mid < ByMid.Length; mid++)
        {
            if (ByMid[mid] is { } flag)
                yield return (mid, flag);
        }
    }

    private static FlagState?[] Build()
    {
        var table = new FlagState?[800];
        foreach (var row in Rows)
        {
            var parts = row.Split('|');
            var flag = new FlagState(parts[1], parts[2], LandlockedCodes.Contains(parts[1]));
            foreach (var mid in parts[0].Split(','))
            {
                var m = int.Parse(mid, System.Globalization.CultureInfo.InvariantCulture);
                if (table[m] is not null)
                    throw new InvalidOperationException($"MID {m} listed twice.");
                table[m] = flag;
            }
        }
        return table;
    }
}
