using System.Collections.Frozen;

namespace Picket.Screening.Names;

/// <summary>
/// Sino-Korean readings of the Han characters most used in Korean surnames and given names, so that 金正恩
/// reads 김정은 (Kim Jong Un) rather than its Mandarin pinyin "jin zheng en". A hand-made table of common
/// name characters, not a dictionary: characters outside it fall back to pinyin (see <see cref="NameNormalizer"/>).
/// Readings are the South/North standard Hangul readings; initial-sound-law variants (이/리, 임/림, 류/유)
/// are bridged later by <see cref="RomanisationKey"/>. Simplified forms that Chinese-language sources use for
/// the same names are included.
/// </summary>
public static class HanjaReadings
{
    // Pairs of (Han character, Hangul reading); DPRK orthography keeps the initial ㄹ (리, 림, 류, 량, 로, 렴, 려).
    const string Table =
        // surnames
        "金김李리朴박崔최鄭정丁정姜강趙조赵조尹윤張장张장林림韓한韩한吳오吴오申신徐서權권权권黃황黄황安안宋송柳류刘류劉류" +
        "洪홍全전高고文문孫손孙손梁량白백許허许허南남沈심盧로卢로河하郭곽成성車차车차朱주禹우具구辛신任임羅라罗라" +
        "田전閔민闵민兪유俞유陳진陈진池지嚴엄严엄元원千천方방孔공玄현咸함卞변廉렴楊양杨양邊변边변呂려吕려秋추魯로鲁로" +
        "都도蘇소苏소愼신慎신石석宣선薛설馬마马마吉길周주延연房방表표明명奇기潘반王왕琴금玉옥陸륙陆륙印인孟맹諸제" +
        "卓탁秦진太태魚어鱼어龍룡龙룡片편承승曺조曹조裵배裴배康강奉봉桂계夫부智지陰음史사皮피甘감董동范범" +
        // given-name syllables
        "正정日일恩은哲철男남浩호鎬호英영永영榮영荣영勇용光광國국国국民민秀수洙수賢현贤현鉉현铉현植식錫석锡석碩석俊준" +
        "峻준雄웅虎호學학学학淑숙順순顺순子자姬희姫희熙희喜희希희宇우宰재在재載재载재鐵철铁철春춘昌창彰창聖성圣성" +
        "星성誠성诚성弘홍均균奎규圭규東동东동同동道도德덕世세相상尙상尚상祥상善선先선仙선達달达달斗두萬만万만武무" +
        "炳병秉병福복鳳봉凤봉泰태天천忠충海해鶴학鹤학漢한汉한憲헌宪헌赫혁革혁亨형炯형華화华화煥환焕환輝휘辉휘興흥" +
        "兴흥基기起기勳훈勋훈薰훈訓훈训훈源원允윤潤윤润윤義의义의益익仁인一일長장长장貞정贞정廷정鍾종钟종鐘종宗종" +
        "種종种종中중重중仲중之지志지鎭진镇진鎮진珍진眞진真진淸청清청靑청青청平평恒항炫현好호和화孝효與여与여" +
        "根근秋추雪설蓮련莲련美미敏민旻민泳영寧녕宁녕鉉현萬만元원煥환吉길彬빈斌빈哲철喆철洛락樂락乐락蘭란兰란" +
        "容용鏞용镛용雲운云운原원院원遠원远원月월偉위伟위有유裕유佑우友우雨우旭욱郁욱運운运운元원源원浚준濬준" +
        "俊준駿준骏준仲중振진辰진鎭진進진进진哲철澈철徹철彻철春춘忠충致치泰태宅택澤택泽택判판八팔平평" +
        "弼필必필夏하河하賀하學학漢한翰한恒항杭항海해亥해幸행享향香향憲헌玄현鉉현賢현炫현顯현显현協협协협" +
        "惠혜慧혜浩호鎬호昊호皓호虎호洪홍弘홍紅홍红홍華화和화花화煥환桓환活활黃황晃황會회会회孝효曉효晓효勳훈" +
        "輝휘熙휘休휴欽흠钦흠興흥姬희珠주墉용" +
        // words common in DPRK entity names
        "朝조鮮선鲜선銀은银은行행貿무贸무易역會회社사公공司사船선舶박海해運운运운商상總총总총局국部부委위員원员원" +
        "軍군军군事사工공業업业업";

    static readonly FrozenDictionary<char, char> Readings = Build();

    /// <summary>Every (Han, Hangul) pair of the table.</summary>
    internal static IReadOnlyDictionary<char, char> All => Readings;

    /// <summary>True and the Hangul reading when <paramref name="han"/> is in the table.</summary>
    public static bool TryGetReading(char han, out char hangul) => Readings.TryGetValue(han, out hangul);

    static FrozenDictionary<char, char> Build()
    {
        var d = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Table.Length; i += 2)
        {
            // First reading wins: the table lists the name reading before any word reading.
            d.TryAdd(Table[i], Table[i + 1]);
        }

        return d.ToFrozenDictionary();
    }
}
