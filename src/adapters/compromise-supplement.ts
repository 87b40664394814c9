/**
 * Names compromise's lexicon lacks that news often uses: former and disputed states, regions,
 * conflict-zone and capital cities, seas, rivers and mountain ranges; and first names that are also
 * common words ("Frank", "Dawn"), which compromise leaves out (it keeps "Mark" and "Grace"). One name
 * per line within a class; `lexClasses` gives these classes as if compromise listed them.
 */
export const SUPPLEMENT: Readonly<Record<'Country' | 'Region' | 'City' | 'Place' | 'FirstName', string>> = {
  Country: `
soviet union
yugoslavia
czechoslovakia
east germany
west germany
côte d'ivoire
timor-leste
north macedonia
eswatini
holy see
northern ireland
vatican
democratic republic of the congo
republic of the congo
cabo verde
guinea-bissau
south ossetia
abkhazia
somaliland
western sahara`,
  Region: `
west bank
gaza strip
donbas
donbass
kashmir
tibet
xinjiang
kurdistan
catalonia
balkans
caucasus
middle east
sahel
scandinavia
darfur
patagonia
anatolia
sinai
golan heights
nagorno-karabakh
transnistria
flanders
wallonia
andalusia
lombardy
sardinia
brittany
provence
basque country
galicia
kurdistan region
sindh
balochistan
khyber pakhtunkhwa
tigray
amhara
oromia
kivu
north kivu
south kivu
borneo
sumatra
bali
mindanao
luzon
hokkaido
okinawa
kyushu
new south wales
western australia
lapland
east africa
west africa
north africa
southern africa
horn of africa
central asia
southeast asia
south asia
east asia
latin america
south america
north america
central america
eastern europe
western europe
east anglia
scottish highlands
gulf states
levant
maghreb`,
  City: `
sochi
mariupol
odesa
idlib
raqqa
fallujah
rangoon
ramallah
abuja
harare
davos
kherson
zaporizhzhia
bakhmut
donetsk
luhansk
hama
erbil
basra
herat
peshawar
quetta
naypyidaw
vientiane
astana
bishkek
chisinau
dnipro
belgorod
kursk
rafah
khan younis
jenin
nablus
hebron
bethlehem
sderot
ashkelon
eilat
aden
hodeidah
marib
misrata
sirte
goma
bukavu
juba
omdurman
el fasher
mekelle
bamako
niamey
ouagadougou
n'djamena
maiduguri
port harcourt
mombasa
kigali
dodoma
lusaka
lilongwe
maputo
gaborone
antananarivo`,
  Place: `
black sea
south china sea
east china sea
persian gulf
gulf of mexico
strait of hormuz
suez canal
english channel
mediterranean
caribbean
himalayas
alps
andes
sahara
arctic
antarctic
baltic sea
north sea
caspian sea
aegean sea
adriatic sea
sea of japan
yellow sea
bay of bengal
gulf of aden
gulf of guinea
taiwan strait
bosporus
bosphorus
dardanelles
panama canal
rhine
euphrates
tigris
indus
jordan river
mississippi river
volga
dnieper
lake victoria
lake chad
rocky mountains
rockies
appalachians
urals
ural mountains
pyrenees
carpathians
hindu kush
mount everest
kilimanjaro
mont blanc`,
  FirstName: `
frank
dean
ray
bill
max
leo
eve
ivy
jean
june
dawn
miles
rusty
sandy
penny
ruby
holly
daisy
iris
lily
ginger
sonny
flo
kit
gene
rose
joy
faith`,
};
