# Included by make-name-pairs.py (shares rng, add, KO, OTHER, variant, case_like): people and companies.

# ---------------------------------------------------------------- romanisation_korean (UN/OFAC DPRK people)
KOREAN_PEOPLE = ['KIM Yong Chol', 'O Kuk Ryol', 'JANG Yong Son', 'RYU Jin', 'KIM Kwang Chun', 'KIL Jong Hun', 'JANG Song Chol',
    'KIM Sok Chol', 'YU Kwang Ho', 'KANG Ryong', 'HWANG Su Man', 'RI Chong Chol', 'KIM Kwang Hyok', 'RI Man Gon', 'RI Yong Mu',
    'HWANG Pyong So', 'PAK Yong Sik', 'PAK Chun Il', 'RI Won Ho', 'JO Yong Chol', 'O Chong Ok', 'CHOE Chang Pong', 'RI Song Chol',
    'KIM Kyong Ok', 'KIM Ki Nam', 'RI Jae Il', 'KANG Song Nam', 'KIM Jong Un', 'CHO Chun Ryong', 'MIN Byong Chol', 'KIM Il Nam',
    'KIM Won Hong', 'KIM Yo Jong', 'KIM Yong Su', 'KIM Mun Chol', 'CHOE Chun Yong', 'KIM Tong Ho', 'RI Song Hyok', 'PANG Su Nam',
    'RI Chun Song', 'KO Chol Man', 'PAK Bong Nam', 'KIM Hyok Chol', 'MUN Kyong Hwan', 'HO Yong Il', 'PAK Chol Nam', 'JI Sang Jun',
    'CHOE Ryong Hae', 'RI Pyong Chol', 'RI Myong Hun', 'PAK Tong Sok', 'CHOE Song Nam', 'PAEK Jong Sam', 'JONG Kyong Thaek',
    'HYON Yong Chol', 'PAK Pong Ju', 'RI Myong Su', 'JANG Song Thaek', 'KIM Kyok Sik', 'KIM Il Sung', 'RI Su Yong', 'PAK To Chun']
def korean_format(parts):
    f = rng.randrange(4)
    sur, given = parts[0], parts[1:]
    if f == 0:
        return f"{sur.upper()}, {' '.join(given)}"
    if f == 1:
        return f"{sur} {given[0]}-{''.join(given[1:]).lower()}" if len(given) > 1 else f"{sur} {given[0]}"
    if f == 2:
        return ' '.join(given + [sur]) if len(given) == 1 else f"{given[0]}-{''.join(given[1:]).lower()} {sur.upper()}"
    return ' '.join(parts).upper()
for name in KOREAN_PEOPLE:
    parts = name.split()
    for _ in range(2):
        var = [case_like(p, variant(p.lower())) for p in parts]
        if [v.lower() for v in var] == [p.lower() for p in parts]:
            j = [i for i, p in enumerate(parts) if p.lower() in KO]
            if j:
                var[j[-1]] = case_like(parts[j[-1]], variant(parts[j[-1]].lower(), True))
        add(korean_format(var), name.upper(), 'Person', True, 'romanisation_korean')
    # hard negative: one given-name syllable is another syllable (a different person)
    i = rng.randrange(1, len(parts))
    other = [s for s in OTHER if s != parts[i].lower() and s not in KO.get(parts[i].lower(), [])]
    neg = parts[:i] + [rng.choice(other).capitalize()] + parts[i + 1:]
    add(korean_format([case_like(p, variant(p.lower())) for p in neg]), name.upper(), 'Person', False, 'romanisation_korean')

# ---------------------------------------------------------------- romanisation_chinese (Pinyin, Wade-Giles, Cantonese)
CHINESE = [
    ('XI Jinping', ['SHI Jinping', 'SI Jinping', 'HSI Chin-ping', 'Xi Jin Ping']),
    ('ZHANG Wei', ['CHANG Wei', 'CHEUNG Wei', 'JANG Wei']),
    ('ZHOU Enlai', ['CHOU En-lai', 'CHOW Enlai']),
    ('MAO Zedong', ['MAO Tse-tung', 'MAO Tse Tung']),
    ('DENG Xiaoping', ['TENG Hsiao-ping', 'DENG Hsiao Ping']),
    ('JIANG Zemin', ['CHIANG Tse-min', 'JIANG Tse Min']),
    ('LIU Xiaobo', ['LIU Hsiao-po', 'LAU Xiaobo']),
    ('CHEN Shui-bian', ['CH\'EN Shui-pien', 'CHAN Shui Bian']),
    ('XU Zhiyong', ['HSU Chih-yung', 'HSU Zhiyong']),
    ('ZHAO Ziyang', ['CHAO Tzu-yang', 'CHIU Ziyang']),
    ('GUO Wengui', ['KUO Wen-kuei', 'KWOK Wengui']),
    ('CAI Yingwen', ['TSAI Ing-wen', 'TSAI Yingwen']),
    ('ZHENG Chenggong', ['CHENG Cheng-kung', 'CHENG Chenggong']),
    ('XIE Feng', ['HSIEH Feng', 'TSE Feng']),
    ('LIANG Qichao', ['LIANG Ch\'i-ch\'ao', 'LEUNG Qichao']),
    ('YANG Shangkun', ['YANG Shang-k\'un', 'YEUNG Shangkun']),
    ('WU Bangguo', ['WU Pang-kuo', 'NG Bangguo']),
    ('HE Guoqiang', ['HO Kuo-ch\'iang', 'HO Guoqiang']),
    ('CHI Yupeng', ['CH\'IH Yu-p\'eng', 'CHI Yu Peng']),
    ('SUN Sidong', ['SUN Ssu-tung', 'SUN Si Dong']),
    ('TIAN Yinyin', ['T\'IEN Yin-yin', 'TIAN Yin Yin']),
    ('LI Jiadong', ['LI Chia-tung', 'LEE Jiadong', 'LI Jia Dong']),
    ('HUANG Wanggen', ['HUANG Wang-ken', 'WONG Wanggen']),
    ('QIAN Qichen', ['CH\'IEN Ch\'i-ch\'en', 'CHIEN Chi-chen']),
    ('ZHU Rongji', ['CHU Jung-chi', 'CHU Rongji']),
    ('HU Jintao', ['HU Chin-t\'ao', 'WU Jintao'] [:1]),
    ('WEN Jiabao', ['WEN Chia-pao', 'MAN Jiabao'][:1]),
    ('SUN Zhengcai', ['SUN Cheng-ts\'ai', 'SUEN Zhengcai']),
    ('ZHAO Leji', ['CHAO Le-chi', 'CHIU Leji']),
    ('WANG Yi', ['WANG I', 'WONG Yi']),
]
CHINESE_NEG = [('XI Jinping', 'XI Jinpeng'), ('ZHANG Wei', 'ZHANG Wen'), ('LI Peng', 'LI Ping'), ('WANG Yi', 'WANG Yu'),
    ('CHEN Wei', 'CHENG Wei'), ('HU Jintao', 'HU Jinhua'), ('LIU Xiaobo', 'LIU Xiaoming'), ('ZHOU Enlai', 'ZHOU Yongkang'),
    ('WANG Li', 'HUANG Li'), ('DENG Xiaoping', 'DENG Xiaohua'), ('JIANG Zemin', 'JIANG Zeming'), ('SUN Sidong', 'SUN Dongsheng'),
    ('CHI Yupeng', 'CHI Yuping'), ('TIAN Yinyin', 'TIAN Yan'), ('LI Jiadong', 'LI Jianguo'), ('GUO Wengui', 'GUO Wenjun'),
    ('ZHAO Ziyang', 'ZHAO Leji'), ('XU Zhiyong', 'XU Zhiqiang'), ('YANG Shangkun', 'YANG Jiechi'), ('WU Bangguo', 'WU Banggui'),
    ('ZHENG Chenggong', 'ZHENG Chengdong'), ('CAI Yingwen', 'CAI Qi'), ('HE Guoqiang', 'HE Lifeng'), ('ZHU Rongji', 'ZHU Ronghua'),
    ('QIAN Qichen', 'QIN Gang'), ('SHI Jinping', 'SHI Jinfeng'), ('CHANG Wei', 'CHANG Wen'), ('CHAN Wai', 'CHAN Kai')]
for a, vs in CHINESE:
    for v in vs:
        add(v, a, 'Person', True, 'romanisation_chinese')
for a, b in CHINESE_NEG:
    add(b, a, 'Person', False, 'romanisation_chinese')

# ---------------------------------------------------------------- romanisation_russian (transliteration systems)
RUSSIAN = [
    ('Yuriy GAGARIN', ['Yuri GAGARIN', 'Jurij GAGARIN', 'Iouri GAGARINE']),
    ('Dmitriy MEDVEDEV', ['Dmitry MEDVEDEV', 'Dmitri MEDVEDEV', 'Dmitrij MEDWEDEW']),
    ('Mikhail KHODORKOVSKIY', ['Mikhail KHODORKOVSKY', 'Michail CHODORKOWSKI', 'Mikhail KHODORKOVSKII']),
    ('Sergey LAVROV', ['Sergei LAVROV', 'Serguei LAVROV', 'Sergej LAWROW']),
    ('Aleksey NAVALNYY', ['Alexei NAVALNY', 'Aleksei NAVALNIY', 'Alexey NAVALNY']),
    ('Yevgeniy PRIGOZHIN', ['Evgeny PRIGOZHIN', 'Yevgeny PRIGOZHIN', 'Evgenii PRIGOZHIN']),
    ('Viktor VEKSELBERG', ['Victor VEKSELBERG', 'Viktor WEKSELBERG']),
    ('Arkadiy ROTENBERG', ['Arkady ROTENBERG', 'Arkadi ROTENBERG', 'Arkadij ROTENBERG']),
    ('Gennadiy TIMCHENKO', ['Gennady TIMCHENKO', 'Guennadi TIMTCHENKO', 'Gennadij TIMTSCHENKO']),
    ('Igor SECHIN', ['Igor SETCHINE', 'Igor SETSCHIN']),
    ('Roman ABRAMOVICH', ['Roman ABRAMOWITSCH', 'Roman ABRAMOVITCH']),
    ('Alisher USMANOV', ['Alisher OUSMANOV', 'Alischer USMANOW']),
    ('Nikolay PATRUSHEV', ['Nikolai PATRUSHEV', 'Nikolaj PATRUSCHEW', 'Nikolai PATROUCHEV']),
    ('Yuriy KOVALCHUK', ['Yuri KOVALCHUK', 'Juri KOWALTSCHUK', 'Iouri KOVALTCHOUK']),
    ('Andrey KOSTIN', ['Andrei KOSTIN', 'Andrej KOSTIN']),
    ('Vladimir PUTIN', ['Владимир Путин', 'Wladimir PUTIN', 'Vladimir POUTINE']),
    ('Sergey SHOYGU', ['Sergei SHOIGU', 'Sergej SCHOIGU']),
    ('Mariya ZAKHAROVA', ['Maria ZAKHAROVA', 'Marija SACHAROWA']),
    ('Pyotr AVEN', ['Petr AVEN', 'Piotr AVEN']),
    ('Konstantin MALOFEYEV', ['Konstantin MALOFEEV', 'Konstantin MALOFEJEW']),
    ('Yekaterina MIZULINA', ['Ekaterina MIZULINA', 'Jekaterina MISULINA']),
    ('Aleksandr BORTNIKOV', ['Alexander BORTNIKOV', 'Aleksander BORTNIKOV', 'Александр Бортников']),
    ('Vasiliy KOLCHANOV', ['Vasili KOLCHANOV', 'Vassili KOLTCHANOV', 'Wassili KOLTSCHANOW']),
    ('Mikhail PISKLIN', ['Michail PISKLIN', 'Mikhail PISKLINE']),
    ('Andrey SERBIN', ['Andrei SERBIN', 'Андрей Сербин']),
    ('Vladlen AMTCHENTSEV', ['Vladlen AMCHENTSEV', 'Vladlen AMTSCHENZEW']),
    ('Irina HUISH', ['Irina KHUISH', 'Ирина Хьюиш'][:1]),
    ('Oleg DERIPASKA', ['Олег Дерипаска', 'Oleg DJERIPASKA']),
    ('Yelena TIMCHENKO', ['Elena TIMCHENKO', 'Jelena TIMTSCHENKO']),
    ('Fyodor BOGATYREV', ['Fedor BOGATYREV', 'Fiodor BOGATYREV']),
]
RUSSIAN_NEG = [('Sergey IVANOV', 'Sergey IVASHOV'), ('Dmitriy MEDVEDEV', 'Dmitriy MEDVEDCHUK'), ('Aleksandr PETROV', 'Aleksey PETROV'),
    ('Yuriy KOVALCHUK', 'Yuriy KOVALENKO'), ('Arkadiy ROTENBERG', 'Boris ROTENBERG'), ('Igor SECHIN', 'Igor SHUVALOV'),
    ('Nikolay PATRUSHEV', 'Dmitriy PATRUSHEV'), ('Viktor VEKSELBERG', 'Viktor MEDVEDCHUK'), ('Sergey LAVROV', 'Sergey LAVRENOV'),
    ('Mikhail FRIDMAN', 'Mikhail FRADKOV'), ('Andrey KOSTIN', 'Andrey KOZITSYN'), ('Oleg DERIPASKA', 'Oleg DEMCHENKO'),
    ('Gennadiy TIMCHENKO', 'Gennadiy TIMOSHENKO'), ('Roman ABRAMOVICH', 'Roman ABRAMOV'), ('Alisher USMANOV', 'Alisher UMAROV'),
    ('Vladimir PUTIN', 'Vladimir PUTILIN'), ('Yevgeniy PRIGOZHIN', 'Yevgeniy PRIMAKOV'), ('Mariya ZAKHAROVA', 'Mariya ZAKHARCHENKO'),
    ('Pyotr AVEN', 'Pyotr AVDEEV'), ('Sergey SHOYGU', 'Sergey SHOKHIN'), ('Yekaterina MIZULINA', 'Yelena MIZULINA'),
    ('Konstantin MALOFEYEV', 'Konstantin MAKAROV'), ('Vasiliy KOLCHANOV', 'Vasiliy KOLOKOLTSEV'), ('Aleksandr BORTNIKOV', 'Aleksandr BASTRYKIN'),
    ('Владимир Путин', 'Владимир Пугин'), ('Andrey SERBIN', 'Andrey SEREBRYAKOV'), ('Fyodor BOGATYREV', 'Fyodor BONDAREV'),
    ('Mikhail PISKLIN', 'Mikhail PISKUNOV'), ('Irina HUISH', 'Irina KHAIT'), ('Yelena TIMCHENKO', 'Yelena TISHCHENKO')]
for a, vs in RUSSIAN:
    for v in vs:
        add(v, a, 'Person', True, 'romanisation_russian')
for a, b in RUSSIAN_NEG:
    add(b, a, 'Person', False, 'romanisation_russian')

# ---------------------------------------------------------------- legal_form: the same company, its form spelt out or abbreviated
COMPANIES = ['KOREA KUMRYONG TRADING', 'CHONGCHONGANG SHIPPING', 'OCEAN MARITIME MANAGEMENT', 'VELMUR MANAGEMENT',
    'DALIAN GLOBAL UNITY SHIPPING', 'DANDONG TIANFU TRADE', 'PROMSYRIOIMPORT', 'SOVFRACHT', 'TRANSATLANTIC PARTNERS',
    'MARITIME ALLIANCE', 'NORDIC TANKERS TRADING', 'BALTIC STAR SHIPPING', 'SEVMORNEFTEGAZ', 'VOLGA SHIPPING',
    'NOVA PETROL', 'ATLANTIC BRIDGE HOLDING', 'GREEN PINE ASSOCIATED', 'KORYO CREDIT DEVELOPMENT', 'HANSEATIC BUNKER',
    'ROSNEFTEGAZ', 'SOVCOMFLOT', 'TUAPSE BULK TERMINAL', 'MERIDIAN FREIGHT', 'ZHICHENG METALLIC MATERIAL']
SYNONYMS = [  # (form as one list writes it, as another writes it, position 'pre'/'post' per form)
    ('AG', 'Aktiengesellschaft'), ('GmbH', 'Gesellschaft mit beschränkter Haftung'), ('OAO', 'Open Joint Stock Company'),
    ('OJSC', 'Otkrytoe Aktsionernoe Obshchestvo'), ('OOO', 'Limited Liability Company'), ('LLC', 'OOO'), ('LLC', 'ООО'),
    ('ZAO', 'Closed Joint Stock Company'), ('CJSC', 'ZAO'), ('JSC', 'Joint Stock Company'), ('AO', 'JSC'), ('PAO', 'PJSC'),
    ('PJSC', 'Public Joint Stock Company'), ('Co., Ltd.', 'Company Limited'), ('Co Ltd', 'Co., Limited'), ('Ltd', 'Limited'),
    ('Pte Ltd', 'Private Limited'), ('Pte. Ltd.', 'Pte Ltd'), ('SA', 'Société Anonyme'), ('S.A.', 'Sociedad Anónima'),
    ('Inc', 'Incorporated'), ('Corp', 'Corporation'), ('BV', 'Besloten Vennootschap'), ('KK', 'Kabushiki Kaisha'),
    ('SpA', 'Società per Azioni'), ('Srl', 'Società a responsabilità limitata'), ('LLC', 'Limited Liability Company'),
    ('OOO', 'Obshchestvo s Ogranichennoy Otvetstvennostyu'), ('TOV', 'LLC'), ('Sdn Bhd', 'Sendirian Berhad'), ('PLC', 'Public Limited Company'),
    ('OAO', 'OJSC'), ('AB', 'Aktiebolag'), ('Oy', 'Osakeyhtiö'), ('AS', 'Aksjeselskap'), ('NV', 'Naamloze Vennootschap')]
PRE = {'OAO', 'OOO', 'ZAO', 'AO', 'PAO', 'OJSC', 'ООО', 'TOV', 'Otkrytoe Aktsionernoe Obshchestvo', 'Obshchestvo s Ogranichennoy Otvetstvennostyu'}
def with_form(name, form):
    if form in PRE and rng.random() < 0.7:
        return f'{form} {name}' if rng.random() < 0.5 else f'{form} "{name}"'
    return f'{name} {form}' if rng.random() < 0.7 else f'{name}, {form}'
for a, b in SYNONYMS:
    name = rng.choice(COMPANIES).title() if rng.random() < 0.5 else rng.choice(COMPANIES)
    add(with_form(name, a), with_form(name, b), 'Company', True, 'legal_form')
for name in rng.sample(COMPANIES, 12):
    add(name, with_form(name, rng.choice(['LLC', 'Co., Ltd.', 'JSC', 'GmbH', 'Limited', 'OOO'])), 'Company', True, 'legal_form')
CONFLICTS = [('GmbH', 'AG'), ('OOO', 'ZAO'), ('OOO', 'OAO'), ('LLC', 'JSC'), ('LLC', 'OJSC'), ('BV', 'NV'), ('SARL', 'SA'),
    ('Srl', 'SpA'), ('CJSC', 'OJSC'), ('ZAO', 'PAO'), ('Limited Liability Company', 'Joint Stock Company'),
    ('Gesellschaft mit beschränkter Haftung', 'Aktiengesellschaft'), ('Closed Joint Stock Company', 'Open Joint Stock Company'),
    ('ООО', 'АО'), ('GmbH', 'KG'), ('GmbH & Co. KG', 'AG'), ('Oy', 'Oyj'), ('Ltd', 'LLP'), ('Inc', 'LP'), ('LLC', 'LP')]
for a, b in CONFLICTS:
    for name in rng.sample(COMPANIES, 2):
        add(with_form(name, a), with_form(name, b), 'Company', False, 'legal_form')

# ---------------------------------------------------------------- country_qualifier
QUAL = [('NORDEA BANK', 'AB', 'Sweden', 'Finland'), ('DANSKE BANK', 'A/S', 'Denmark', 'Norway'), ('ING BANK', 'N.V.', 'Netherlands', 'Belgium'),
    ('MAERSK LINE', 'Ltd', 'Singapore', 'Malaysia'), ('COSCO SHIPPING', 'Co., Ltd.', 'Hong Kong', 'Singapore'),
    ('VITOL', 'SA', 'Switzerland', 'Bahamas'), ('TRAFIGURA', 'Pte Ltd', 'Singapore', 'India'), ('GUNVOR', 'SA', 'Geneva', 'Dubai'),
    ('OCEAN TANKERS', 'Ltd', 'Panama', 'Liberia'), ('GLOBAL UNITY SHIPPING', 'Co Ltd', 'China', 'Korea'),
    ('SOVCOMFLOT', 'PJSC', 'Russia', 'Cyprus'), ('HANA BANK', 'Ltd', 'Korea', 'China'), ('STANDARD CHARTERED', 'PLC', 'United Kingdom', 'Hong Kong'),
    ('CITIBANK', 'N.A.', 'United States', 'Canada'), ('SIEMENS', 'AG', 'Germany', 'Austria'), ('ERICSSON', 'AB', 'Sweden', 'Norway'),
    ('NOKIA', 'Oy', 'Finland', 'Estonia'), ('GAZPROM', 'GmbH', 'Germany', 'Switzerland'), ('LUKOIL', 'Ltd', 'United Arab Emirates', 'Turkey'),
    ('PETRONAS', 'Sdn Bhd', 'Malaysia', 'Indonesia'), ('HYUNDAI MERCHANT MARINE', 'Co Ltd', 'Korea', 'Japan'),
    ('WILHELMSEN SHIPS SERVICE', 'AS', 'Norway', 'Sweden'), ('SEA STAR TRADING', 'LLC', 'Russia', 'Ukraine'),
    ('ORIENT SHIPPING', 'Ltd', 'Hong Kong', 'Taiwan'), ('MARINE BUNKER', 'FZE', 'United Arab Emirates', 'Oman')]
ALT = {'United Kingdom': 'UK', 'United States': 'USA', 'Hong Kong': 'HK', 'United Arab Emirates': 'UAE', 'Korea': 'South Korea', 'Russia': 'Russian Federation'}
def qualified(name, form, country, style):
    return [f'{name} ({country}) {form}', f'{name} {form} ({country})', f'{name} {country} {form}', f'{name} ({country})'][style]
for name, form, c1, c2 in QUAL:
    s1, s2 = rng.randrange(4), rng.randrange(4)
    add(qualified(name, form, c1, s1), qualified(name, form, ALT.get(c1, c1), s2), 'Company', True, 'country_qualifier')
    add(qualified(name, form, c1, s1), f'{name} {form}', 'Company', True, 'country_qualifier')
    add(qualified(name, form, c1, s1), qualified(name, form, c2, s2), 'Company', False, 'country_qualifier')
    add(qualified(name, form, ALT.get(c2, c2), s2), qualified(name, form, c1, rng.randrange(4)), 'Company', False, 'country_qualifier')

# ---------------------------------------------------------------- initials
INIT = [('John SMITH', 'J. SMITH', 'P. SMITH'), ('Vladimir PUTIN', 'V. PUTIN', 'A. PUTIN'), ('KIM Jong Un', 'KIM J. U.', 'KIM J. I.'),
    ('Vladimir Vladimirovich PUTIN', 'PUTIN, V.V.', 'PUTIN, A.V.'), ('Robert MUGABE', 'R. MUGABE', 'G. MUGABE'),
    ('Mohammad Javad ZARIF', 'M. J. ZARIF', 'M. H. ZARIF'), ('Alexander LUKASHENKO', 'A. LUKASHENKO', 'V. LUKASHENKO'),
    ('Igor Ivanovich SECHIN', 'I. I. SECHIN', 'O. I. SECHIN'), ('Gennadiy Nikolayevich TIMCHENKO', 'G.N. TIMCHENKO', 'E.N. TIMCHENKO'),
    ('Leonard LAI', 'L. LAI', 'D. LAI'), ('Mavungal HUSSAIN', 'M. HUSSAIN', 'S. HUSSAIN'), ('Huseyin SAHIN', 'H. SAHIN', 'M. SAHIN'),
    ('Erhan CULHA', 'E. CULHA', 'A. CULHA'), ('Wee Beng TAN', 'W. B. TAN', 'W. K. TAN'), ('Mikhail PISKLIN', 'M. PISKLIN', 'N. PISKLIN'),
    ('Andrey SERBIN', 'A. SERBIN', 'S. SERBIN'), ('Vasili Aleksandrovich KOLCHANOV', 'V. A. KOLCHANOV', 'V. S. KOLCHANOV'),
    ('Irina Igorevna HUISH', 'I.I. HUISH', 'E.I. HUISH'), ('Oleg DERIPASKA', 'O. DERIPASKA', 'A. DERIPASKA'),
    ('Viktor Feliksovich VEKSELBERG', 'V. F. VEKSELBERG', 'A. F. VEKSELBERG'), ('Arkady ROTENBERG', 'A. ROTENBERG', 'B. ROTENBERG'),
    ('Roman Arkadyevich ABRAMOVICH', 'R. A. ABRAMOVICH', 'R. M. ABRAMOVICH'), ('Alisher USMANOV', 'A. USMANOV', 'R. USMANOV'),
    ('Tan Wee BENG', 'T. W. BENG', 'K. W. BENG'), ('Mei Hsiang CHEN', 'M. H. CHEN', 'M. L. CHEN'), ('Yinyin TIAN', 'Y. TIAN', 'X. TIAN'),
    ('Nicolas MADURO', 'N. MADURO', 'C. MADURO'), ('Delcy RODRIGUEZ', 'D. RODRIGUEZ', 'J. RODRIGUEZ'), ('Hassan NASRALLAH', 'H. NASRALLAH', 'M. NASRALLAH'),
    ('Qasem SOLEIMANI', 'Q. SOLEIMANI', 'M. SOLEIMANI')]
for full, pos, neg in INIT:
    add(pos, full, 'Person', True, 'initials')
    add(neg, full, 'Person', False, 'initials')

# ---------------------------------------------------------------- number_words: number words and ordinals vs digits
NUMW = [('FORTY-FOUR TRADING LLC', '44 TRADING LLC', '45 TRADING LLC'), ('FIRST OCEAN SHIPPING', '1ST OCEAN SHIPPING', '2ND OCEAN SHIPPING'),
    ('SECOND ECONOMIC COMMITTEE', '2ND ECONOMIC COMMITTEE', '3RD ECONOMIC COMMITTEE'), ('ROOM THIRTY-NINE', 'ROOM 39', 'ROOM 38'),
    ('OFFICE THIRTY-NINE', 'OFFICE 39', 'OFFICE 35'), ('BUREAU ONE HUNDRED TWENTY-ONE', 'BUREAU 121', 'BUREAU 112'),
    ('TWENTY-FIRST CENTURY SHIPPING', '21ST CENTURY SHIPPING', '22ND CENTURY SHIPPING'), ('THIRD GENERAL BUREAU', '3RD GENERAL BUREAU', '5TH GENERAL BUREAU'),
    ('SEVENTH FLEET LOGISTICS', '7TH FLEET LOGISTICS', '8TH FLEET LOGISTICS'), ('FIVE STAR NAVIGATION', '5 STAR NAVIGATION', '7 STAR NAVIGATION'),
    ('EIGHTEENTH DIVISION', '18TH DIVISION', '19TH DIVISION'), ('ONE HUNDRED AND ONE TRADING', '101 TRADING', '110 TRADING'),
    ('TWELFTH MARITIME BUREAU', '12TH MARITIME BUREAU', '20TH MARITIME BUREAU'), ('SIXTY-SIX MARINE', '66 MARINE', '69 MARINE'),
    ('FOURTH FLEET', '4TH FLEET', '6TH FLEET'), ('NINTH BATTALION', '9TH BATTALION', '10TH BATTALION'),
    ('THIRTY-THREE HOLDINGS', '33 HOLDINGS', '23 HOLDINGS'), ('FIRST NATIONAL BANK', '1ST NATIONAL BANK', 'SECOND NATIONAL BANK'),
    ('ELEVENTH HOUR SHIPPING', '11TH HOUR SHIPPING', '12TH HOUR SHIPPING'), ('TWO RIVERS TRADING', '2 RIVERS TRADING', '3 RIVERS TRADING'),
    ('SEVEN SEAS TANKERS', '7 SEAS TANKERS', '5 SEAS TANKERS'), ('TWENTY-FOURTH ENGINEERING BUREAU', '24TH ENGINEERING BUREAU', '42ND ENGINEERING BUREAU'),
    ('FIFTEENTH JULY COMPANY', '15TH JULY COMPANY', '16TH JULY COMPANY'), ('THREE STARS COMPANY', '3 STARS COMPANY', '4 STARS COMPANY'),
    ('NINETY-NINE SHIPPING', '99 SHIPPING', '98 SHIPPING')]
for words, digits, neg in NUMW:
    add(words, digits, 'Company', True, 'number_words')
    add(neg, words, 'Company', False, 'number_words')
    add(neg.replace('TH ', ' ').replace('ND ', ' ').replace('RD ', ' ').replace('ST ', ' ') if rng.random() < 0.3 else neg, digits, 'Company', False, 'number_words')

# ---------------------------------------------------------------- lookalike: digits for letters and letters for digits
LOOK = [('OCEAN GLORY', '0CEAN GLORY'), ('GLOBAL UNITY', 'GL0BAL UNITY'), ('SILVER STAR', '5ILVER STAR'), ('IRON LADY', '1RON LADY'),
    ('KORYO BANK', 'K0RY0 BANK'), ('BLUE OCEAN', 'BLUE 0CEAN'), ('SEA STAR 10', 'SEA STAR 1O'), ('STAR 18', 'STAR I8'),
    ('ORIENTAL TREASURE', '0RIENTAL TREASURE'), ('PETROV Oleg', 'PETR0V Oleg'), ('IVANOV Boris', '1VANOV Boris'),
    ('GOLD STAR 3', 'G0LD STAR 3'), ('BOSCO GILAN', 'B0SC0 GILAN'), ('LUCKY STAR', 'LUCKY 5TAR'), ('SOLAR BRIGHT', 'S0LAR BRIGHT'),
    ('HOERYONG SHIPPING', 'H0ERY0NG SHIPPING'), ('MIRIM SHIPPING', 'M1RIM SHIPPING'), ('EVER BRIGHT 88', 'EVER BRIGHT B8'),
    ('BOLIVAR', 'B0LIVAR'), ('NOOR 1', 'N00R 1'), ('ILSIM BANK', '1LSIM BANK'), ('OSMAN ALI', '0SMAN ALI'),
    ('LIBERTY OIL', 'L1BERTY OIL'), ('SINOPA', 'S1NOPA'), ('OLGA SOKOLOVA', '0LGA S0K0L0VA'), ('YU SONG 12', 'YU S0NG 12'),
    ('TABAN 1', 'TABAN I'), ('DOLPHIN 11', 'D0LPHIN 11'), ('BRILLIANT', 'BR1LLIANT'), ('ATLANTIC 5', 'ATLANTIC S')]
LOOK_NEG = [('OCEAN GLORY', '0CEAN STORY'), ('GLOBAL UNITY', 'GL0BAL UNION'), ('SILVER STAR', '5ILVER STONE'), ('SEA STAR 10', 'SEA STAR 1O0'),
    ('STAR 18', 'STAR 1B8'), ('KORYO BANK', 'K0RY0 TRUST'), ('PETROV Oleg', 'PETR0V Igor'), ('GOLD STAR 3', 'G0LD STAR 8'),
    ('NOOR 1', 'N00R 7'), ('TABAN 1', 'TABAN II'), ('IVANOV Boris', '1VANOV Denis'), ('BOLIVAR', 'B0LIVIA'), ('EVER BRIGHT 88', 'EVER BRIGHT 8'),
    ('LUCKY STAR', 'LUCKY 5TAG'), ('DOLPHIN 11', 'D0LPHIN 17'), ('OSMAN ALI', '0SMAN ALAWI'), ('MIRIM SHIPPING', 'M1RAM SHIPPING'),
    ('ORIENTAL TREASURE', '0CCIDENTAL TREASURE'), ('YU SONG 12', 'YU S0NG 13'), ('ATLANTIC 5', 'ATLANTIC 8'), ('BLUE OCEAN', 'BLUE 0RCHID'),
    ('SOLAR BRIGHT', 'P0LAR BRIGHT'), ('SINOPA', 'S1NOPE'), ('LIBERTY OIL', 'L1BERTY GAS'), ('IRON LADY', '1RON LORD')]
for a, b in LOOK:
    add(b, a, 'Vessel' if any(ch.isdigit() for ch in a) or 'STAR' in a else 'Company', True, 'lookalike')
for a, b in LOOK_NEG:
    add(b, a, 'Vessel' if any(ch.isdigit() for ch in a) or 'STAR' in a else 'Company', False, 'lookalike')

# ---------------------------------------------------------------- run_together: given name and surname written as one
RUN = [('KIM JONG UN', 'KIMJONGUN'), ('KIM JONG UN', 'KIM JONGUN'), ('MOHAMMED ALI', 'MOHAMMEDALI'), ('ABDUL RAHMAN', 'ABDULRAHMAN'),
    ('VLADIMIR PUTIN', 'VLADIMIRPUTIN'), ('JOHN SMITH', 'JOHNSMITH'), ('OCEAN MARITIME MANAGEMENT', 'OCEANMARITIME MANAGEMENT'),
    ('GOLDEN STAR', 'GOLDENSTAR'), ('RI MYONG SU', 'RIMYONG SU'), ('PAK PONG JU', 'PAK PONGJU'), ('ABU BAKR', 'ABUBAKR'),
    ('ABDUL AZIZ', 'ABDULAZIZ'), ('CHOE RYONG HAE', 'CHOE RYONGHAE'), ('KIM YO JONG', 'KIMYOJONG'), ('SEA STAR', 'SEASTAR'),
    ('JANG SONG THAEK', 'JANGSONG THAEK'), ('ABD AL RAHMAN', 'ABDALRAHMAN'), ('NASR ALLAH', 'NASRALLAH'), ('BIN LADEN', 'BINLADEN'),
    ('ISLAMIC REVOLUTIONARY GUARD CORPS', 'ISLAMICREVOLUTIONARY GUARD CORPS'), ('GREEN PINE', 'GREENPINE'), ('DAE SONG', 'DAESONG'),
    ('HYON YONG CHOL', 'HYONYONGCHOL'), ('JOSE LUIS', 'JOSELUIS'), ('KUM GANG', 'KUMGANG'), ('MARIA JOSE GARCIA', 'MARIAJOSE GARCIA'),
    ('XI JINPING', 'XIJINPING'), ('LI JIADONG', 'LIJIADONG'), ('SAINT NICOLAS', 'SAINTNICOLAS'), ('OMAR HASSAN', 'OMARHASSAN')]
RUN_NEG = [('KIM JONG UN', 'KIMJONGIL'), ('ABDUL RAHMAN', 'ABDULRAHIM'), ('MOHAMMED ALI', 'MOHAMMEDALAWI'), ('JOHN SMITH', 'JOHNSTON'),
    ('GOLDEN STAR', 'GOLDENSTONE'), ('PAK PONG JU', 'PAK PONGNAM'), ('KIM YO JONG', 'KIMYONGJU'), ('RI MYONG SU', 'RIMYONGHO'),
    ('CHOE RYONG HAE', 'CHOERYONGSU'), ('SEA STAR', 'SEASTORM'), ('ABU BAKR', 'ABUBAKAR ALI'), ('VLADIMIR PUTIN', 'VLADIMIRPUTILIN'),
    ('GREEN PINE', 'GREENPOINT'), ('KUM GANG', 'KUMSONG'), ('DAE SONG', 'DAEBONG'), ('XI JINPING', 'XIJINFENG'), ('OMAR HASSAN', 'OMARHUSSEIN'),
    ('BIN LADEN', 'BINLADIN MOHAMMED'), ('JOSE LUIS', 'JOSELITO'), ('HYON YONG CHOL', 'HYONYONGCHUN'), ('LI JIADONG', 'LIJIANGUO'),
    ('NASR ALLAH', 'NASRALDIN'), ('SAINT NICOLAS', 'SAINTNAZAIRE'), ('ABDUL AZIZ', 'ABDULAZIM'), ('MARIA JOSE GARCIA', 'MARIAJOSE GARZON')]
for a, b in RUN:
    add(b, a, 'Person', True, 'run_together')
for a, b in RUN_NEG:
    add(b, a, 'Person', False, 'run_together')

# ---------------------------------------------------------------- typo: one letter wrong in a surname
TYPO = [('Vladimir PUTIN', 'Vladimir PUTNI'), ('Saddam HUSSEIN', 'Saddam HUSEIN'), ('Osama BIN LADEN', 'Osama BIN LADIN'),
    ('Hassan NASRALLAH', 'Hassan NASRALAH'), ('Robert MUGABE', 'Robert MUGABI'), ('Nicolas MADURO', 'Nicolas MADRUO'),
    ('Oleg DERIPASKA', 'Oleg DERIPASAK'), ('Alisher USMANOV', 'Alisher USMANOW'), ('Igor SECHIN', 'Igor SECHIM'),
    ('Arkady ROTENBERG', 'Arkady ROTTENBERG'), ('Qasem SOLEIMANI', 'Qasem SOLEMANI'), ('Bashar AL-ASSAD', 'Bashar AL-ASAD'),
    ('Ramzan KADYROV', 'Ramzan KADIROV'), ('Alexander LUKASHENKO', 'Alexander LUKASHENKA'), ('Delcy RODRIGUEZ', 'Delcy RODRIGEZ'),
    ('Viktor VEKSELBERG', 'Viktor VEKSELBREG'), ('Mikhail PISKLIN', 'Mikhail PISKIN'), ('Huseyin SAHIN', 'Huseyin SAHINN'),
    ('Erhan CULHA', 'Erhan CHULHA'), ('Mavungal HUSSAIN', 'Mavungal HUSAIN'), ('Leonard LAI', 'Leonard LIA'), ('Andrey SERBIN', 'Andrey SERBINE'),
    ('Vasili KOLCHANOV', 'Vasili KOLCHANIV'), ('Irina HUISH', 'Irina HUSH'), ('Vladlen AMTCHENTSEV', 'Vladlen AMTCHENSEV'),
    ('Tan Wee BENG', 'Tan Wee BENH'), ('Yinyin TIAN', 'Yinyin TAIN'), ('Mei Hsiang CHEN', 'Mei Hsiang CHNE'), ('Sidong SUN', 'Sidong SUNN'),
    ('Kyong Thaek JONG', 'Kyong Thaek JOMG')]
TYPO_NEG = [('Vladimir PUTIN', 'Vladimir PUSHKIN'), ('Saddam HUSSEIN', 'Saddam HASSAN'), ('Robert MUGABE', 'Robert MUGAMBI'),
    ('Nicolas MADURO', 'Nicolas MADERO'), ('Igor SECHIN', 'Igor SOROKIN'), ('Ramzan KADYROV', 'Ramzan KARIMOV'), ('Delcy RODRIGUEZ', 'Delcy RAMIREZ'),
    ('Mikhail PISKLIN', 'Mikhail PASKIN'), ('Andrey SERBIN', 'Andrey SERGIN'), ('Irina HUISH', 'Irina HAMISH'), ('Tan Wee BENG', 'Tan Wee BOON'),
    ('Oleg DERIPASKA', 'Oleg DEREVYANKO'), ('Qasem SOLEIMANI', 'Qasem SULTANI'), ('Bashar AL-ASSAD', 'Bashar AL-ZOUBI'),
    ('Alexander LUKASHENKO', 'Alexander LUKIN'), ('Viktor VEKSELBERG', 'Viktor WEISSBERG'), ('Arkady ROTENBERG', 'Arkady ROSENBERG'),
    ('Alisher USMANOV', 'Alisher UMAROV'), ('Erhan CULHA', 'Erhan CELIK'), ('Hassan NASRALLAH', 'Hassan NASSER'),
    ('Mavungal HUSSAIN', 'Mavungal HASHIM'), ('Sidong SUN', 'Sidong SONG'), ('Yinyin TIAN', 'Yinyin TANG'), ('Vasili KOLCHANOV', 'Vasili KOLESNIKOV'),
    ('Vladlen AMTCHENTSEV', 'Vladlen ARTEMYEV'), ('Leonard LAI', 'Leonard LEE'), ('Huseyin SAHIN', 'Huseyin SAMAN'), ('Mei Hsiang CHEN', 'Mei Hsiang CHOU')]
for a, b in TYPO:
    add(b, a, 'Person', True, 'typo')
for a, b in TYPO_NEG:
    add(b, a, 'Person', False, 'typo')

# ---------------------------------------------------------------- cjk_script: compared in Hangul/Han first
CJK_POS = [('김정은', 'KIM JONG UN'), ('金正恩', 'KIM JONG UN'), ('金正恩', '김정은'), ('习近平', 'XI JINPING'), ('김영철', 'KIM YONG CHOL'),
    ('최룡해', 'CHOE RYONG HAE'), ('최룡해', '최용해'), ('리수용', '이수용'), ('리명수', 'RI MYONG SU'), ('김여정', 'KIM YO JONG'),
    ('장성택', 'JANG SONG THAEK'), ('박봉주', 'PAK PONG JU'), ('현영철', 'HYON YONG CHOL'), ('김정은', '김 정은'), ('김정은', '김정 은'),
    ('金與正', '김여정'), ('崔龍海', '최룡해'), ('李洙墉', '리수용'), ('張成澤', '장성택'), ('朴奉珠', '박봉주'), ('金英哲', '김영철'),
    ('周恩来', 'ZHOU ENLAI'), ('邓小平', 'DENG XIAOPING'), ('江泽民', 'JIANG ZEMIN'), ('김일성', 'KIM IL SUNG'), ('金日成', '김일성'),
    ('조선광선은행', 'CHOSON KWANGSON UNHAENG'), ('오극렬', 'O KUK RYOL'), ('리병철', 'RI PYONG CHOL'), ('김수길', 'KIM SU KIL'),
    ('Владимир Путин', 'PUTIN Vladimir'), ('조연준', 'CHO YON CHUN'), ('리만건', 'RI MAN GON'), ('김기남', 'KIM KI NAM')]
CJK_NEG = [('김정은', '김정일'), ('김영철', '김영춘'), ('金正恩', '金正日'), ('최룡해', '최룡수'), ('리명수', '리명호'), ('김여정', '김여중'),
    ('장성택', '장성철'), ('박봉주', '박봉남'), ('현영철', '현영수'), ('习近平', '习近坪'), ('김일성', '김일선'), ('金日成', '金日星'),
    ('리수용', '리수영'), ('김기남', '김기만'), ('김수길', '김수일'), ('조연준', '조연주'), ('리만건', '리만근'), ('오극렬', '오극철'),
    ('리병철', '리명철'), ('김정은', '김정운'), ('周恩来', '周恩泰'), ('邓小平', '邓小明'), ('江泽民', '江泽明'), ('김영철', '김용철'),
    ('金英哲', '金英男'), ('崔龍海', '崔龍洙'), ('김정은', '박정은'), ('리수용', '리수영'), ('최룡해', '채룡해'), ('김여정', '김여진'),
    ('Владимир Путин', 'Владимир Пугин'), ('장성택', '정성택')]
for a, b in CJK_POS:
    add(a, b, 'Person', True, 'cjk_script')
for a, b in CJK_NEG:
    add(b, a, 'Person', False, 'cjk_script')
