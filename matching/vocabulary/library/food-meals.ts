import type { ConceptDefinition } from '../types';

// Sustainable food, meals and food security: what municipalities (kost- och måltidsverksamhet, skolrestauranger,
// äldreomsorgens kök, upphandling, miljö- och hälsoskydd, krisberedskap), regions (livsmedelsstrategi, hospital
// food, primary care), food banks, social supermarkets, faith communities, NGOs, farmers and their organisations,
// food businesses and wholesalers, grocery shops, universities, study associations and schools ask of and offer
// each other. "mat", "måltid", "livsmedel" and "kost" are what every text of the field says, so they are at most
// related or hints here. The social-sustainability kinds `food-security` (getting food to those who lack it),
// `healthy-eating` (food habits, cooking and school meals in general) and `urban-gardening`, the children's
// `meals-for-children`, the older people's `meal-fellowship` and `malnutrition-prevention`, and the template's
// `procurement`, `premises` and `volunteers` keep their ground; the kinds below are the field's narrower shapes
// of them (how a public kitchen is run, what it buys, what it throws away, how donated food travels), and a
// comment says how each differs where the names are close.
export const concepts: ConceptDefinition[] = [
  {
    // Differs from `healthy-eating` (what people eat): developing the school meal as a service — its quality,
    // its dining room, pupils' say in it.
    id: 'school-meal-development',
    label: {
      sv: 'Utveckling av skolmåltiden och skolrestaurangen',
      en: 'Developing school meals and the school restaurant',
    },
    short: { sv: 'skolmåltidens utveckling', en: 'school meal development' },
    sv: {
      core: `skolrestaurang*, skolmatsal*, skolmåltid*, skolmat*, skollunch*, skolkök*, förskolemåltid*,
        förskolemat*, förskolekök*, matsalsmiljö*, matsalen, matsalar*, ljudmiljö* i matsal*, ljudnivå* i matsal*,
        buller i matsal*, lugn måltid, lugnare måltid*, måltidsmiljö*, skolmatsråd*, matråd, matrådet, matråden,
        elevinflytande över maten, elevinflytande över skolmaten, elevernas synpunkter på maten,
        elever som inte äter, eleverna äter inte, hoppar över lunchen, hoppar över skollunchen, skippar lunchen,
        skolmatsverige, skolmat sverige, måltidsmodell*, kvalitet på skolmaten, skolmatens kvalitet,
        måltidskvalitet*, lunchkö*, schemalagd lunch, lunchtid*, serveringslinje*, salladsbuffé*, salladsbar*`,
      related: `=lunchen, serveringen, servering*, måltidsservice*, kostenhet*, måltidsenhet*, matsedel*, meny,
        menyn, elevråd*, trivsel i matsalen, =matsal`,
      hint: `lunch, =mat, =maten, =äter, äta, elever`,
    },
    en: {
      core: `school meal*, school lunch*, school food, school canteen*, school dining hall*, school restaurant*,
        dining hall*, dining room environment, lunch queue*, noise in the canteen, noisy canteen*,
        pupils skip lunch, pupil voice on food, school food council*, quality of school food, canteen*`,
      related: `lunch break, menu, menus, serving, salad bar*`,
      hint: `lunch, food, pupils`,
    },
  },
  {
    // Differs from `healthy-eating` (advice and cooking): the meal itself as a lesson — taste education and adults
    // who eat with the children on purpose.
    id: 'meal-pedagogy',
    label: {
      sv: 'Måltidspedagogik och smakundervisning',
      en: 'Meal pedagogy and taste education',
    },
    short: { sv: 'måltidspedagogik', en: 'meal pedagogy' },
    sv: {
      core: `måltidspedagog*, pedagogisk måltid*, pedagogiska måltider, pedagogisk lunch*, pedagogiska luncher,
        smakskol*, smaklektion*, smakundervisning*, smakträning*, smakutbildning*, sapere*, sensorisk*,
        sinnena och maten, smaka på nytt, våga smaka, våga prova ny mat, prova nya smaker, nya smaker, smakprov*,
        matkunskap* i förskolan, matpedagog*, matglädje hos barn, kräsen*, kräsna, selektiv ätning, ovilja att smaka,
        äter samma sak varje dag, från jord till bord*, var maten kommer ifrån, varifrån maten kommer,
        matens ursprung, hemkunskap*, hemkunskapslärare*`,
      related: `smak, smaker, smaka, smakar, matglädje, matvanor, vuxna äter med barnen, äter tillsammans med barnen,
        undervisning om mat, lära sig om mat`,
      hint: `=mat, =maten, barnen, förskola*`,
    },
    en: {
      core: `meal pedagogy, taste education, sensory food education, sapere, taste lesson*, food education,
        food literacy, picky eat*, fussy eat*, try new foods, trying new foods, new tastes, from farm to fork,
        farm to fork, where food comes from, home economics`,
      related: `taste, tastes, tasting, food learning, learn about food`,
      hint: `food, children`,
    },
  },
  {
    // The organisation of public catering: production kitchens versus receiving kitchens, central kitchens,
    // cook-chill, opening hours. Not `premises` (a place to borrow) nor `community-kitchens`.
    id: 'public-kitchen-organisation',
    label: {
      sv: 'Organisation av offentliga kök: tillagningskök, mottagningskök och logistik',
      en: 'Organising public kitchens: production and receiving kitchens, logistics',
    },
    short: { sv: 'offentliga köks organisation', en: 'public kitchen organisation' },
    sv: {
      core: `tillagningskök*, mottagningskök*, produktionskök*, centralkök*, storkök*, storhushåll*, tillagning på plats,
        laga maten på plats, lagas på plats, tillagas på plats, kyld mat, kylda matlådor, kylda portioner,
        cook chill, kylkedja*, varmhållning*, varmhållen mat, transporteras varm, matransport*, mattransport*,
        matlogistik*, köksorganisation*, köksstruktur*, kökets kapacitet, köksutrustning*, storköksutrustning*,
        ombyggnad av köket, bygga om köket, nytt kök, nya kök, kökslösning*, portionsantal*, antal portioner,
        portioner per dag, måltidsorganisation*, kostorganisation*, kostverksamhet*, måltidsverksamhet*,
        måltidsservice*, kostchef*, måltidschef*, kostenhet*, måltidsenhet*`,
      related: `=köket, =kök, köken, köksdrift, kockar, portioner, portion*, tillagning*, logistik*, kapacitet`,
      hint: `=mat, =maten, transport*`,
    },
    en: {
      core: `production kitchen*, receiving kitchen*, central kitchen*, cook-chill, cook chill, cook-freeze,
        large-scale kitchen*, institutional catering, public catering, catering service*, meals per day,
        portions per day, kitchen equipment, kitchen capacity, hot holding, food transport*, meal logistics,
        rebuild the kitchen, new kitchen*`,
      related: `kitchens, kitchen, portions, logistics, catering`,
      hint: `food, meals`,
    },
  },
  {
    // Differs from the general `staff-training`: the cooks, meal hosts and kitchen staff of public meals and what
    // they need to learn (plant-based cooking, special diets, cooking from scratch in large quantities).
    id: 'kitchen-staff-skills',
    label: {
      sv: 'Kompetens för kockar och måltidspersonal',
      en: 'Skills for cooks and catering staff',
    },
    short: { sv: 'måltidspersonalens kompetens', en: 'catering staff skills' },
    sv: {
      core: `måltidspersonal*, kökspersonal*, kostpersonal*, restaurangbiträde*, köksbiträde*, måltidsbiträde*,
        kockar*, kocken, kockutbildning*, storkockar*, storhushållsutbildning*, kockarna, måltidspersonalen,
        utbildning för kockar, kurser för kockar, kompetensutveckling för kockar, kompetensutveckling för kök*,
        utbilda kökspersonal, utbilda måltidspersonal, inspirationsdag* för kök*,
        kockinspiration*, kockutbyte*, kockar utbyter, laga från grunden i stor skala, scratch cooking,
        kockbrist, brist på kockar, rekrytera kockar, yrkesstolthet i köket, måltidsvärd*, måltidsvärdar`,
      related: `=kock, utbilda kockar, utbildar kockar, kök, köket, matlagning i stor skala, laga från grunden, lagar från grunden, baka eget bröd,
        receptutveckling*`,
      hint: `personal, personalen, utbildning, kurs*`,
    },
    en: {
      core: `catering staff, kitchen staff, chefs, school cooks, training for cooks, training for chefs,
        train cooks, train kitchen staff, cooking from scratch, scratch cooking, chef training, shortage of cooks,
        culinary training`,
      related: `cooks, chef, cook, recipe development`,
      hint: `staff, training`,
    },
  },
  {
    // Differs from the template's `procurement` (any tender): buying food for public kitchens — criteria,
    // splitting tenders so local farmers can bid, the food wholesaler contract.
    id: 'food-procurement',
    label: {
      sv: 'Livsmedelsupphandling och inköp till offentliga kök',
      en: 'Food procurement for public kitchens',
    },
    short: { sv: 'livsmedelsupphandling', en: 'food procurement' },
    sv: {
      core: `livsmedelsupphandling*, upphandling av livsmedel, upphandla livsmedel, upphandlar livsmedel,
        livsmedelsavtal*, livsmedelsinköp*, inköp av livsmedel, köpa in livsmedel, livsmedelsgrossist*,
        grossistavtal*, matgrossist*, dela upp upphandling*, delad upphandling, delade upphandlingar,
        mindre anbud, små leverantörer, lokala leverantörer, lokala producenter kan lämna anbud, lämna anbud,
        upphandla närproducerat, upphandla lokal*, upphandla ekologiskt, upphandla svenskt, djurskyddskrav*,
        djurvälfärdskrav*, hållbarhetskriterier för livsmedel, upphandlingskriterier för livsmedel,
        upphandlingsmyndighetens kriterier, kriteriebiblioteket, direktupphandla från, dynamiskt inköpssystem*,
        avrop*`,
      related: `upphandl*, anbud*, leverantör*, inköp*, ramavtal*, krav på livsmedel, inköpare*, kravställ*`,
      hint: `livsmedel, livsmedlen, kött, mejeri*`,
    },
    en: {
      core: `food procurement, food purchasing, procure food, buy food from local, food tender*, catering tender*,
        food wholesaler*, procurement criteria for food, animal welfare criteria, split the tender,
        small suppliers, local suppliers bid, public food procurement, dynamic purchasing system*`,
      related: `procurement, tender*, supplier*, purchasing, wholesaler*`,
      hint: `food`,
    },
  },
  {
    // Farmers and food producers meeting buyers: short supply chains, farm shops, REKO rings, food hubs.
    id: 'local-food-supply',
    label: {
      sv: 'Lokal och regional livsmedelsproduktion och korta kedjor',
      en: 'Local and regional food production and short supply chains',
    },
    short: { sv: 'lokal livsmedelsproduktion', en: 'local food production' },
    sv: {
      core: `närproducera*, lokalproducera*, lokalt producera*, lokalt odla*, lokala livsmedel, lokal mat,
        lokala råvaror, regionala råvaror, råvaror från bygden, mat från bygden, mat från regionen,
        korta livsmedelskedjor, kort livsmedelskedja, korta kedjor, reko-ring*, rekoring*, reko ring*,
        gårdsbutik*, gårdsförsäljning*, bondens marknad, bondemarknad*, torghandel*, matnod*, food hub*,
        livsmedelsproducent*, matproducent*, primärproducent*, grönsaksodlare*, odlare*, småskalig* livsmedelsproduktion, småskaliga producenter,
        småskalig* producent*, förädl*, mathantverk*, gårdsmejeri*, gårdsslakteri*, slakteri*, kvarn*, mejeri*,
        svenska råvaror, svensk mat, svenskproducera*, självförsörjningsgrad*`,
      related: `lantbrukare*, lantbruk*, bönder, bonde, bönderna, jordbrukare*, jordbruk*, producenter, producent*, gård, gårdar, gården, gårdarna, råvaror*, odla*, skörd*, grönsaker, kött,
        mjölk, spannmål`,
      hint: `lokal, lokalt, lokala, region*, bygd*, landsbygd*`,
    },
    en: {
      core: `local food, locally produced, locally grown, local produce, local producers, short supply chain*,
        short food supply chain*, farm shop*, farmers market*, farmers' market*, food hub*, reko ring*,
        food producer*, farmers, farmer, farming, agricultur*, growers, small-scale food, artisan food,
        food processing, regional produce`,
      related: `producers, produce, farm, farms, dairy, crops, harvest`,
      hint: `local, rural`,
    },
    // "lokal" is also a room; "odla relationer" a metaphor.
    ignore: { sv: 'odla relationer, odla kontakter, förädla idéer, bonde i, lantbruksuniversitet*' },
  },
  {
    // Climate and menus: plant-based, less and better meat, climate calculation of menus.
    id: 'climate-smart-menus',
    label: {
      sv: 'Klimatsmarta och växtbaserade måltider',
      en: 'Climate-smart and plant-based meals',
    },
    short: { sv: 'klimatsmarta måltider', en: 'climate-smart meals' },
    sv: {
      core: `klimatsmart* mat, klimatsmarta måltider, klimatsmart* meny*, klimatsmarta luncher, klimatvänlig* mat,
        klimatvänliga måltider, klimatpåverkan från maten, matens klimatpåverkan, måltidernas klimatpåverkan,
        klimatberäkna*, klimatberäkning*, klimatmärk*, koldioxidavtryck från maten, klimatavtryck*,
        växtbaserad*, växtbaserat, vegetarisk*, vegetarian*, vegansk*, vegan*, veggo*, köttfri*, köttfria dagar,
        mindre kött, minska köttet, minska köttkonsumtion*, mindre men bättre kött, baljväxt*, bönor, linser,
        kikärtor, ärtprotein*, vegetabiliskt protein, växtprotein*, proteinskifte*, hållbar mat, hållbara måltider,
        hållbar meny, hållbara menyer, planetary health, planetens gränser, säsongsanpassa*, säsongens råvaror,
        säsongsmat*`,
      related: `klimat*, utsläpp*, kött, protein*, säsong*, hållbar*, miljöpåverkan`,
      hint: `menyn, meny, recept*`,
    },
    en: {
      core: `climate-smart food, climate-smart meal*, climate-friendly food, climate-friendly meal*, plant-based,
        plant based, vegetarian, vegan, meat-free, meatless, less meat, reduce meat, pulses, legumes, beans and lentils,
        carbon footprint of food, climate impact of food, climate impact of our meals, sustainable menu*,
        sustainable meals, sustainable food, seasonal produce, protein shift, planetary health diet`,
      related: `climate, emissions, meat, protein, seasonal`,
      hint: `menu, recipes`,
    },
  },
  {
    id: 'organic-food',
    label: {
      sv: 'Ekologiska livsmedel och andel ekologiskt',
      en: 'Organic food and the organic share',
    },
    short: { sv: 'ekologiska livsmedel', en: 'organic food' },
    sv: {
      core: `ekologisk* livsmedel, ekologisk mat, ekologiska råvaror, ekologiska varor, ekologiskt odlad*,
        ekologiskt producera*, andel ekologisk*, andelen ekologisk*, ekoandel*, ekomål*, ekologiska mål, =eko,
        ekolivsmedel*, ekomat*, krav-märk*, kravmärk*, =krav-märkt, =krav-certifierad, eu-ekologisk*, ekologisk
        odling, ekologisk produktion, ekologiskt lantbruk, ekologiska lantbrukare, ekologiska bönder, ställa om till
        ekologisk*, omställning till ekologisk*, bekämpningsmedel*, kemiska bekämpningsmedel, giftfri*`,
      related: `ekologisk*, ekologiskt, ekologiska, certifierad*, certifiering*, miljömärk*`,
      hint: `andel, andelen, procent`,
    },
    en: {
      core: `organic food, organic produce, organic share, share of organic, organic ingredients, organic farming,
        organic farmers, organic certification, certified organic, organic target*, pesticide*, organic products`,
      related: `organic, certified, eco-label*`,
      hint: `share, percent`,
    },
    // "organisk" and "ekologisk hållbarhet" are not organic food; KRAV as a requirement is procurement.
    ignore: {
      sv: 'ekologisk hållbarhet, ekologiska hållbarheten, ekologisk mångfald, ekologisk kompensation, krav på',
    },
  },
  {
    // Differs from `food-security` (getting surplus food to people): measuring and cutting the food public
    // kitchens, schools and shops throw away.
    id: 'kitchen-food-waste',
    label: {
      sv: 'Mäta och minska matsvinn i kök, skolor och butiker',
      en: 'Measuring and reducing food waste in kitchens, schools and shops',
    },
    short: { sv: 'minskat matsvinn', en: 'less food waste' },
    sv: {
      core: `matsvinn*, svinnmätning*, mäta svinn*, mäter svinn*, mäta matsvinn*, mäter matsvinn*, svinnvåg*,
        tallrikssvinn*, serveringssvinn*, kökssvinn*, lagringssvinn*, svinnet, =svinn, minska svinn*,
        minskat svinn*, svinnminskning*, svinnsmart*, svinnjakt*, slänger mat, slänga mat, kastar mat, kasta mat,
        mat som slängs, mat som kastas, mat i soporna, mat som hamnar i soporna, kasseras, matavfall*,
        restmat*, rester, resterna, restaurang* rester, ta vara på resterna, rädda rester, sälja överbliven lunch,
        matlåd* av överbliven mat, överproduktion*, bäst före*, =bäst-före, sista förbrukningsdag*,
        portionsplanering*, rätt mängd mat, beställa rätt mängd, prognos* för antal ätande, matavfallsinsamling*,
        biogas*, kompostera matavfall`,
      related: `slänger, slängs, kastas, kasta, avfall*, överbliv*, prognos*, beställning*, mäta, mäter`,
      hint: `=mat, =maten, portioner, tallrik*`,
    },
    en: {
      core: `food waste, plate waste, kitchen waste, serving waste, measure waste, measuring food waste,
        waste measurement, reduce waste, reducing waste, throw away food, thrown away, binned, best before,
        use-by date*, leftovers, leftover food, overproduction, food scraps, biogas`,
      related: `waste, wasted, discarded, surplus`,
      hint: `food, portions, plates`,
    },
  },
  {
    // Differs from `food-security` (that people get food): how donated food travels — pickups from shops,
    // cold chain, storage, a warehouse, a refrigerated van.
    id: 'food-donation-logistics',
    label: {
      sv: 'Hämtning, lager och kylkedja för skänkt mat',
      en: 'Pickup, storage and cold chain for donated food',
    },
    short: { sv: 'logistik för skänkt mat', en: 'donated-food logistics' },
    sv: {
      core: `hämta överskott*, hämtar överskott*, hämta mat från butiker, hämtar mat från butiker, hämta matsvinn,
        hämtning av livsmedel, hämtningar från butiker, hämtrund*, upphämtning*, kylbil*, kylbilar, frysbil*,
        kyltransport*, frystransport*, kylrum*, frysrum*, kylskåp*, frysbox*, frysar, frysboxar, kylcontainer*,
        kylkedja*, kylkedjan, obruten kylkedja, lagerlokal*, matlager*, livsmedelslager*, lagerutrymme*, lagra mat,
        lagring av mat, lagring av livsmedel, sortera mat, sorterar mat, sortering av livsmedel, matsamordnare*,
        matsams, matmissionens lager, livsmedelsdonation*, skänkta livsmedel, skänkt mat, donerad mat, donerade
        livsmedel, donera livsmedel, donera mat, donerar mat, donerar livsmedel, ta emot donationer av mat,
        överskottshantering*, pall*, pallar, lastpall*, ettor hämtning*, chaufför* som hämtar, hämta och köra ut`,
      related: `hämta, hämtar, hämtning*, kyl*, frys*, lager, lagret, transport*, logistik*, bil, skåpbil*, donation*,
        överskott*, butiker, butikerna, grossist*`,
      hint: `körning*, köra, chaufför*`,
    },
    en: {
      core: `food donation*, donated food, donate food, surplus pickup*, pick up surplus, collect surplus food,
        collecting food from shops, refrigerated van*, refrigerated truck*, cold chain, cold storage, cold room*,
        freezer*, fridge*, warehouse space, food storage, storing food, sorting food, food logistics,
        food redistribution, redistribute food, redistribution`,
      related: `pickup*, collect, collection*, storage, warehouse, van, logistics, transport, surplus, donations`,
      hint: `drivers, driving`,
    },
  },
  {
    // Differs from `food-security` (food for those who lack it, in any form): running a social supermarket as a
    // shop — membership rules, pricing, the till, the staff in work training behind it.
    id: 'social-supermarkets',
    label: {
      sv: 'Sociala matbutiker och medlemsbutiker',
      en: 'Social supermarkets and membership food shops',
    },
    short: { sv: 'sociala matbutiker', en: 'social supermarkets' },
    sv: {
      core: `social* matbutik*, sociala livsmedelsbutik*, social livsmedelsbutik*, social supermarket*,
        matmissionen, matmission*, medlemsbutik*, solidarisk* butik*, solidaritetsbutik*, butik med låga priser,
        handla till låga priser, handla billigt, handla mat billigt, billig mat, billiga livsmedel, reducerade priser,
        rabatterad mat, rabatterade varor, en tredjedel av priset, halva priset, medlemskort*, medlemskap i butiken,
        inkomstgräns*, inkomstkrav*, rätt att handla, får handla, får handla i butiken, remiss till butiken,
        butikens medlemmar, starta en matbutik, starta matbutik, öppna en matbutik, driva en matbutik,
        driva butiken, butiksdrift*, matbutiken`,
      related: `butik*, handla, handlar, kassa, kassan, medlem*, medlemmar, priser, låga priser, billig*, rabatt*,
        sortiment*`,
      hint: `affär*, livsmedel, varor`,
    },
    en: {
      core: `social supermarket*, social grocery, community supermarket*, community shop*, food shop with low prices,
        membership food shop*, low-cost groceries, discounted groceries, discounted food, reduced prices,
        membership card*, income threshold, eligible to shop, run a shop, running the shop, open a shop`,
      related: `shop, shops, store, stores, members, membership, prices, discount*, checkout`,
      hint: `groceries`,
    },
  },
  {
    // Differs from `food-security` (handing food out): who may get food aid and how people are referred and
    // followed on to other help — the social services, debt advice, the parish.
    id: 'food-aid-referral',
    label: {
      sv: 'Hänvisning till mathjälp och vägen vidare',
      en: 'Referral to food aid and the way onward',
    },
    short: { sv: 'hänvisning till mathjälp', en: 'referral to food aid' },
    sv: {
      core: `hänvisa till matbank*, hänvisar till matbank*, hänvisa till mathjälp*, hänvisar till mathjälp*,
        remiss till matbank*, remittera*, remitterande, hänvisning* till mathjälp, hänvisningar till matutdelning*,
        remisser från socialtjänsten, remiss från socialtjänsten, socialtjänsten hänvisar, hänvisas av socialtjänsten,
        hänvisas från socialtjänsten, nödbistånd, akut nödbistånd, matkuponger, matcheck*, ekonomiskt bistånd till mat,
        bistånd till livsmedel, vem som får mathjälp, vem som har rätt till mathjälp, behovsprövning*,
        behovsprövad*, vägen vidare efter matkassen, mer än en matkasse, matkassen är en väg in, samtal vid
        utdelningen, slussa vidare, slussar vidare, lotsa vidare, lotsar vidare`,
      related: `hänvisa*, hänvisning*, remiss*, socialtjänst*, bistånd*, =matkasse, =matkassen, =matkassar,
        matutdelning*, =matbanken`,
      hint: `rätt till, vägen vidare, vidare`,
    },
    en: {
      core: `referral to a food bank, referrals to the food bank, refer to food bank*, referred to the food bank,
        food voucher*, referral partners, referral agencies, emergency food aid, who is eligible for food aid,
        signpost food bank users, more than a food parcel, beyond the food parcel`,
      related: `referral*, refer, referred, eligib*, social services, vouchers`,
      hint: `onward, next step*`,
    },
  },
  {
    // Associations that cook or hand out food must be registered and keep to hygiene rules: help with that.
    id: 'food-safety-hygiene',
    label: {
      sv: 'Livsmedelshygien, registrering och egenkontroll',
      en: 'Food hygiene, registration and food-safety checks',
    },
    short: { sv: 'livsmedelshygien', en: 'food hygiene' },
    sv: {
      core: `livsmedelshygien*, livsmedelssäkerhet*, hygienregl*, hygienkurs*, hygienutbildning*, hygienkrav*,
        livsmedelslagstiftning*, livsmedelsverksamhet*, registrera livsmedelsverksamhet*, registrering av
        livsmedelsverksamhet*, registrera verksamheten hos kommunen, registrera köket, livsmedelsregistrering*,
        livsmedelsinspektör*, livsmedelskontroll*, livsmedelstillsyn*, kontrollmyndighet*, miljöförvaltning* kontroll*,
        egenkontroll*, egenkontrollprogram*, haccp, farobedömning*, temperaturkontroll*, temperaturlogg*, kyltemperatur*,
        matförgiftning*, magsjuka*, salmonella*, listeria*, spårbarhet*, märkning av livsmedel, allergimärkning*,
        hantera livsmedel säkert, säker livsmedelshantering, livsmedelshantering*, nedkylning*, återuppvärmning*,
        bra praxis, branschriktlinje*`,
      related: `hygien*, tillsyn*, kontroll*, märkning*, temperatur*, registrera*, registrering*, inspektion*`,
      hint: `regler, krav, kommunen`,
    },
    en: {
      core: `food hygiene, food safety, hygiene rules, hygiene course*, hygiene training, haccp, food business
        registration, register as a food business, food inspector*, food inspection*, environmental health officer*,
        temperature log*, temperature control, food poisoning, salmonella, listeria, allergen labelling,
        food labelling, safe food handling, food handling, traceability, cooling and reheating`,
      related: `hygiene, inspection*, labelling, temperature*, registration, register`,
      hint: `rules, requirements`,
    },
  },
  {
    // Differs from `malnutrition-prevention` (eating enough): special diets served in public meals — allergies,
    // coeliac disease, religious and ethical choices.
    id: 'special-diets',
    label: {
      sv: 'Specialkost, allergier och kostval av religiösa eller etiska skäl',
      en: 'Special diets, allergies and religious or ethical food choices',
    },
    short: { sv: 'specialkost', en: 'special diets' },
    sv: {
      core: `specialkost*, specialkoster, allergi*, allergiker*, allergen*, födoämnesallergi*, födoämnesöverkänslig*,
        överkänslighet*, matallergi*, nötallergi*, jordnötsallergi*, glutenfri*, glutenintolerans*, celiaki*,
        laktosfri*, laktosintolerans*, mjölkproteinallergi*, mjölkfri*, äggfri*, nötfri*, fiskallergi*, anafylaxi*,
        adrenalinpenna*, halal*, kosher*, fläskfri*, utan fläsk, inget fläsk, religiösa kostval, religiösa skäl,
        etiska kostval, etiska skäl, kostintyg*, läkarintyg för specialkost, intyg om specialkost,
        specialkostkock*, specialkostbeställning*, konsistensanpassad* kost, diabeteskost*, allergisäker*,
        allergirond*, fri från, friformat*`,
      related: `allergisk*, intolerans*, =diet, =dieter, =gluten, =laktos, nötter, =kostval, intyg*, religiös*,
        kulturella kostvanor`,
      hint: `anpassa maten, anpassad mat, anpassade måltider, =mat, =maten`,
    },
    en: {
      core: `special diet*, food allerg*, allergen*, nut allerg*, peanut allerg*, gluten-free, gluten free, coeliac*,
        celiac*, lactose-free, lactose free, lactose intolerance, dairy-free, egg-free, nut-free, anaphyla*,
        epipen*, halal, kosher, pork-free, no pork, religious diets, religious reasons, ethical diets,
        dietary requirements, dietary needs, medical diets, free-from`,
      related: `allergies, allergic, intolerance*, diet, diets, gluten, lactose`,
      hint: `adapted meals`,
    },
  },
  {
    // Differs from `healthy-eating` (cooking in general): cooking and planning food on a small budget, for
    // households short of money — planning the week's shopping, cheap filling dishes, using what is left.
    id: 'budget-cooking',
    label: {
      sv: 'Laga god mat på liten budget och planera inköpen',
      en: 'Cooking well on a small budget and planning the shopping',
    },
    short: { sv: 'matlagning på liten budget', en: 'budget cooking' },
    sv: {
      core: `liten budget, små marginaler, låg kostnad, billiga recept, billig matlagning, laga billig mat,
        lagar billig mat, laga billigt, laga mat billigt, lagar mat billigt, laga mat för lite pengar,
        laga mat för mindre pengar, prisvärd mat, prisvärda recept, budgetmat*, budgetrecept*, budgetmatlagning*,
        matbudget*, matpris*, stigande matpriser, dyrare mat, matpriserna,
        planera inköpen, planera inköp, planerar inköpen, inköpslista*, matsedel för veckan, veckomeny*,
        veckomatsedel*, storkok*, laga stora satser, frysa in, fryser in, matlådor till veckan, matpreppa*,
        mealprep*, meal prep*, hushållsekonomi*, hushållsbudget*, matsmart*, rester till ny*, resterna blir,
        baslivsmedel*, basvaror, recept som räcker, laga mat från grunden på en budget`,
      related: `matlagningskurs*, kokkurs*, laga mat, lagar mat, matlagning*, recept*, billig*, billigt, budget*,
        matkostnad*,
        inköp*, handla smart, handla billigt`,
      hint: `=mat, =maten, pengar, ekonomi`,
    },
    en: {
      core: `cooking on a budget, budget cooking, budget recipes, cheap recipes, cheap meals, cook on a budget,
        cooking on a low income, low-cost cooking, low-cost recipes, food budget*, rising food prices,
        cost of food, shopping list*, meal planning, plan meals, batch cooking, batch cook*, meal prep,
        household budget*, affordable recipes, stretch the food budget`,
      related: `cooking class*, cooking course*, cook, cooking, recipes, cheap, budget`,
      hint: `food, money`,
    },
  },
  {
    // Differs from `urban-gardening` (growing together anywhere): growing at school or preschool as part of
    // teaching, with the harvest going to the school kitchen.
    id: 'school-garden-learning',
    label: {
      sv: 'Skolträdgårdar och odling i undervisningen',
      en: 'School gardens and growing as part of teaching',
    },
    short: { sv: 'skolträdgård', en: 'school garden' },
    sv: {
      core: `skolträdgård*, skolodling*, förskoleodling*, odling i skolan, odlingen i skolan, odla i skolan,
        odlar i skolan, odla på skolgården, odlar på skolgården, odling på skolgården, odla på förskolan,
        odlar på förskolan, odling på förskolan, odlingslåd* på skolgården, pallkrag* på skolgården,
        skolans odling*, odling i undervisningen, odla i undervisningen, odling som undervisning, pedagogisk odling*,
        odlingspedagog*, trädgårdspedagog*, skolans trädgård, grönsaker till skolköket, skörden till skolköket,
        skörd till skolmaten, eleverna odlar, barnen odlar, eleverna sår, barnen sår, eleverna skördar,
        barnen skördar, odling över sommarlovet, vattna över sommaren, sommarlovet vattnas, skolkolonilott*`,
      related: `odling*, odla, odlar, pallkrag*, odlingslåd*, sådd, så frön, skörd*, skörda*, skolgård*,
        växthus*, biologi*, naturkunskap`,
      hint: `elever, barnen, förskola*, grönsaker`,
    },
    en: {
      core: `school garden*, school gardening, garden-based learning, growing at school, grow food at school,
        gardening at school, gardening in the curriculum, school allotment*, pupils grow, children grow vegetables,
        preschool garden*, harvest for the school kitchen`,
      related: `garden*, growing, grow, raised beds, greenhouse*, harvest*, sowing`,
      hint: `pupils, vegetables`,
    },
  },
  {
    // Visits to farms and food producers: children and townspeople seeing where food comes from.
    id: 'farm-visits',
    label: {
      sv: 'Gårdsbesök och möten med lantbruket',
      en: 'Farm visits and meeting farmers',
    },
    short: { sv: 'gårdsbesök', en: 'farm visits' },
    sv: {
      core: `gårdsbesök*, besök på gård*, besöka en gård, besöka gården, besöker gården, besöka gårdar,
        besök på bondgård*, bondgård*, lantbruksbesök*, besök hos lantbrukare, besöka lantbrukare, träffa en bonde,
        träffa bönder, träffa lantbrukare, kosläpp*, öppen gård, öppna gårdar, öppet hus på gården, gårdsdag*,
        skolklass* på gården, klassbesök på gården, djur på gården, mjölka kor, se korna, 4h*, 4h-gård*,
        lantbrukets dag, skördefest*, potatisplockning*, bärplockning*, plocka potatis, =hönseri, stallbesök*`,
      related: `gård, gården, gårdar, bonde, bönder, lantbrukare*, lantbruk*, djur, kor, grisar, höns`,
      hint: `besök*, landet, landsbygd*`,
    },
    en: {
      core: `farm visit*, visit a farm, visit the farm, visiting a farm, visits to farms, open farm*, city farm*,
        petting farm, meet a farmer, meet farmers, farm open day*, farm school*, school trips to farms, 4-h`,
      related: `farm, farms, farmer, farmers, animals, cows`,
      hint: `visit*, countryside`,
    },
  },
  {
    // Differs from the template's `premises` (any room): a kitchen fit for cooking in quantity, certified for
    // handing out food, that an association can borrow or hire.
    id: 'community-kitchens',
    label: {
      sv: 'Kök att låna eller hyra för matlagning i grupp',
      en: 'Kitchens to borrow or hire for group cooking',
    },
    short: { sv: 'kök att låna', en: 'a kitchen to use' },
    sv: {
      core: `låna ett kök, låna kök, låna köket, lånar ut köket, låna ut köket, lånar ut vårt kök, låna ut vårt kök,
        hyra kök, hyra ett kök, hyr ut köket, hyr ut vårt kök, tillgång till kök, tillgång till ett kök,
        saknar ett kök, har inget kök, ett större kök, ett storkök, storkök att låna, godkänt kök,
        registrerat kök, certifierat kök, kök som är godkänt, kök som är registrerat, undervisningskök*,
        hemkunskapssal*, hemkunskapssalen, hemkunskapskök*, skolkök på kvällar*, köket på kvällar*,
        köket på helger*, kök på kvällar*, kök på helger*, kök på vardagskvällar*, köket står tomt, köket står oanvänt, kök som står tomt, gemensamhetskök*, kvarterskök*,
        allaktivitetshus* kök, församlingskök*, församlingshemmets kök, kök i lokalen, lokal med kök,
        lokaler med kök, kokskola*, matlagningslokal*, restaurangkök*, kök för föreningar, kök för matlagning`,
      related: `=kök, =köket, köken, låna, hyra, lokal med, lokal*, kvällar, helger`,
      hint: `laga mat, lagar mat, matlagning*`,
    },
    en: {
      core: `community kitchen*, shared kitchen*, commercial kitchen*, borrow a kitchen, borrow the kitchen,
        hire a kitchen, kitchen to hire, kitchen for hire, kitchen space, access to a kitchen, use of a kitchen,
        teaching kitchen*, lend our kitchen, lend the kitchen, registered kitchen, certified kitchen,
        kitchen stands empty, kitchen is empty, church kitchen*, school kitchen in the evenings`,
      related: `kitchen, kitchens, venue with a kitchen, premises, borrow, hire`,
      hint: `cook, cooking, evenings`,
    },
  },
  {
    // Food businesses as social or local enterprises: cafés, catering and food trucks run to create jobs, and
    // new food firms' start-up help.
    id: 'food-enterprise',
    label: {
      sv: 'Matföretag, catering och kaféer som socialt eller lokalt företagande',
      en: 'Food businesses, catering and cafés as social or local enterprise',
    },
    short: { sv: 'matföretagande', en: 'food enterprise' },
    sv: {
      core: `matföretag*, livsmedelsföretag*, livsmedelsföretagare*, matentreprenör*, livsmedelsentreprenör*,
        starta matföretag, starta ett matföretag, starta en restaurang, starta restaurang, starta ett kafé,
        starta ett café, starta kafé, starta café, foodtruck*, food truck*, matvagn*, cateringföretag*, catering*,
        cateringfirma*, socialt kafé, sociala kaféer, socialt café, sociala caféer, kaféverksamhet*, caféverksamhet*,
        restaurangverksamhet*, lunchrestaurang*, matinkubator*, livsmedelsinkubator*, foodtech*, produktutveckling
        av livsmedel, livsmedelsförädling*, förädla råvaror, mathantverkare*, matkluster*, livsmedelskluster*,
        matmarknad*, matfestival*, gastronomi*, måltidsturism*, matturism*, restaurangnäring*, besöksnäring* mat`,
      related: `restaurang*, kafé*, café*, företag*, entreprenör*, affärsidé*, affärsmodell*, förädl*, försäljning*,
        sälja, säljer`,
      hint: `kunder, företagare, lönsam*`,
    },
    en: {
      core: `food business*, food enterprise*, food entrepreneur*, food start-up*, food startup*, start a restaurant,
        start a café, start a cafe, food truck*, catering business*, catering company, social café*, social cafe*,
        community café*, community cafe*, food incubator*, food innovation, food product development,
        food festival*, food tourism, gastronomy, culinary tourism`,
      related: `catering, restaurant*, café*, cafe*, business*, entrepreneur*, enterprise`,
      hint: `customers, sell, selling`,
    },
  },
  {
    // Differs from `work-training` (any work training): kitchens, cafés and food banks as places to train for the
    // restaurant and food trade.
    id: 'kitchen-work-training',
    label: {
      sv: 'Arbetsträning och yrkesutbildning i kök, kafé och livsmedel',
      en: 'Work training and vocational training in kitchens, cafés and food',
    },
    short: { sv: 'arbetsträning i kök', en: 'kitchen work training' },
    sv: {
      core: `arbetsträning i kök*, arbetsträna i kök*, arbetstränar i kök*, arbetsträning i restaurang*,
        arbetsträning i kafé*, arbetsträning i café*, arbetsträning på kafé*, praktik i kök*, praktik i köket,
        praktikplats* i kök*, praktik i restaurang*, praktikplats* i restaurang*, praktik på kafé*, praktik i butiken,
        restaurangutbildning*, restaurang- och livsmedelsprogram*, restaurangprogram*, kockutbildning* för,
        köksutbildning*, köksbiträdesutbildning*, utbildning till kock, utbildning till köksbiträde,
        utbildning till restaurangbiträde, yrkesutbildning inom restaurang, yrkesutbildning inom kök,
        lära sig jobba i kök, jobba i kök, jobb i kök, jobb i restaurang, restaurangjobb*, köksjobb*, diskare,
        disken, bageriutbildning*, bagerilärling*, kocklärling*, lärling* i kök*, kockar som handledare,
        jobb inom livsmedel, jobb i livsmedelsbranschen, restaurangbranschen, livsmedelsbranschen`,
      related: `arbetsträning*, praktik*, lärling*, handledare*, yrkesutbildning*, restaurang*, kök, köket, anställning*`,
      hint: `jobb, arbete, arbetsmarknad*`,
    },
    en: {
      core: `kitchen work training, work training in a kitchen, work experience in a kitchen, kitchen placement*,
        catering placement*, restaurant placement*, café placement*, cafe placement*, chef apprentice*,
        kitchen apprentice*, culinary training for, hospitality training, hospitality jobs, kitchen jobs,
        jobs in the restaurant trade, food industry jobs, catering qualification*, kitchen porter*`,
      related: `work experience, placement*, apprentice*, work training, vocational training, hospitality, restaurant*`,
      hint: `job, jobs, employment`,
    },
  },
  {
    // Food in a crisis or war: municipal and regional food preparedness, keeping public kitchens running,
    // households' own stores.
    id: 'food-preparedness',
    label: {
      sv: 'Livsmedelsberedskap och måltider vid kris',
      en: 'Food preparedness and meals in a crisis',
    },
    short: { sv: 'livsmedelsberedskap', en: 'food preparedness' },
    sv: {
      core: `livsmedelsberedskap*, livsmedelsförsörjning*, matförsörjning*, försörjningsberedskap*, beredskapslager*,
        nödlager*, krisberedskap* för mat, krisberedskap* för kök*, måltider vid kris, mat vid kris, mat i kris,
        mat vid störning*, mat vid elavbrott, kök vid elavbrott, köken vid elavbrott, reservkraft* till kök*,
        reservkraft* för kök*, nödvatten*, dricksvatten vid kris, hemberedskap*, krislåda*, kris- och
        krigsberedskap, höjd beredskap, civilt försvar, totalförsvar*, självförsörjning*, självförsörjningsgrad*,
        störningar i livsmedelskedjan, sårbar* livsmedelskedja*, kontinuitetsplan* för kök*, kontinuitetsplanering*
        för måltid*, om du får kris eller krig, nödkök*, fältkök*, evakuering* och mat, beredskapskök*`,
      related: `beredskap*, kris*, krisberedskap*, störning*, elavbrott*, reservkraft*, lager*, försvar*`,
      hint: `sårbar*, robust*`,
    },
    en: {
      core: `food preparedness, food security in a crisis, food supply in a crisis, emergency food supply,
        emergency stores, emergency stockpile*, food stockpile*, civil defence, civil defense, total defence,
        home preparedness, emergency kitchen*, field kitchen*, power cut* in the kitchen, backup power for kitchens,
        self-sufficiency, food self-sufficiency, disruption* to the food supply, continuity plan* for meals,
        food supply chain resilience`,
      related: `preparedness, crisis, emergency, resilience, backup power, stockpile*`,
      hint: `vulnerable, robust`,
    },
  },
  {
    // A municipality's or region's food strategy and meal policy, and food policy councils bringing producers,
    // kitchens and civil society together.
    id: 'food-strategy',
    label: {
      sv: 'Livsmedelsstrategi, måltidspolicy och matråd',
      en: 'Food strategy, meal policy and food councils',
    },
    short: { sv: 'livsmedelsstrategi', en: 'food strategy' },
    sv: {
      core: `livsmedelsstrategi*, regional livsmedelsstrategi, nationella livsmedelsstrategin, matstrategi*,
        måltidspolicy*, kostpolicy*, måltidsprogram*, kostprogram*, måltidsstrategi*, matpolitik*, livsmedelspolitik*,
        matpolitiskt, matråd* för regionen, lokalt matråd*, regionalt matråd*, food policy council*, matsystem*,
        hållbart matsystem*, hållbara matsystem, lokalt matsystem, regionalt matsystem, livsmedelskedjan i regionen,
        handlingsplan för livsmedel*, handlingsplan för måltid*, riktlinjer för måltider, riktlinjer för maten,
        måltidsriktlinje*, mål för måltiderna, mål för maten, livsmedelsnätverk*, matnätverk*,
        livsmedelsakademi*, matlandet, måltidsvision*, matvision*`,
      related: `strategi*, policy*, program*, handlingsplan*, styrdokument*, riktlinje*, mål, målen, nätverk*`,
      hint: `regionen, kommunen, politik*`,
    },
    en: {
      core: `food strategy, food strategies, regional food strategy, meal policy, food policy, food policies,
        food policy council*, food system*, sustainable food system*, local food system*, food plan*,
        food action plan*, catering policy, guidelines for meals, food network*, food partnership*`,
      related: `strategy, policy, action plan*, guidelines, network*`,
      hint: `region, council`,
    },
  },
  {
    // Planning menus and calculating nutrition: meal-planning systems, recipe databases, nutrient targets.
    id: 'menu-planning-systems',
    label: {
      sv: 'Menyplanering, näringsberäkning och måltidssystem',
      en: 'Menu planning, nutrient calculation and meal systems',
    },
    short: { sv: 'menyplanering', en: 'menu planning' },
    sv: {
      core: `menyplanering*, matsedelsplanering*, planera menyn, planera menyer, planera matsedeln, matsedelsplan*,
        näringsberäkn*, näringsberäkna*, näringsvärde*, näringsinnehåll*, näringsrekommendation*,
        nordiska näringsrekommendationer*, =nnr, näringsmål*, energiinnehåll*, receptdatabas*, receptbank*,
        receptsamling* för storkök*, standardrecept*, standardiserade recept, kostdatasystem*, kostdataprogram*,
        måltidssystem*, menysystem*, matsedelssystem*, mashie*, aivo*, matildas*, beställningssystem* för måltid*,
        specialkostbeställning*, digital* matsedel*, matsedelsapp*, skolmatsappen, portionsberäkning*,
        råvarukostnad per portion, portionskostnad*, portionspris*, kalkylera menyn`,
      related: `matsedel*, meny*, menyn, menyer, recept*, näring*, beräkn*, system*, kalkyl*, portionskostnad`,
      hint: `digital*, planering*`,
    },
    en: {
      core: `menu planning, plan the menu, planning menus, menu cycle*, nutrient calculation*, nutritional analysis,
        nutritional value*, nutrient content, nutrition recommendations, nordic nutrition recommendations,
        recipe database*, standard recipes, standardised recipes, meal planning system*, menu planning software,
        catering software, meal ordering system*, cost per portion, portion cost*`,
      related: `menu, menus, recipes, nutrient*, software, system*, calculat*`,
      hint: `digital, planning`,
    },
  },
  {
    // Differs from `malnutrition-prevention` (older people eating too little): food and meals in LSS housing,
    // social psychiatry and daily activity, where residents cook with staff and health risks run high.
    id: 'nutrition-in-disability-services',
    label: {
      sv: 'Mat och matvanor i LSS, socialpsykiatri och boendestöd',
      en: 'Food and eating habits in disability services and supported housing',
    },
    short: { sv: 'mat i LSS och boendestöd', en: 'food in disability services' },
    sv: {
      core: `mat i lss, maten i lss, måltider i lss, matvanor i lss, kost i lss, lss-boende* mat*, gruppbostad* mat*,
        gruppbostäder* mat*, servicebostad* mat*, mat på gruppbostaden, måltider på gruppbostaden, boendestöd* mat*,
        boendestöd* matlagning*, matlagning med boendestöd*, handla och laga mat med, hjälp att handla och laga mat,
        stöd att laga mat, stöd i matlagning*, daglig verksamhet* kök*, daglig verksamhet* kafé*,
        daglig verksamhet* café*, socialpsykiatri* mat*, måltider i socialpsykiatri*, bildstöd i köket,
        bildstöd för matlagning, bildrecept*, recept med bilder, lättlästa recept, lättläst kokbok*,
        kokbok* med bilder, ohälsosamma matvanor, levnadsvanor i lss, levnadsvanor i boendet,
        hälsa och levnadsvanor i lss, självbestämmande och mat, självbestämmande över maten`,
      related: `lss, gruppbostad*, servicebostad*, boendestöd*, socialpsykiatri*, daglig verksamhet*, bildstöd*,
        självbestämmande, levnadsvanor, matvanor`,
      hint: `=mat, =maten, matlagning*`,
    },
    en: {
      core: `food in supported housing, meals in supported living, nutrition in disability services,
        eating habits in group homes, cooking with support staff, help with shopping and cooking,
        easy-read recipe*, picture recipe*, recipes with pictures, pictorial recipe*, supported living meals,
        learning disability nutrition, self-determination over food`,
      related: `supported housing, supported living, group home*, disability services, day activity, day centre*,
        easy-read, lifestyle habits`,
      hint: `food, cooking`,
    },
  },
  {
    // What food is within reach where people live and meet: kiosks at sports grounds, vending machines,
    // shops and fast food near schools, nudging.
    id: 'healthy-food-environments',
    label: {
      sv: 'Hälsosamma matmiljöer: kiosker, butiker och utbud där människor möts',
      en: 'Healthy food environments: kiosks, shops and what is on offer where people meet',
    },
    short: { sv: 'hälsosamma matmiljöer', en: 'healthy food environments' },
    sv: {
      core: `matmiljö*, livsmedelsmiljö*, hälsosam* matmiljö*, kioskutbud*, kiosken, kiosker*, föreningskiosk*,
        idrottskiosk*, kiosk* i hallen, kiosk* på idrottsplats*, hälsosam kiosk, hälsosammare kiosk, sockerfri*
        kiosk, godis i kiosken, caféutbud*, kafeteria*, cafeteria*, varuautomat*, godisautomat*, snabbmat*,
        snabbmatsrestaurang*, gatukök*, energidryck*, sockerdryck*, läsk i kiosken, nudging, nudge*, knuffa,
        knuffar, hälsosamma val, det hälsosamma valet, det enkla valet, placering i butiken, exponering* av godis,
        butiksmiljö*, hälsosamt utbud, hälsosammare utbud, utbudet i butiken, frukt i kassan, frukt vid kassan,
        matöknar*, matöken, food desert*, reklam för ohälsosam*, marknadsföring av ohälsosam*, =godishyllan`,
      related: `utbud*, kiosk, godis*, läsk, snacks, socker*, butik*, fika, försäljning*, automat*`,
      hint: `hälsosam*, val, miljö*`,
    },
    en: {
      core: `food environment*, healthy food environment*, sports club kiosk*, kiosk at the club, tuck shop*,
        vending machine*, fast food, takeaway*, energy drink*, sugary drinks at, nudging, nudge*, healthy choice*,
        the healthy choice, healthier options, food desert*, junk food marketing, unhealthy food marketing,
        healthy retail, healthier checkouts, sweets at the checkout`,
      related: `kiosk*, snacks, sweets, sugar, fizzy drink*, shop*, on offer, what is sold`,
      hint: `healthy, choice*`,
    },
  },
  {
    // Fruit and berries that rot on trees and bushes: picking, pressing, sharing and preserving the harvest.
    id: 'harvest-sharing',
    label: {
      sv: 'Ta vara på skörden: fruktplockning, mustning och konservering',
      en: 'Making use of the harvest: fruit picking, pressing and preserving',
    },
    short: { sv: 'ta vara på skörden', en: 'harvest sharing' },
    sv: {
      core: `fruktplock*, plocka frukt, plockar frukt, plocka äpplen, plockar äpplen, äppelplock*, frukt som ruttnar,
        äpplen som ruttnar, frukt som blir liggande, nedfallsfrukt*, fallfrukt*, fruktträd* i trädgårdar, fruktbank*,
        fruktrådd*, rädda frukt, rädda äpplen, mustning*, musteri*, mosteri*, musta, mustar, must av äpplen,
        äppelmust*, äppelpress*, fruktpress*, saftning*, safta, saftar, sylta, syltar, syltning*, konserver*,
        konservering*, inläggning*, lägga in, fermenter*, torka frukt, torkar frukt, efterskörd*, bärplockning*,
        plocka bär, plockar bär, svamp och bär, skördeöverskott*, överskott från odling*, dela skörden, delar skörden,
        fruktträdsinventering*, kartlägga fruktträd, allmänningsträd*, ätbar* park*, ätbara växter, ätbar stad*,
        skafferi* av skörd*`,
      related: `frukt, äpplen, päron, plommon, bär, skörd*, trädgård*, fruktträd*, överskott*`,
      hint: `hösten, sommar*, trädgården`,
    },
    en: {
      core: `fruit picking, pick fruit, picking apples, apple picking, windfall*, fallen fruit, fruit that rots,
        gleaning, glean*, apple press*, apple pressing, juicing, cider pressing, preserving, preserves, jam-making,
        make jam, pickling, fermenting, fermentation, harvest sharing, share the harvest, surplus harvest,
        edible park*, edible city, edible landscap*, fruit tree* in gardens, berry picking, foraging`,
      related: `fruit, apples, pears, plums, berries, harvest, fruit trees`,
      hint: `autumn, summer`,
    },
  },
  {
    // Shops, deliveries and food access where the last shop has closed: village shops, service points,
    // grocery delivery in sparsely populated areas.
    id: 'rural-food-access',
    label: {
      sv: 'Tillgång till mat på landsbygden: lanthandel och hemleverans',
      en: 'Food access in rural areas: village shops and home delivery',
    },
    short: { sv: 'mat på landsbygden', en: 'rural food access' },
    sv: {
      core: `lanthandel*, byabutik*, bybutik*, landsbygdsbutik*, sista butiken, butiken har stängt, butiken stänger,
        butiken lagt ner, butiken har lagt ner, ingen butik i byn, ingen matbutik, långt till butiken,
        långt till närmaste butik, långt till affären, långt till närmaste matbutik, affären har stängt,
        servicepunkt*, dagligvarubutik* på landsbygd*, särskilt driftstöd, hemsändningsbidrag*, hemsändning*,
        varuhemsändning*, hemleverans* av mat, hemleverans* av livsmedel, matleverans* på landsbygd*,
        leverera mat till byn, kommersiell service, grundläggande service, glesbygd*, glesbygdsbutik*,
        obemannad* butik*, digital butik, automatbutik*, matbuss*, butiksbuss*, handlarbuss*, handelsbuss*`,
      related: `landsbygd*, byn, byar, bygden, butik*, affär*, leverans*, hemleverans*, avstånd*, =bil`,
      hint: `långt, mil, kollektivtrafik*`,
    },
    en: {
      core: `village shop*, rural shop*, community shop* in the village, the last shop, shop has closed,
        no shop in the village, far to the nearest shop, miles to the nearest shop, rural food access,
        rural food deliver*, grocery delivery in rural, home delivery of groceries, unmanned shop*, mobile shop*,
        service point*, sparsely populated`,
      related: `rural, village*, countryside, delivery, deliveries, home delivery`,
      hint: `distance, far`,
    },
  },
];

/** Sentences written as organisations of the field would, two needs and two offers per kind (unit tests). */
export const examples: Record<string, string[]> = {
  'school-meal-development': [
    'Många elever hoppar över skollunchen och vi vill utveckla skolrestaurangen tillsammans med eleverna.',
    'Ljudnivån i matsalen är hög och vi söker idéer för en lugnare måltidsmiljö.',
    'Vi har startat skolmatsråd där elever och kockar träffas och kan dela med oss av hur vi gjort.',
    'We can help schools improve school meals and the dining hall, with pupil voice on food.',
  ],
  'meal-pedagogy': [
    'Förskolans pedagoger vill arbeta med pedagogiska måltider och behöver inspiration.',
    'Många barn är kräsna och vi söker någon som kan hålla smaklektioner enligt Sapere.',
    'Vi är matpedagoger och håller smakskola där barnen får använda alla sinnen.',
    'We offer taste education so that children dare to try new foods and learn where food comes from.',
  ],
  'public-kitchen-organisation': [
    'Kommunen utreder om mottagningsköken ska bli tillagningskök och vill veta hur andra gjort.',
    'Vårt centralkök har nått sin kapacitet och vi behöver se över matlogistiken till skolorna.',
    'Vi har erfarenhet av att ställa om från kyld mat till tillagning på plats i alla förskolekök.',
    'We can advise on moving from a central kitchen to production kitchens and on hot holding and food transport.',
  ],
  'kitchen-staff-skills': [
    'Våra kockar behöver kompetensutveckling i att laga vegetariskt från grunden i stor skala.',
    'Det är svårt att rekrytera kockar och måltidspersonalen behöver mer yrkesstolthet.',
    'Vi anordnar inspirationsdagar och kockutbyten för måltidspersonal i regionen.',
    'We run culinary training for school cooks and catering staff on cooking from scratch.',
  ],
  'food-procurement': [
    'Vi vill dela upp livsmedelsupphandlingen så att lokala producenter kan lämna anbud.',
    'Kommunen behöver hjälp att ställa djurskyddskrav i nästa upphandling av livsmedel.',
    'Vi kan visa hur vi använder Upphandlingsmyndighetens kriterier vid inköp av livsmedel.',
    'We help municipalities write food procurement criteria so that small suppliers can bid.',
  ],
  'local-food-supply': [
    'Våra skolkök vill köpa mer närproducerat men vet inte vilka lantbrukare som finns i kommunen.',
    'Småskaliga producenter behöver en matnod där de kan samla sina leveranser till storkök.',
    'Vi är en grupp bönder som säljer lokala råvaror genom REKO-ring och gårdsbutik.',
    'We are local food producers looking for short supply chains to public kitchens.',
  ],
  'climate-smart-menus': [
    'Vi vill minska matens klimatpåverkan och servera mer växtbaserat i skolorna.',
    'Köken behöver recept på baljväxter och vegetariska rätter som eleverna gillar.',
    'Vi klimatberäknar menyer och visar hur man går mot mindre men bättre kött.',
    'We offer climate-smart, plant-based recipes and help kitchens measure the carbon footprint of food.',
  ],
  'organic-food': [
    'Kommunen har ett mål om 60 procent ekologiska livsmedel och vi ligger långt under.',
    'Vi vill öka andelen ekologiskt utan att matkostnaden ökar och söker andras erfarenheter.',
    'Vi är ekologiska lantbrukare med KRAV-märkt mjölk och grönsaker som vill leverera till kommunen.',
    'We help public kitchens raise their organic share and find certified organic produce.',
  ],
  'kitchen-food-waste': [
    'Vi behöver hjälp att mäta tallrikssvinnet i våra skolrestauranger.',
    'Det slängs för mycket mat i köken och vi vill minska serveringssvinnet.',
    'Vi har tagit fram en svinnvåg och metoder för svinnmätning som andra kök kan låna.',
    'We can help kitchens measure food waste and cut plate waste and overproduction.',
  ],
  'food-donation-logistics': [
    'Vi behöver en kylbil för att hämta överskottsmat från butikerna på morgonen.',
    'Föreningen saknar frysrum och kylrum för att kunna lagra de donerade livsmedlen.',
    'Vi har en lagerlokal med kylrum och kan samordna hämtningar från butiker i kommunen.',
    'We can lend our refrigerated van and help keep the cold chain for donated food.',
  ],
  'social-supermarkets': [
    'Vi vill starta en social matbutik där hushåll med låga inkomster kan handla billigt.',
    'Vi behöver stöd i butiksdriften och hur inkomstgränsen för medlemskap ska sättas.',
    'Vår sociala matbutik säljer mat till en tredjedel av priset och tar emot remisser.',
    'We run a social supermarket where members buy discounted groceries at reduced prices.',
  ],
  'food-aid-referral': [
    'Vi vill att socialtjänsten hänvisar till matbanken på ett tydligare sätt.',
    'Vi behöver veta vem som har rätt till mathjälp och hur vi slussar vidare till budget- och skuldrådgivning.',
    'Vi tar emot remisser från socialtjänsten och lotsar vidare till annan hjälp vid utdelningen.',
    'We work with referral partners so that food bank users are signposted beyond the food parcel.',
  ],
  'food-safety-hygiene': [
    'Föreningen behöver veta hur vi registrerar livsmedelsverksamheten hos kommunen innan vi börjar servera.',
    'Våra volontärer behöver en hygienkurs i säker livsmedelshantering.',
    'Miljöförvaltningens livsmedelsinspektörer kan hjälpa till med egenkontroll och temperaturkontroll.',
    'We offer food hygiene training and help with HACCP and allergen labelling.',
  ],
  'special-diets': [
    'Allt fler elever har specialkost och köket behöver kunskap om allergier och celiaki.',
    'Vi behöver hjälp att erbjuda halal och fläskfria alternativ av religiösa skäl.',
    'Vår dietist utbildar kockar i specialkost, glutenfri och laktosfri mat.',
    'We help kitchens handle food allergies, gluten-free diets and religious dietary requirements.',
  ],
  'budget-cooking': [
    'Många familjer har små marginaler och vill lära sig laga billig mat när matpriserna stiger.',
    'Vi söker någon som kan hålla en kurs i att planera inköpen och laga mat på liten budget.',
    'Vi håller matlagningskurser med budgetrecept, storkok och inköpslistor för veckan.',
    'We offer cooking on a budget classes with cheap recipes and meal planning.',
  ],
  'school-garden-learning': [
    'Vi vill starta en skolträdgård där eleverna odlar grönsaker till skolköket.',
    'Förskolan behöver hjälp att få igång odling på förskolan och någon som vattnar över sommarlovet.',
    'Vi är trädgårdspedagoger och hjälper skolor med odling i undervisningen.',
    'We support school gardens and garden-based learning from sowing to harvest.',
  ],
  'farm-visits': [
    'Vi vill att alla mellanstadieklasser ska få göra ett gårdsbesök och se var maten kommer ifrån.',
    'Vi söker en bondgård där förskolebarnen kan se djuren och mjölka kor.',
    'Vi är lantbrukare som tar emot skolklasser på gården och har öppen gård på kosläppet.',
    'We offer farm visits where pupils can meet a farmer and see the animals.',
  ],
  'community-kitchens': [
    'Vi behöver tillgång till ett större kök på kvällarna där vi kan laga mat till 50 personer.',
    'Föreningen saknar ett registrerat kök för att kunna dela ut lagad mat.',
    'Församlingen lånar ut köket i församlingshemmet till föreningar på vardagskvällar.',
    'Our school kitchen stands empty in the evenings and we can lend it to community groups.',
  ],
  'food-enterprise': [
    'Vi vill starta ett socialt kafé med catering och behöver hjälp med affärsmodellen.',
    'Nya livsmedelsföretagare i regionen behöver stöd att förädla och sälja sina produkter.',
    'Vi driver en matinkubator där matentreprenörer kan testa sina produkter.',
    'We help food entrepreneurs start a food truck or a catering business.',
  ],
  'kitchen-work-training': [
    'Deltagare som vill jobba i restaurangbranschen behöver praktik i kök.',
    'Vi behöver en köksutbildning för personer som står långt från arbetsmarknaden.',
    'Vårt kafé erbjuder arbetsträning i kök med handledning av erfarna kockar.',
    'We offer kitchen placements and hospitality training for people seeking work.',
  ],
  'food-preparedness': [
    'Kommunen behöver planera livsmedelsförsörjningen vid kris och höjd beredskap.',
    'Våra kök saknar reservkraft och vi behöver en plan för måltider vid elavbrott.',
    'Vi kan hjälpa kommuner med kontinuitetsplanering för måltider och livsmedelsberedskap.',
    'We advise on food preparedness and emergency food supply within civil defence.',
  ],
  'food-strategy': [
    'Kommunen ska ta fram en måltidspolicy och vill lära av andras livsmedelsstrategier.',
    'Vi vill bilda ett lokalt matråd med producenter, kök och föreningar.',
    'Regionen samordnar arbetet med den regionala livsmedelsstrategin och bjuder in till nätverk.',
    'We can support a local food policy council and a sustainable food system strategy.',
  ],
  'menu-planning-systems': [
    'Vi behöver ett nytt kostdatasystem för menyplanering och näringsberäkning.',
    'Köken vill ha standardrecept och en receptdatabas som följer näringsrekommendationerna.',
    'Vi hjälper kommuner att näringsberäkna matsedeln och räkna fram portionskostnad.',
    'We provide menu planning software with nutrient calculation and recipe databases.',
  ],
  'nutrition-in-disability-services': [
    'Många på våra gruppbostäder har ohälsosamma matvanor och personalen behöver stöd.',
    'Vi behöver lättlästa recept och bildstöd i köket för boende i LSS.',
    'Vi har tagit fram en kokbok med bilder för matlagning med boendestöd.',
    'We offer easy-read recipes and support for cooking with staff in supported living.',
  ],
  'healthy-food-environments': [
    'Vi vill göra föreningskiosken hälsosammare och minska godiset och läsken i kiosken.',
    'Det finns mycket snabbmat nära skolan och vi vill påverka matmiljön i området.',
    'Vi hjälper butiker att arbeta med nudging så att det hälsosamma valet blir det enkla valet.',
    'We help sports clubs make their kiosk healthier and replace energy drinks and sweets.',
  ],
  'harvest-sharing': [
    'Många äpplen ruttnar i villaträdgårdarna och vi söker folk som vill hjälpa till med fruktplockning.',
    'Vi behöver en fruktpress för att musta nedfallsfrukt i höst.',
    'Vi har ett musteri och hjälper föreningar att ta vara på äpplen till must och sylt.',
    'We organise gleaning and fruit picking so surplus harvest is shared, preserved or pressed.',
  ],
  'rural-food-access': [
    'Butiken i byn har lagt ner och det är långt till närmaste matbutik för de som saknar bil.',
    'Vi behöver hjälp med hemsändning av varor till hushåll i glesbygd.',
    'Vår lanthandel är servicepunkt och kör ut matkassar till byarna runtomkring.',
    'We run a village shop and deliver groceries to homes in sparsely populated areas.',
  ],
};
