#!/usr/bin/env python3
"""Writes name-pairs.csv: labelled name pairs for `picket match --pairs` and NamePairsTests.

Pairs are written from hand-made tables below (romanisation systems, legal forms, number words, ship-name
conventions) and from names on the UN and OFAC lists. Every class has positives (the same person, company or
ship written another way) and hard negatives (a different one that looks alike). Deterministic (fixed seed).
Run from this folder: python3 make-name-pairs.py > name-pairs.csv
"""
import csv, random, sys

rng = random.Random(13)
rows = []

def add(a, b, schema, expected, cls):
    rows.append((a, b, schema, 'true' if expected else 'false', cls))

# ---------------------------------------------------------------- Korean syllables
# McCune-Reischauer / DPRK spelling -> other spellings of the same syllable (Revised Romanization, common usage).
KO = {
    'kim': ['gim'], 'jong': ['jeong', 'chong', 'jung'], 'un': ['eun'], 'yong': ['yeong', 'young'],
    'chol': ['cheol', 'chul'], 'pak': ['park', 'bak'], 'ri': ['lee', 'yi', 'rhee'], 'kwang': ['gwang'],
    'hyok': ['hyeok'], 'song': ['seong', 'sung'], 'choe': ['choi'], 'ryong': ['ryeong', 'lyong'],
    'kang': ['gang'], 'myong': ['myeong'], 'pyong': ['pyeong', 'byeong'], 'thaek': ['taek'], 'kyong': ['gyeong', 'kyeong'],
    'sok': ['seok'], 'tong': ['dong'], 'chon': ['cheon', 'jon'], 'pong': ['bong'], 'bong': ['pong'], 'gang': ['kang'],
    'kum': ['geum', 'gum'], 'hung': ['heung'], 'sin': ['shin'], 'paek': ['baek'], 'thae': ['tae'], 'do': ['to'],
    'jin': ['chin'], 'ja': ['cha'], 'rim': ['lim'], 'ra': ['la'], 'ryu': ['yu'], 'o': ['oh'], 'jo': ['cho'],
    'hui': ['hee'], 'so': ['seo'], 'kil': ['gil'], 'kyu': ['gyu'], 'pu': ['bu'], 'tok': ['deok'], 'mun': ['moon'],
    'yo': ['yeo'], 'chang': ['jang'], 'ku': ['gu'], 'ko': ['go'], 'ji': ['chi'], 'pae': ['bae'], 'hyon': ['hyeon'],
    'kyok': ['gyeok'], 'kuk': ['guk'], 'ryol': ['ryeol'], 'sik': ['shik'], 'chun': ['jun'], 'phyong': ['pyeong', 'pyong'],
    'gun': ['kun'], 'ryul': ['ryeol'], 'ryo': ['ryeo', 'yeo'], 'hwang': ['hwang'], 'gyong': ['gyeong', 'kyong'],
    'gum': ['geum', 'kum'], 'rye': ['ye'], 'kyo': ['gyo'], 'tae': ['thae', 'dae'], 'dae': ['tae'], 'baek': ['paek'],
}
# Syllables that are other syllables, not spellings of the same one (for hard negatives).
OTHER = ['nam', 'su', 'ho', 'il', 'man', 'sam', 'chun', 'min', 'hae', 'ok', 'jun', 'hwan', 'sik', 'won', 'gon', 'mu',
         'bok', 'hak', 'chan', 'ung', 'hun', 'sop', 'jae', 'san', 'ma', 'rang', 'hwa', 'dan', 'bin', 'gap']

def variant(syl, force=False):
    vs = KO.get(syl.lower())
    if not vs or (not force and rng.random() < 0.35):
        return syl
    return rng.choice(vs)

def case_like(src, text):
    return text.upper() if src.isupper() else text.capitalize()

# ---------------------------------------------------------------- vessel names from the OFAC list (DPRK and others)
KOREAN_VESSELS = ['CHON MA SAN', 'CHON MYONG 1', 'CHONG BONG', 'CHONG CHON GANG', 'CHONG RIM 2', 'DOK CHON', 'GOO RYONG',
    'HAP JANG GANG 6', 'HOE RYONG', 'HWA SONG', 'HWANG GUM SAN 2', 'HYOK SIN 2', 'JANG GYONG', 'JI SONG 6', 'JI SONG 8',
    'JON JIN 2', 'KANG SONG 1', 'KU BONG RYONG', 'KUM GANG 3', 'KUM SONG 3', 'KUM SONG 5', 'KUM SONG 7', 'KUM UN SAN',
    'KUM UN SAN 3', 'MI RIM', 'MI RIM 2', 'MU DU BONG', 'NAM SAN 8', 'PAEK MA', 'PHO THAE', 'PI RUY GANG', 'PO CHON',
    'PO THONG GANG', 'PU HUNG 1', 'RA NAM 2', 'RA NAM 3', 'RAK RANG', 'RAK WON 2', 'RUNG RA 1', 'RUNG RA 2', 'RUNG RA DO',
    'RYE SONG GANG 1', 'RYO MYONG', 'RYONG GANG 2', 'RYONG GUN BONG', 'SAM JONG 1', 'SAM JONG 2', 'SAM MA 2', 'SO BAEK SAN',
    'SONG WON', 'TAE DONG GANG', 'THAE PYONG SAN', 'TONG HUNG 1', 'TONG HUNG 5', 'UL JI BONG 6', 'UN RYUL', 'WON SAN 2',
    'YANG GAK DO', 'YU JONG 2', 'YU PHYONG 5', 'YU SON', 'YU SONG 12', 'YU SONG 7', 'ZA RYOK 2', 'BAEK MA KANG', 'AN SAN 1',
    'AM NOK GANG', 'O UN CHONG NYON HO', 'JANG JA SAN CHONG NYON HO', 'DAI HONG DAN', 'XIN GUANG HAI', 'HUA FU', 'JIN TENG']
OTHER_VESSELS = ['ASIA BRIDGE 1', 'SEA STAR III', 'STAR 18', 'GOLD STAR 3', 'LUCKY STAR', 'ORIENTAL TREASURE', 'NEW REGENT',
    'DIAMOND II', 'DREAM II', 'HERO II', 'MARIA III', 'ARGO I', 'EVER BRIGHT 88', 'GENAVA 11', 'TABAN 1', 'VICTORY 2',
    'SOUTH HILL 5', 'HAO FAN 6', 'DONG FENG 6', 'JH 86', 'NOOR 1', 'SHAYAN 1', 'ABTIN 1', 'TOUR 2', 'HORMUZ 2',
    'BONU 5', 'MARGARITA 1', 'AMAPOLA 1', 'ADRIAN DARYA 1', 'WOORY STAR', 'NYMEX STAR', 'ORION STAR', 'BLUE DREAM', 'SAND SWAN',
    'SEA CLIFF', 'CALM BRIDGE', 'FLYING DRAGON', 'GREEN LIGHT', 'TRIPLE SUCCESS', 'EVER GLORY', 'SHANG YUAN BAO', 'YUK TUNG']

def syllables(name):
    return [t for t in name.split() if not t.isdigit()]

def number_of(name):
    t = name.split()[-1]
    return t if t.isdigit() else None

# vessel_spacing: Korean and Chinese ship names are written syllable by syllable or as one word.
for name in KOREAN_VESSELS:
    syl, num = syllables(name), number_of(name)
    if len(syl) < 2:
        continue
    tail = [num] if num else []
    joined = ''.join(syl)
    add(' '.join([joined] + tail), name, 'Vessel', True, 'vessel_spacing')
    if len(syl) >= 3:
        add(' '.join([''.join(syl[:2])] + syl[2:] + tail), name, 'Vessel', True, 'vessel_spacing')
    if any(x.lower() in KO for x in syl):
        add(' '.join([''.join(case_like(x, variant(x.lower(), True)) for x in syl).upper()] + tail), name, 'Vessel', True, 'vessel_spacing')
    if len(syl) == 2 and rng.random() < 0.5:
        add('-'.join(syl) + (' ' + num if num else ''), ' '.join([joined] + tail), 'Vessel', True, 'vessel_spacing')
    # hard negative: one syllable is another syllable
    i = rng.randrange(len(syl))
    other = [s.upper() for s in OTHER if s.upper() not in syl and s not in KO.get(syl[i].lower(), [])]
    changed = syl[:i] + [rng.choice(other)] + syl[i + 1:]
    add(' '.join([''.join(changed)] + tail), name, 'Vessel', False, 'vessel_spacing')

# vessel_number: number markers (NO., NO, #, Nº) and Roman numerals.
ROMAN = {1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V', 6: 'VI', 7: 'VII', 8: 'VIII', 9: 'IX', 10: 'X', 11: 'XI', 12: 'XII', 18: 'XVIII'}
def num_forms(n):
    forms = [f'NO.{n}', f'NO. {n}', f'NO {n}', f'#{n}', f'N°{n}', f'No.{n}']
    if int(n) in ROMAN:
        forms.append(ROMAN[int(n)])
    return forms
numbered = [v for v in KOREAN_VESSELS + OTHER_VESSELS if number_of(v)]
for name in numbered:
    base, n = ' '.join(name.split()[:-1]), number_of(name)
    for form in rng.sample(num_forms(n), 2):
        add(f'{base} {form}', name, 'Vessel', True, 'vessel_number')
    m = str(rng.choice([x for x in [1, 2, 3, 5, 6, 7, 8, 11, 12] if str(x) != n]))
    add(f'{base} {rng.choice(num_forms(m))}', name, 'Vessel', False, 'vessel_number')
for name in [v for v in OTHER_VESSELS if v.split()[-1] in ROMAN.values()]:
    base, r = ' '.join(name.split()[:-1]), name.split()[-1]
    n = [k for k, v in ROMAN.items() if v == r][0]
    add(f'{base} {n}', name, 'Vessel', True, 'vessel_number')
    add(f'{base} NO.{n}', name, 'Vessel', True, 'vessel_number')
    add(f'{base} {n + 1}', name, 'Vessel', False, 'vessel_number')
    add(f'{base} {ROMAN.get(n + 1, "X")}', name, 'Vessel', False, 'vessel_number')

# vessel_prefix: MV, M/V, M.V., MT, M/T, SS... before the name; a different ship keeps its prefix.
PREFIXES = ['MV', 'M/V', 'M.V.', 'MT', 'M/T', 'M.T.', 'SS', 'MS', 'M/S', 'MV.']
SIMILAR = [('SARA', 'SARAK'), ('SARA', 'SALINA'), ('SARA', 'SANA'), ('SARA', 'MARA'), ('SANNA', 'SANA'), ('SANNA', 'SANIA'),
    ('AURA', 'OURA'), ('MARIA', 'MARA'), ('DORA', 'DORE'), ('STAR', 'STARK I'), ('SILVIA', 'SILVIA I'), ('SERENA', 'SARINA'),
    ('LUNA', 'DUNE'), ('BELLA', 'HELM'), ('ANNA', 'ANDIA'), ('MARINA', 'MARIANA'), ('SOLA', 'SOL'), ('TALIA', 'TALA'),
    ('JASMIN', 'JASMINE'), ('YU SONG 12', 'YU JONG 2'), ('KUM SONG 3', 'KUM GANG 3'), ('JI SONG 6', 'JI SONG 8'),
    ('RA NAM 2', 'RA NAM 3'), ('MI RIM', 'MI RIM 2'), ('TONG HUNG 1', 'PU HUNG 1'), ('SAM JONG 1', 'SAM MA 2'),
    ('NAM SAN 8', 'WON SAN 2'), ('KANG SONG 1', 'AN SAN 1'), ('GOLD STAR 3', 'LUCKY STAR'), ('SEA STAR III', 'SEA STAR 1')]
for name in rng.sample(KOREAN_VESSELS, 30) + rng.sample(OTHER_VESSELS, 20):
    add(f'{rng.choice(PREFIXES)} {name}', name, 'Vessel', True, 'vessel_prefix')
for a, b in SIMILAR:
    add(f'{rng.choice(PREFIXES)} {a}', b, 'Vessel', False, 'vessel_prefix')
    add(a, f'{rng.choice(PREFIXES)} {b}', 'Vessel', False, 'vessel_prefix')

# vessel_truncation: AIS carries 20 six-bit characters (ITU-R M.1371-5, message 5), so longer names arrive cut.
LONG_VESSELS = ['JANG JA SAN CHONG NYON HO', 'O UN CHONG NYON HO', 'LUISA CACERES DE ARISMENDI', 'YANGZHOU DAYANG DY905',
    'DESPINA ANDRIANNA', 'VLADISLAV STRIZHOV', 'ORIENTAL TREASURE', 'KOREA SAMILPO SHIPPING', 'CHONGCHONGANG SHIPPING CO',
    'PACIFIC PIONEER NAVIGATOR', 'GOLDEN OCEAN ENTERPRISE', 'EASTERN MARITIME PROSPERITY', 'NEW CENTURY HARMONY STAR',
    'GRAND FORTUNE NAVIGATION', 'ORIENT PRECIOUS DIAMOND', 'SILVER SEA PROSPERITY NO 8', 'BRILLIANT JADE HARMONY',
    'MARSHAL ZHUKOV EXPLORER', 'AFRICAN SWAN ENTERPRISE', 'UNITED DYNAMIC HARVEST', 'WINNING ISLAND PEARL', 
    'HONGKONG BRIGHT FORTUNE', 'GREAT EASTERN TREASURE', 'MIGHTY OCEAN CHAMPION 7', 'NORTHERN LIGHT VOYAGER',
    'CHRISTIANA KARAMANLIS', 'ALEXANDROS THE GREAT II', 'TAE DONG GANG CHONG NYON', 'SHINING STAR OF THE EAST',
    'KOREA KUMRYONG TRADING', 'SOUTHERN CROSS EXPLORER', 'PRINCESS OF THE ORIENT', 'ROYAL ATLANTIC MERCHANT']
def ais(name):
    return name[:20].rstrip()
for name in LONG_VESSELS:
    if len(name) <= 20:
        continue
    add(ais(name), name, 'Vessel', True, 'vessel_truncation')
    if rng.random() < 0.5:
        add(ais('MV ' + name), name, 'Vessel', True, 'vessel_truncation')
    # hard negative: the same first words, then a different word inside the 20 characters
    words = name.split()
    k = max(1, len(words) - 2)
    swap = rng.choice(['ENTERPRISE', 'PROSPERITY', 'FORTUNE', 'HARMONY', 'VENTURE', 'SPIRIT', 'GLORY', 'DRAGON'])
    other = ' '.join(words[:k] + [swap] + words[k + 1:])
    if other != name and ais(other) != ais(name) and not name.startswith(ais(other)):
        add(ais(other), name, 'Vessel', False, 'vessel_truncation')

# vessel_romanisation: the syllables of a Korean ship name spelt in another system.
for name in KOREAN_VESSELS:
    syl = syllables(name)
    if not any(s.lower() in KO for s in syl):
        continue
    for _ in range(2):
        var = [case_like(t, variant(t.lower())) if not t.isdigit() else t for t in name.split()]
        if ' '.join(var) == name:
            j = [i for i, t in enumerate(name.split()) if t.lower() in KO][0]
            var[j] = case_like(name.split()[j], variant(name.split()[j].lower(), True))
        add(' '.join(var).upper(), name, 'Vessel', True, 'vessel_romanisation')
    i = rng.randrange(len(syl))
    other = [s.upper() for s in OTHER if s.upper() not in syl and s not in KO.get(syl[i].lower(), [])]
    toks = name.split()
    toks[toks.index(syl[i])] = rng.choice(other)
    add(' '.join(toks), name, 'Vessel', False, 'vessel_romanisation')

exec(open(__file__.replace('make-name-pairs.py', 'make-name-pairs-people.py')).read())

w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['name1', 'name2', 'schema', 'expected', 'class'])
seen = set()
for r in rows:
    if (r[0], r[1]) in seen or r[0] == r[1]:
        continue
    seen.add((r[0], r[1]))
    w.writerow(r)
