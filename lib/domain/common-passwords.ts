// Passwords too common to accept, whatever their length. Curated for this project from the
// entries of 10 or more characters that recur at the top of public breach-derived lists (the UK
// NCSC's "top 100k" list, the SecLists "most common passwords" lists), with the Indonesian
// favourites (religious phrases, cities, football clubs, terms of endearment), keyboard walks
// and digit runs. Shorter passwords are refused by length already, so only entries of 10+
// characters are kept. The list is data in the bundle, never a file read at run time, so the
// same check runs in the browser and on the server.

const LISTED = `
1234567890 0987654321 0123456789 9876543210 1111111111 0000000000 1234512345 1122334455
1212121212 1231231231 1234567891 1234567899 1234567809 12345678910 12345678900 123456789a
123456789q 123456789z 123456789abc a123456789 q123456789 z123456789 aa12345678 aa123456789
abc1234567 abcd123456 abc123456789 abcdefghij abcdefghijk abcdefghijkl abcdefg123
abcdefgh12 a1b2c3d4e5 a1b2c3d4e5f6 1a2b3c4d5e 1a2b3c4d5e6f qwertyuiop poiuytrewq
qwertyuiop[] asdfghjkl; zxcvbnm,./ qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm
asdfghjklzxcvbnm qazwsxedcrfv qazwsxedcrfvtgb qazwsxedc123 1qaz2wsx3edc 1qaz2wsx3edc4rfv
1qazxsw23edc zaq12wsxcde3 zaq1xsw2cde3 zaq1zaq1zaq1 !qaz@wsx#edc 1q2w3e4r5t 1q2w3e4r5t6y
1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i q1w2e3r4t5 q1w2e3r4t5y6 qwerasdfzxcv qwertyasdfgh
qwertasdfg qweasdzxc123 123qweasdzxc qweasdzxcv 1234qwerasdf 1234qwerasdfzxcv qwer1234asdf
azertyuiop qwertzuiop asdfasdfasdf qwerqwerqwer zxcvzxcvzxcv 1qaz1qaz1qaz 1qa2ws3ed4rf
qwe123qwe123 asd123asd123 zxc123zxc123 qweqweqweqwe asdasdasdasd 123qwe123qwe 12qwaszx12qwaszx
password12 password123 password1234 password12345 password123456 password1! password123!
password01 password11 password99 passwordpassword passw0rd123 p@ssw0rd123 p@ssword123
p@ssw0rd1! pa$$w0rd123 mypassword mypassword1 mypassword123 newpassword newpassword1
newpassword123 thepassword secretpassword passwords123 password2020 password2021
password2022 password2023 password2024 password2025 password2026 iloveyou12 iloveyou123
iloveyou1234 iloveyou01 iloveyou11 iloveyou!! iloveyoubaby iloveyousomuch iloveyouforever
iloveyoutoo iloveyouiloveyou iloveu1234 ilovemymom ilovemydad ilovemyself ilovemyfamily
ilovegod123 ilovejesus ilovejesus1 iloveme123 iloveyoumom lovelovelove loveyouforever
loveyou123 loveyou1234 lovely1234 loveme1234 mylove1234 foreverlove truelove123 sweetheart
sweetheart1 babygirl12 babygirl123 babyboy123 princess12 princess123 princess1234
sunshine12 sunshine123 football12 football123 football1234 baseball12 baseball123
basketball basketball1 basketball12 basketball123 soccer1234 superman12 superman123
batman1234 spiderman1 spiderman12 spiderman123 starwars12 starwars123 pokemon123
pokemon1234 minecraft1 minecraft12 minecraft123 fortnite123 roblox1234 naruto1234
dragonball dragonballz onepiece123 doraemon123 chocolate1 chocolate12 chocolate123
butterfly1 butterfly12 butterfly123 strawberry strawberry1 watermelon blackberry
pineapple1 liverpool1 liverpool12 liverpool123 manchester manchesterunited manutd1234
chelsea123 chelseafc1 arsenal123 barcelona1 barcelona10 barcelona123 realmadrid
realmadrid1 realmadrid7 juventus123 cristiano7 cristianoronaldo ronaldo123 ronaldo1234
messi12345 lionelmessi neymar1234 samsung123 samsung1234 samsunggalaxy google1234
google12345 facebook12 facebook123 instagram1 instagram123 whatsapp123 youtube123
computer12 computer123 internet12 internet123 welcome123 welcome1234 welcome2020
welcome2024 welcome2025 welcome2026 letmein123 letmein1234 changeme12 changeme123
administrator administrator1 admin12345 admin123456 admin1234567 adminadmin adminadmin123
rootroot123 test123456 testtest12 testing123 testing1234 trustno1trustno1 whatever12
whatever123 nothing123 something1 something123 qwerty1234 qwerty12345 qwerty123456
qwerty1234567 qwertyqwerty qwerty123! qwertyui12 1234qwerty 123456qwerty 12345qwerty
qwertyuiop1 qwertyuiop12 qwertyuiop123 asdfghjkl1 asdfghjkl12 asdfghjkl123 zxcvbnm123
zxcvbnm1234 asdf123456 qwer123456 zxcv123456 asd1234567 qwe1234567 zxc1234567 1234567890q
1234567890a 1234567890qwerty 123456789qwerty 987654321a monkey1234 dragon1234 dragon12345
master1234 master12345 shadow1234 michael123 michael1234 jennifer12 jennifer123 jessica123
jessica1234 charlie123 jordan2323 jordan1234 ashley1234 daniel1234 hunter1234 killer1234
freedom123 freedom1234 maverick12 mustang123 corvette12 ferrari123 mercedes12 mercedes123
pepper1234 cookie1234 cheese1234 banana1234 orange1234 matrix1234 hannah1234 jasmine123
nicole1234 anthony123 joshua1234 matthew123 robert1234 william123 richard123 joseph1234
thomas1234 summer1234 winter1234 flower1234 diamond123 silver1234 golden1234 angel12345
hello12345 hello123456 helloworld helloworld1 helloworld123 goodluck123 happyday123
happybirthday happy12345 friends123 forever123 myspace123 blink182blink asdfqwerzxcv
1q2w3e4r5t6y7u8i9o 1q2w3e4r5t6y7u8i9o0p 1qaz2wsx3edc4rfv5tgb zaq12wsxcde34rfv
bismillah1 bismillah12 bismillah123 bismillah1234 bismillahirrahmanirrahim alhamdulillah
alhamdulillah1 alhamdulillah123 assalamualaikum assalamualaikum1 subhanallah
subhanallah123 allahuakbar allahuakbar1 allahuakbar123 insyaallah insyaallah123
masyaallah masyaallah123 astaghfirullah lailahaillallah laailaahaillallah bismillahsukses
indonesia1 indonesia12 indonesia123 indonesia1945 indonesiaraya indonesiamerdeka
merdeka1945 merdeka17081945 17081945 pancasila1 pancasila45 pancasila123 garudaindonesia
garuda1945 nkrihargamati bhinnekatunggalika jakarta123 jakarta1234 jakartaselatan
jakartatimur jakartabarat jakartautara jakartapusat bandung123 bandung1234 surabaya12
surabaya123 semarang123 yogyakarta jogjakarta jogja12345 makassar123 palembang1 palembang123
tangerang1 tangerang123 bekasi1234 depok12345 bogor12345 malang1234 medan12345 denpasar12
balikpapan pekanbaru1 samarinda1 pontianak1 banjarmasin sayangkamu sayangkamu1
sayangkamu123 sayangku12 sayangku123 sayangku1234 akusayangkamu akusayangkamu1
akucintakamu akucintakamu1 cintakamu1 cintakamu123 cintaku123 cintaku1234 cintasejati
cintamati1 cintaabadi kamusayang1 sayangmama sayangmama1 sayangibu123 sayangayah
sayangkalian mamapapa123 papamama123 ibubapak123 keluarga123 keluargabahagia
katasandi1 katasandi12 katasandi123 katasandiku katakunci1 katakunci123 rahasia123
rahasia1234 rahasiaku1 rahasiaku123 rahasiabanget rahasiadong passwordku passwordnya
passwordbaru sandiku1234 kuncirahasia bukanrahasia tidakadasandi gantipassword
persib1933 persibbandung persibday persija1928 persijajakarta jakmania1928 thejakmania
persebaya1927 bonek1927 aremania1987 arema1987 aremamalang psm1915 pssi1930 bobotohpersib
vikingpersib semangat45 semangat123 sukses1234 suksesselalu suksesterus bahagiaselalu
selamatpagi selamatdatang selamatjalan terimakasih terimakasih123 tetapsemangat
jangansedih jangannyerah gantengbanget cantikbanget gantengmaksimal anakganteng
anakcantik anaksholeh anaksholehah telkomsel1 telkomsel123 indosat123 smartfren1
indihome123 indihome1234 wifirumah123 wifigratis passwordwifi passwordwifi123 hotspot123
hotspotku admin1234567 doraemonku nobitasizuka upinipin123 sinchan123 lupapassword
lupapasswordku sayanganak doakanaku doaibu1234 ayahibu123 ayahbunda123 rumahku123
ramadhan123 lebaran123 idulfitri123
`;

// Words people build passwords from, each tried with the endings people add to them.
const BASE_WORDS = `
password passw0rd p@ssw0rd p@ssword pass qwerty qwertyui qwertyuiop asdfgh asdfghjkl zxcvbn
zxcvbnm qwer asdf zxcv qazwsx 1qaz2wsx zaq12wsx 1q2w3e4r 1q2w3e qwe123 abc123 abcd abcdef
iloveyou iloveu loveyou lovely loveme mylove love princess sunshine football baseball soccer
basketball dragon monkey master shadow superman batman spiderman pokemon minecraft starwars
welcome letmein trustno1 whatever freedom michael jennifer jessica charlie jordan ashley
daniel andrew thomas hunter killer ranger harley buster tigger summer winter ginger
chocolate butterfly flower babygirl angel hello admin changeme secret samsung google
facebook computer internet liverpool chelsea arsenal manchester barcelona realmadrid
juventus naruto friends family mustang ferrari mercedes pepper cookie cheese banana orange
matrix hannah jasmine nicole anthony joshua matthew robert william richard joseph diamond
silver golden qwertyqwerty
bismillah alhamdulillah assalamualaikum subhanallah allahuakbar insyaallah masyaallah
indonesia jakarta bandung surabaya semarang yogyakarta jogja medan makassar bali malang
bogor depok bekasi tangerang palembang padang denpasar sayang sayangku sayangkamu
akusayangkamu cinta cintaku cintakamu akucintakamu rahasia rahasiaku katasandi sandi
kunci katakunci garuda merdeka pancasila persib persija persebaya arema aremania bonek
jakmania doraemon sukses semangat bahagia rindu mama papa mamapapa ayah ibu bunda keluarga
sahabat anakku ganteng cantik putri dewi siti wahyu agus budi rizky dimas bayu fajar indah
ayu rina andi dian joko hendra kurniawan setiawan hidayat saputra pratama permata mutiara
bintang matahari pelangi telkomsel indosat indihome wifi hotspot bismillahsukses
`;

const SUFFIXES = [
  ...['', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789'],
  ...['!', '1!', '12!', '123!', '!!', '01', '11', '13', '21', '22', '69', '77', '88', '99'],
  ...['00', '007', '321', '111', '000', '@123', '_123', '.123', '#1', '1945'],
  ...Array.from({ length: 2026 - 1970 + 1 }, (_, index) => String(1970 + index)),
];

// Patterns repeated to any length people type them (1212121212, abcabcabca...).
const REPEATED = `
12 123 1234 12345 123456 1234567 abc abcd qwe asd zxc qwer asdf zxcv qwerty 1q2w 1q2w3e
aa ab 01 11 69 love pass hello 007 sayang cinta
`;

const MIN_LENGTH = 10;
const MAX_REPEATED_LENGTH = 24;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function buildList(): Set<string> {
  const list = new Set(words(LISTED));
  for (const word of words(BASE_WORDS)) {
    for (const suffix of SUFFIXES) list.add(word + suffix);
    list.add(word + word);
  }
  const singles = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  for (const pattern of [...words(REPEATED), ...singles]) {
    let repeated = pattern;
    while (repeated.length < MAX_REPEATED_LENGTH) {
      repeated += pattern;
      list.add(repeated);
    }
  }
  for (const run of ['12345678901234567890', '01234567890123456789', '98765432109876543210']) {
    for (let length = MIN_LENGTH; length <= run.length; length++) list.add(run.slice(0, length));
  }
  for (const entry of list) if (entry.length < MIN_LENGTH) list.delete(entry);
  return list;
}

let commonPasswords: Set<string> | undefined;

/** The list itself, normalised (lowercase, no spaces, 10+ characters); built once when first asked. */
export function commonPasswordList(): ReadonlySet<string> {
  commonPasswords ??= buildList();
  return commonPasswords;
}

/** The form the list is compared in: case and spaces do not make a common password rare. */
export function normalizeForCommonCheck(password: string): string {
  return password.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function isCommonPassword(password: string): boolean {
  return commonPasswordList().has(normalizeForCommonCheck(password));
}
