## Skills framework: DigComp 2.2 areas and competences, proficiency, self-assessment, digital-support and working-life skills

## DigComp 2.2 areas (name, one-sentence description)

digcomp-area-1 = Aqoonta macluumaadka iyo xogta
digcomp-area-1-about = Raadinta, qiimaynta iyo kaydinta macluumaadka iyo faylasha.
digcomp-area-2 = Isgaarsiinta iyo iskaashiga
digcomp-area-2-about = La xiriirka dadka, la wadaagga iyo la shaqaynta dadka kale iyadoo la adeegsanayo qalabka dijitaalka ah.
digcomp-area-3 = Samaynta nuxurka dijitaalka ah
digcomp-area-3-about = Samaynta iyo wax ka beddelka qoraallada, sawirrada, muuqaallada iyo nuxurka kale ee dijitaalka ah.
digcomp-area-4 = Badbaadada
digcomp-area-4-about = Ilaalinta qalabka, xogta shakhsiga ah, caafimaadka iyo deegaanka.
digcomp-area-5 = Xallinta dhibaatooyinka
digcomp-area-5-about = Xallinta dhibaatooyinka qalabka iyo helidda qalab dijitaal ah oo ku habboon baahida.

## The 21 competences: official name, and an "I can" statement in plain words

digcomp-1-1 = Baadhista, raadinta iyo shaandhaynta xogta, macluumaadka iyo nuxurka dijitaalka ah
digcomp-1-1-can = Waxaan wax ka raadin karaa internetka, waxaanan heli karaa macluumaadka ama adeegga aan u baahanahay.
digcomp-1-2 = Qiimaynta xogta, macluumaadka iyo nuxurka dijitaalka ah
digcomp-1-2-can = Waxaan hubin karaa in bog internet ama macluumaad la aamini karo iyo in kale.
digcomp-1-3 = Maaraynta xogta, macluumaadka iyo nuxurka dijitaalka ah
digcomp-1-3-can = Waxaan kaydin karaa faylal iyo sawirro, waxaan ku habayn karaa galal, dib ayaanan u heli karaa.
digcomp-2-1 = Wada-xiriirka iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-1-can = Waxaan diri karaa fariimo iyo iimayl, waxaanan samayn karaa wicitaan muuqaal ah.
digcomp-2-2 = Wadaagista iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-2-can = Waxaan qof kale la wadaagi karaa fayl, sawir ama linki.
digcomp-2-3 = Ka qaybqaadashada muwaadinnimada iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-3-can = Waxaan isticmaali karaa adeegyada elektaroonigga ah, sida Kela, Suomi.fi iyo OmaVero.
digcomp-2-4 = Iskaashiga iyadoo la adeegsanayo tignoolajiyada dijitaalka ah
digcomp-2-4-can = Waxaan dadka kale kala shaqayn karaa internetka, tusaale ahaan dukumenti la wadaago ama wada-sheekaysi koox ah.
digcomp-2-5 = Anshaxa internetka
digcomp-2-5-can = Waxaan internetka ku qori karaa oo ku dhaqmi karaa si edeb iyo ixtiraam leh.
digcomp-2-6 = Maaraynta aqoonsiga dijitaalka ah
digcomp-2-6-can = Waxaan ku geli karaa xaqiijinta aqoonsiga ee xoogga leh, waxaanan daryeeli karaa koontooyinkayga.
digcomp-3-1 = Horumarinta nuxurka dijitaalka ah
digcomp-3-1-can = Waxaan samayn karaa dukumenti, sawir ama muuqaal gaaban.
digcomp-3-2 = Isku darka iyo dib u habaynta nuxurka dijitaalka ah
digcomp-3-2-can = Waxaan wax ka beddeli karaa oo isku dari karaa nuxurka, tusaale ahaan sawir ayaan ku dari karaa dukumenti.
digcomp-3-3 = Xuquuqda lahaanshaha iyo ruqsadaha
digcomp-3-3-can = Waxaan hubin karaa in la ii oggol yahay inaan isticmaalo sawir ama qoraal aan internetka ka helay.
digcomp-3-4 = Barnaamij-samaynta
digcomp-3-4-can = Waxaan qalab siin karaa tilmaamo fudud oo tallaabo-tallaabo ah, tusaale ahaan layli barnaamij-samayn oo fudud.
digcomp-4-1 = Ilaalinta qalabka
digcomp-4-1-can = Waxaan qalabkayga ku ilaalin karaa quful shaashadda iyo cusboonaysiin, waxaanan garan karaa fariimaha khiyaanada.
digcomp-4-2 = Ilaalinta xogta shakhsiga ah iyo sirta gaarka ah
digcomp-4-2-can = Waxaan si ammaan ah u hayn karaa furayaashayda sirta ah iyo xogtayda shakhsiga ah, waxaanan dooran karaa waxa aan la wadaagayo.
digcomp-4-3 = Ilaalinta caafimaadka iyo fayoobaanta
digcomp-4-3-can = Waxaan daryeeli karaa caafimaadkayga marka aan qalabka isticmaalayo, tusaale ahaan anigoo nasasho qaata.
digcomp-4-4 = Ilaalinta deegaanka
digcomp-4-4-can = Waxaan qalabka u isticmaali karaa si tamarta loo badbaadiyo, waxaanan garanayaa halka qalabka duugga ah loo geeyo si dib loogu warshadeeyo.
digcomp-5-1 = Xallinta dhibaatooyinka farsamada
digcomp-5-1-can = Waxaan xallin karaa dhibaatooyin fudud, tusaale ahaan marka internetku ama barnaamij uu shaqayn waayo.
digcomp-5-2 = Garashada baahiyaha iyo xalalka tignoolajiyada
digcomp-5-2-can = Waxaan dooran karaa barnaamij, adeeg ama qalab ku habboon waxa aan u baahanahay.
digcomp-5-3 = Adeegsiga hal-abuurka leh ee tignoolajiyada dijitaalka ah
digcomp-5-3-can = Waxaan qalabka dijitaalka ah u isticmaali karaa siyaabo cusub si nolosha maalinlaha ah ama shaqadu u fududaato.
digcomp-5-4 = Garashada waxa ka dhiman aqoonta dijitaalka ah
digcomp-5-4-can = Waxaan garan karaa waxa aan weli u baahanahay inaan barto, waxaanan caawin karaa dadka kale inay bartaan xirfadaha dijitaalka ah.

## DigComp proficiency: 4 bands and 8 levels

digcomp-band-foundation = Heerka aasaasiga ah
digcomp-band-intermediate = Heerka dhexe
digcomp-band-advanced = Heerka sare
digcomp-band-highly-specialised = Heerka takhasuska sare leh
digcomp-level-1 = Anigoo la hagayo
digcomp-level-2 = Keligay, anigoo la hagayo marka loo baahdo
digcomp-level-3 = Keligay
digcomp-level-4 = Si madax-bannaan, sida baahiyahaygu yihiin
digcomp-level-5 = Dadka kale ayaan sidoo kale hagaa
digcomp-level-6 = Waxaan la qabsadaa dadka kale xaalado adag
digcomp-level-7 = Waxaan xal u helaa dhibaatooyin adag
digcomp-level-8 = Waxaan soo jeediyaa fikrado cusub oo ku saabsan qaybtan

## The five steps of the self-assessment

self-step-0 = Weli ma aqaan
self-step-1 = Anigoo la caawinayo
self-step-2 = Keligay
self-step-3 = Si kalsooni leh
self-step-4 = Waan hagi karaa dadka kale

## Digital-support skills (after the national Digitukija badge): name and "I can" statement

support-guiding = Hagidda qofka si uu isagu u sameeyo
support-guiding-can = Waxaan u oggolaadaa qofka inuu ku sameeyo qalabkiisa, waxaanan ku hagaa tallaabo-tallaabo.
support-ethics = Anshaxa iyo xuduudaha
support-ethics-can = Weligay ma weydiiyo, mana qoro koodhadhka ama furayaasha sirta ah ee qof kale, arrimihiisa uma qabto, waxaanan garanayaa goorta aan joojinayo.
support-referral = Garashada meesha qofka loo diro
support-referral-can = Waan garanayaa adeegga xiga ee caawin kara, tusaale ahaan Kela, taageerada dijitaalka ah ee magaalada, maktabadda, adeegyada shaqada ama shaqaale bulsho.

## Working-life skills (observed by a coordinator): name and what is observed

work-reliability = Kalsoonida iyo ilaalinta waqtiga
work-reliability-about = In wareegga shaqada waqtigiisa la yimaado, goor horena la sheego marka aan la iman karin.
work-customer-service = Adeegga macaamiisha
work-customer-service-about = In dadka si saaxiibtinimo leh loo soo dhoweeyo, loo dhegaysto, loona caawiyo si deggan oo dulqaad leh.
work-communication = Isgaarsiinta luqad fudud iyo luqado kala duwan
work-communication-about = In waxyaabaha lagu sharxo erayo fudud, la hubiyo in qofku fahmay, lana helo siyaabo lagu caawiyo xitaa marka aysan jirin luqad la wadaago.
work-teamwork = Shaqada kooxda
work-teamwork-about = In si wanaagsan loola shaqeeyo tabarrucayaasha kale iyo shaqaalaha, lana wadaago hawlaha iyo macluumaadka.
work-problem-solving = Xallinta dhibaatooyinka
work-problem-solving-about = In si deggan xal loo raadiyo marka wax khaldamaan, loona weydiisto caawimaad marka loo baahdo.
work-confidentiality = Sir-haynta iyo ilaalinta xogta
work-confidentiality-about = In arrimaha dadka sir loo hayo, xogta shakhsiga ahna si taxaddar leh loo maareeyo.
work-cultural-sensitivity = Ixtiraamka dhaqamada kala duwan
work-cultural-sensitivity-about = In dadka asal kasta leh si ixtiraam leh loola dhaqmo, baahiyahoodana la tixgeliyo.
work-own-learning = Barashada shakhsiga iyo garashada xirfadaha qofka
work-own-learning-about = In wax cusub la barto, jawaab-celin la weydiisto, lana sharxi karo xirfadaha qofka.

## The observed 4-step scale

observed-step-1 = Taageero leh
observed-step-2 = Si madax-bannaan
observed-step-3 = Si joogto ah oo lagu kalsoonaan karo
observed-step-4 = Hagidda dadka kale
