import type { ConceptDefinition } from '../types';

// Culture, civil society and participation: culture and health, libraries, amateur culture and associations,
// popular education, volunteering, meeting places, public art, heritage, festivals and the infrastructure of
// civil society, as municipalities (kultur- och fritidsförvaltning, bibliotek, kulturskola, föreningsservice,
// äldreomsorg), regions (kultur i vården, regional kulturplan, primary care), state agencies (Kulturrådet,
// Statens konstråd, Riksantikvarieämbetet, MUCF, Myndigheten för kulturanalys, Myndigheten för stöd till
// trossamfund), study associations and folk high schools, culture associations and arrangers, artists,
// heritage societies, faith communities, volunteer centres, housing companies, businesses and universities ask
// of and offer each other. "kultur", "kulturliv", "konst", "civilsamhälle", "förening", "ideell", "idéburen",
// "engagemang", "delaktighet" and "deltagande" are in nearly every text of such a mobilisation, so no kind has
// them alone as a core term, only inside compounds and phrases that name it. The template's
// `culture` (culture and health as a whole: "kultur", "konst", "musik", "teater", "museum", "kulturarv") keeps its
// ground in the mental-health mobilisation, as do `volunteers` (extra hands), `premises` (rooms to borrow),
// `networks` (collaboration in general, which also knows IOP), `funding` and `association-admin`; so do the
// children's `arts-in-schools`, `arts-school-ensembles`, `reading-promotion` and `study-circles`, the older
// people's `care-home-activities`, `reading-outreach` and `spiritual-care`, social sustainability's
// `popular-education`, `citizen-dialogue`, `democracy-promotion` and `accessibility`, and physical activity's
// `dance-for-health`. The kinds below are the field's own shape of the work, each with words of its own, and a
// comment says how each differs where the names are close.
export const concepts: ConceptDefinition[] = [
  {
    // Differs from the template's `culture` (all culture and health) and `far-prescription` (exercise): culture
    // prescribed in health care — mostly to people on sick leave with mild to moderate mental ill-health — and
    // the culture-based rehabilitation groups that receive them.
    id: 'arts-on-prescription',
    label: {
      sv: 'Kultur på recept och kulturunderstödd rehabilitering',
      en: 'Arts on prescription and culture-based rehabilitation',
    },
    short: { sv: 'kultur på recept', en: 'arts on prescription' },
    sv: {
      core: `kultur på recept, kulturrecept*, konst på recept, natur och kultur på recept, museum på recept,
        sång på recept, kultur på remiss, kulturunderstödd*, kulturbaserad rehabilitering, kulturbaserad* rehab*,
        kultur som rehabilitering, kultur i rehabiliteringen, kultur som behandling, förskriva kultur,
        förskriver kultur, förskrivning av kultur, förskriven kultur, kulturförskrivning*, kulturgrupp* för sjukskrivna,
        kultur för sjukskrivna, kulturterapeut*, kulturinsats* för sjukskrivna`,
      related: `förskriv*, remiss*, remittera*, sjukskriv*, rehabiliteringskoordinator*, rehabkoordinator*,
        rehabilitering*, återgång i arbete, återgå i arbete, vårdcentral*, primärvård*, recept, sjukskrivna med lindrig,
        lindrig till måttlig psykisk ohälsa, lätt till måttlig psykisk ohälsa`,
      hint: `patienter, välbefinnande, psykisk ohälsa`,
    },
    en: {
      core: `arts on prescription, culture on prescription, art on prescription, museums on prescription,
        arts referral*, prescribe culture, prescribing culture, prescribed culture, culture-based rehabilitation,
        arts-based rehabilitation, arts for people on sick leave, creative health referral*`,
      related: `prescri*, referral*, referred, sick leave, rehabilitation, primary care, social prescribing`,
      hint: `patients, wellbeing`,
    },
  },
  {
    // Differs from `arts-on-prescription` (a prescription) and the template's `culture`: arts brought into
    // hospitals, psychiatry and other care settings for patients, relatives and staff.
    id: 'culture-in-healthcare',
    label: {
      sv: 'Kultur i vården: sjukhus, psykiatri och vårdmiljöer',
      en: 'Arts in health care: hospitals, psychiatry and care settings',
    },
    short: { sv: 'kultur i vården', en: 'arts in health care' },
    sv: {
      core: `kultur i vården, kultur i sjukvården, kultur inom vården, kultur inom sjukvården, kultur på sjukhus*,
        kultur inom psykiatrin, kultur i psykiatrin, kultur för patienter, kultur för inneliggande,
        kulturaktiviteter för patienter, konst i vården, konst i vårdmiljö*, konst på sjukhus*, musik i vården,
        musik på sjukhus*, musik på avdelning*, musik på neonatal*, sång för för tidigt födda, sjukhusclown*,
        clowner på sjukhus*, clownronden, clown* på barnklinik*, sjukhusmusiker*, sjukhusbibliotek*,
        patientbibliotek*, lekterapi*, lekterapeut*, kulturombud i vården, kultur- och vårdmiljö*,
        läkande miljö*, läkande miljöer, kultur för vårdpersonal`,
      related: `vårdmiljön, vårdmiljöer, sjukhus*, patient*, vårdavdelning*, avdelningen, inneliggande, psykiatri*, barnklinik*,
        barnsjukhus*, vårdpersonal*, neonatal*, hospice*, palliativ*`,
      hint: `vården, sjukvården`,
    },
    en: {
      core: `arts in health care, arts in healthcare, arts in hospitals, hospital arts, culture in health care,
        culture in healthcare, hospital clown*, clown doctor*, hospital musician*, music in hospital*,
        music on the ward*, patient library, patient libraries, hospital library, hospital libraries,
        play therapist*, play therapy, arts for patients, healing environment*, arts in psychiatric care`,
      related: `hospital*, patient*, ward*, inpatient*, psychiatr*, paediatric*, pediatric*, hospice*, palliative`,
      hint: `health care, healthcare`,
    },
  },
  {
    // Differs from `care-home-activities` (the everyday content of care homes) and `elderly-lonely`: professional
    // culture for older people, at home, at meeting points and in elderly care — culture contacts in care,
    // dementia-friendly museum visits, daytime concerts and dances.
    id: 'culture-for-older-people',
    boostWithGroups: { groups: ['elderly'], weight: 0.5 },
    label: {
      sv: 'Kultur för äldre och kultur i äldreomsorgen',
      en: 'Culture for older people and in elderly care',
    },
    short: { sv: 'kultur för äldre', en: 'culture for older people' },
    sv: {
      core: `kultur för äldre, kultur för seniorer, kultur för pensionärer, kultur i äldreomsorgen,
        kultur inom äldreomsorgen, kultur i omsorgen, kultur på äldreboende*, kultur på särskilt boende,
        kultur på boendet, kulturprogram för äldre, kulturprogram för seniorer, kulturprogram på äldreboende*,
        kulturombud i äldreomsorgen, kulturombud på boende*, kulturombud inom äldreomsorgen, äldrekultur*,
        seniorkultur*, kultur för personer med demens, demensvänlig* visning*, demensvänliga museer,
        demensvänligt museum, museibesök för personer med demens, konstvisning* för äldre, visning* för seniorer,
        minnesvandring*, dansant eftermiddag*, tedans*, eftermiddagsdans*, seniordans*, dagkonsert*, kaffekonsert*,
        lunchkonsert* för seniorer, konsert* på äldreboende*, konsert* på boendet, kulturkoffert*, kulturväska*,
        kultur i hemtjänsten, kultur hem till`,
      related: `kulturombud*, äldreboende*, särskilt boende, dagverksamhet*, träffpunkt*, seniorträff*, demens*`,
      hint: `äldreomsorg*, boendet, hemtjänst*, seniorer, pensionärer`,
    },
    en: {
      core: `culture for older people, arts for older people, culture for seniors, arts for seniors,
        arts in elderly care, culture in elderly care, culture in care homes, arts in care homes,
        dementia-friendly museum*, dementia-friendly tour*, dementia-friendly performance*,
        museum visits for people with dementia, tea dance*, afternoon dance*, daytime concert*, concerts in care homes,
        culture ambassador* in elderly care, concerts for older people, culture for care home residents`,
      related: `care home*, elderly care, dementia, day centre*, day center*, older people, seniors`,
      hint: `older, residents`,
    },
  },
  {
    // Differs from the template's `culture` (which knows any song and choir) and `arts-school-ensembles`
    // (children's choirs in the arts school): singing as health promotion — open choirs without auditions,
    // singing for lung health, Parkinson's or dementia, sing-alongs.
    id: 'choir-singing-health',
    label: { sv: 'Körsång och sång för hälsa', en: 'Choir singing and singing for health' },
    short: { sv: 'körsång och sång för hälsa', en: 'singing for health' },
    sv: {
      core: `körsång*, sjunga i kör, sjunger i kör, sjunga i en kör, öppen kör, öppna körer, kör för alla,
        kör för nybörjare, kör utan krav, kör utan provsjungning, utan provsjungning, kör för personer med,
        minneskör*, sång för hälsa, sång och hälsa, sjunga för hälsan, sjunga för att må bra, sång för lungorna,
        sjunga för lungorna, sång vid kol, sång för personer med, sång vid parkinson*, sång och andning,
        andning och sång, sångstund*, sånggrupp*, sångcirkel*, sångträff*, sångglädje, allsångskväll*, allsång*,
        körledare*, körpedagog*, sångpedagog*, sjunga tillsammans, sjunger tillsammans, sjung för livet`,
      related: `=kör, =körer, =kören, =körerna, sång, sången, sjunga, sjunger, stämmor, =röst, =rösten, =röster, andning*,
        körverksamhet*, =kol, parkinson*, lungsjuk*`,
      hint: `musik, glädje`,
    },
    en: {
      core: `choir singing, community choir*, open choir*, no-audition choir*, choir for everyone,
        choir for beginners, singing for health, singing for lung health, singing for breathing,
        singing for the brain, sing for health, singing group*, choir leader*, choir director*, singing teacher*,
        sing-along*, singalong*, sing together, singing together`,
      related: `choir*, singing, sing, voice, breathing, copd, parkinson*`,
      hint: `music`,
    },
  },
  {
    // Differs from the template's `culture` (taking part in culture) and `citizen-dialogue` (asking residents):
    // art made together with participants — co-creation, forum theatre, storytelling and open studios.
    id: 'participatory-arts',
    label: {
      sv: 'Medskapande konst, forumteater och berättande',
      en: 'Participatory arts, forum theatre and storytelling',
    },
    short: { sv: 'medskapande konst', en: 'participatory arts' },
    sv: {
      core: `medskapande konst*, medskapande kultur*, medskapande process*, medskapande projekt*,
        medskapande workshop*, deltagande konst*, deltagarkultur*, deltagarbaserad* konst*, community art*,
        socialt engagerad konst, konstnärlig process* tillsammans med, skapa tillsammans med, skapar tillsammans med,
        forumteater*, forumspel*, de förtrycktas teater, =boal, playbackteater*, berättarcafé*, berättarkafé*,
        berättarprojekt*, berättarverkst*, berättarworkshop*, digitalt berättande, digital storytelling,
        fotoprojekt*, photovoice, fotovoice, filmverkst*, konstverkst*, konstworkshop*, skaparverkst*,
        skapande verkstad, skapande verkstäder, öppen ateljé*, öppna ateljéer, kollektivverkst*, egna berättelser, sina berättelser`,
      related: `medskapande, medskap*, berättelse*, berättande, =verkstad, =verkstaden, =verkstäder, workshop*, gestalta*`,
      hint: `uttryck*, =röst, röster, deltagare`,
    },
    en: {
      core: `participatory arts, participatory art, community arts, community art, co-creation, co-created,
        co-creative, socially engaged art, forum theatre, forum theater, theatre of the oppressed, playback theatre,
        photovoice, digital storytelling, storytelling workshop*, creative workshop*, art workshop*,
        writing workshop*, open studio*, their own stories`,
      related: `co-creat*, stories, storytelling, workshop*, participants`,
      hint: `expression, voices`,
    },
  },
  {
    // Differs from `reading-promotion` and `reading-outreach` (reading itself): the public library as a place —
    // branches, staffed and self-service hours, programmes, makerspaces and rooms open to all.
    id: 'library-meeting-place',
    label: {
      sv: 'Biblioteket som mötesplats och folkbibliotekets verksamhet',
      en: 'The library as a meeting place and public library services',
    },
    short: { sv: 'biblioteket som mötesplats', en: 'the library as a meeting place' },
    sv: {
      core: `bibliotek som mötesplats, biblioteket som mötesplats, biblioteken som mötesplats*, folkbibliotek*,
        stadsbibliotek*, huvudbibliotek*, närbibliotek*, filialbibliotek*, biblioteksfilial*, meröppe*,
        meröppna bibliotek, obemannat bibliotek, obemannade tider, bemannade tider, biblioteksplan*, bibliotekslag*,
        biblioteksverksamhet*, biblioteksutveckling*, regional biblioteksverksamhet, biblioteksrum*,
        biblioteksprogram*, programverksamhet* på biblioteket, evenemang på biblioteket, aktiviteter på biblioteket,
        program på biblioteket, bibliotekets lokaler, bibliotekets öppettider, biblioteksbuss*, bokbuss*,
        makerspace*, skaparrum*, studieplats* på biblioteket, läsesal*, bibliotekspersonal*, bibliotekarier,
        språkcafé på biblioteket, digital hjälp på biblioteket, på biblioteket, till biblioteket, bibliotek,
        biblioteksbesök*`,
      related: `bibliotekarie*, öppettider, lånekort*, låna böcker, studieplats*`,
      hint: `böcker, läsa, studera`,
    },
    en: {
      core: `library as a meeting place, public library, public libraries, branch library, branch libraries,
        staffed hours, self-service library, self-service libraries, open library, unstaffed library, library plan*,
        library programme*, library program*, library events, events at the library, at the library, makerspace*,
        library staff, mobile library, mobile libraries, library, libraries`,
      related: `librarian*, opening hours, library card*`,
      hint: `books, study`,
    },
  },
  {
    // Differs from the template's `culture` (culture as health) and `club-development` (starting clubs in
    // general): people who make culture in their free time, together — amateur theatre, choirs' and musicians'
    // societies, folk music, photo and film clubs, local revues — and their associations.
    id: 'amateur-arts-associations',
    label: {
      sv: 'Amatörkultur och kulturföreningar',
      en: 'Amateur arts and arts associations',
    },
    short: { sv: 'amatörkultur', en: 'amateur arts' },
    sv: {
      core: `amatörkultur*, amatörteater*, amatörmusik*, amatörkör*, amatörorkester*, amatörscen*, amatörkonstnär*,
        amatörfilm*, amatörensemble*, amatörer, kulturförening*, teaterförening*, teatergrupp*, musikförening*,
        konstförening*, fotoklubb*, fotoförening*, filmklubb*, filmstudio*, filmförening*, spelmanslag*,
        spelmansstämma*, spelmän, folkmusikförening*, folkdanslag*, folkdansgille*, körförening*, körförbund*,
        revy*, lokalrevy*, bygdespel*, friluftsteater*, sommarteater*, hembygdsspel*, kulturutövare*,
        kulturutövande, eget skapande på fritiden, skapa på fritiden, hobbymusiker*, fritidskultur*,
        amatörkulturens samrådsgrupp, rockförening*, musikerförening*, konstnärsklubb*`,
      related: `amatör*, hobby*, repetera, repeterar, repetition*`,
      hint: `medlemmar, föreställning*, uppsättning*`,
    },
    en: {
      core: `amateur arts, amateur theatre, amateur theater, amateur music, amateur choir*, amateur orchestra*,
        amateur dramatics, amateur dramatic*, community theatre, community theater, arts association*,
        arts society, arts societies, camera club*, photo club*, film society, film societies, film club*,
        folk music association*, folk dance group*, revue*, local revue*, hobby musician*`,
      related: `amateur*, hobby*, rehearsal*, rehearse*`,
      hint: `members, performance*`,
    },
  },
  {
    // Differs from `networks` (collaboration in general), `association-admin` (a club's own paperwork) and
    // `club-development` (growing one club): the public side's policy and support structure for civil society as
    // a whole — local compacts, association services, grant rules, umbrella bodies, democracy conditions.
    id: 'civil-society-infrastructure',
    label: {
      sv: 'Civilsamhällets villkor: överenskommelser, föreningsstöd och stödstrukturer',
      en: 'Conditions for civil society: compacts, association support and support structures',
    },
    short: { sv: 'civilsamhällets villkor', en: 'conditions for civil society' },
    sv: {
      core: `civilsamhällespolicy*, civilsamhällespolitik*, civilsamhällesstrategi*, civilsamhällesprogram*,
        strategi för civilsamhället, policy för civilsamhället, program för civilsamhället,
        lokal överenskommelse, lokala överenskommelser, lokala överenskommelsen, överenskommelse med civilsamhället,
        överenskommelsen med civilsamhället, överenskommelse mellan kommunen och, civilsamhällets villkor,
        civilsamhällets förutsättningar, villkor för civilsamhället, förutsättningar för civilsamhället,
        stärka civilsamhället, civilsamhällets infrastruktur, stödstruktur* för civilsamhället,
        stöd till civilsamhället, stöd till föreningar, stöd till föreningslivet, stöd till ideella föreningar,
        föreningsservice*, föreningsstöd*, föreningsbidragsregler*,
        bidragsregler för föreningar, regler för föreningsbidrag, bidragsnorm*, demokrativillkor*,
        myndigheten för ungdoms- och civilsamhällesfrågor, =mucf, paraplyorganisation*, samordningsorganisation*,
        civilsamhällesråd*, civilsamhällesdialog*, dialogforum med civilsamhället, samråd med civilsamhället,
        dialog med civilsamhället, civilsamhällessamordnare*, föreningsregister*, föreningskatalog*,
        idéburna sektorn, idéburen sektor, forum idéburna organisationer, föreningsutbildning*`,
      related: `civilsamhälle*, idéburen*, idéburna, föreningsbidrag*, bidragsregler*, stödstruktur*, överenskommelse*`,
      hint: `föreningar, föreningslivet, stödformer`,
    },
    en: {
      core: `civil society policy, civil society strategy, strategy for civil society, local compact*,
        compact with civil society, conditions for civil society, civil society infrastructure,
        infrastructure organisation*, infrastructure organization*, umbrella organisation*, umbrella organization*,
        umbrella body, umbrella bodies, grant rules for associations, association support, democracy conditions,
        support structure* for civil society, voluntary sector strategy, dialogue with civil society`,
      related: `civil society, voluntary sector, third sector, non-profit sector, compact*`,
      hint: `associations`,
    },
  },
  {
    // Differs from `networks` (which knows "IOP" as one word of collaboration) and `procurement`: the
    // non-profit public partnership as a form — the agreement, state-aid and procurement law, registered
    // non-profit organisations, idea-based welfare.
    id: 'iop-partnerships',
    label: {
      sv: 'Idéburet offentligt partnerskap (IOP) och idéburen välfärd',
      en: 'Non-profit public partnerships (IOP) and non-profit welfare',
    },
    short: { sv: 'IOP', en: 'non-profit public partnerships' },
    sv: {
      core: `iop*, idéburet offentligt partnerskap, idéburna offentliga partnerskap, idéburet-offentligt partnerskap,
        partnerskapsavtal*, partnerskapsöverenskommelse*, ingå ett partnerskap, ingå partnerskap,
        idéburen välfärd, idéburna välfärdsaktörer, idéburen välfärdsaktör, idéburen aktör, idéburna aktörer,
        registrerad idéburen organisation, registrerade idéburna organisationer, registrering av idéburna,
        lagen om idéburen, statsstöd*, statsstödsregler*, upphandlingsfri*, utanför lou, alternativ till upphandling,
        i stället för upphandling, istället för upphandling, varken bidrag eller upphandling,
        tjänst* av allmänt ekonomiskt intresse, =sgei, långsiktigt partnerskap, partnerskap med kommunen,
        partnerskap med regionen, gemensamt finansierad verksamhet`,
      related: `idéburna organisationer, idéburen organisation, idéburen*, partnerskap*, samfinansier*,
        långsiktig samverkan, upphandling`,
      hint: `avtal, överenskommelse`,
    },
    en: {
      core: `non-profit public partnership*, idea-based public partnership*, public-civic partnership*,
        public-social partnership*, iop, partnership agreement*, alternative to procurement, instead of procurement,
        state aid rules, state aid, services of general economic interest, registered non-profit*,
        non-profit welfare provider*, non-profit welfare, idea-driven organisation*, idea-based organisation*`,
      related: `partnership*, non-profit*, co-financ*, long-term agreement*, procurement`,
      hint: `agreement*`,
    },
  },
  {
    // Differs from `popular-education` and `study-circles` (the circle as a form of learning): study associations
    // and folk high schools as co-arrangers of culture, lectures and public programmes with other actors.
    id: 'study-association-arrangements',
    label: {
      sv: 'Samarrangemang och kulturprogram med studieförbund och folkbildning',
      en: 'Co-arranged events and cultural programmes with study associations',
    },
    short: { sv: 'samarrangemang med studieförbund', en: 'co-arranging with study associations' },
    sv: {
      core: `samarrangemang*, samarrangera*, samarrangör*, medarrangör*, kulturprogram* med studieförbund*,
        kulturprogram i studieförbund*, studieförbundets kulturprogram, studieförbundens kulturprogram,
        arrangera tillsammans med studieförbund*, arrangerar tillsammans med studieförbund*,
        i studieförbundets regi, genom studieförbundet, via studieförbundet, med studieförbundet,
        studieförbund som medarrangör, studieförbundens lokalavdelning*, folkbildningsrådet,
        folkbildningsbidrag*, folkbildningsanslag*, statsbidrag till folkbildning*, studietimm*, deltagartimm*,
        öppen föreläsning*, öppna föreläsningar, föreläsningskväll*, föreläsningsserie*, folkbildningsarrangemang*,
        folkhögskolans konstnärliga*, konstnärlig folkhögskoleutbildning*, folkhögskolelinje*, skrivarlinje*,
        konstlinje*, musiklinje*, studieförbund*, folkbildning*`,
      related: `=abf, studiefrämjandet, =sensus, vuxenskolan, medborgarskolan, folkuniversitetet,
        ibn rushd, kulturens bildningsverksamhet, =nbv, studieförbundet bilda, folkhögskol*, kulturprogram*,
        föreläsning*, arrangemang*, cirkelledare*`,
      hint: `arrangera*, kvällar`,
    },
    en: {
      core: `co-arrange*, co-host*, co-organise*, co-organize*, co-organiser*, co-organizer*,
        cultural programme* with study association*, study association* as co-organiser*, study hours,
        public lecture*, lecture series, lecture evening*, folk high school arts course*`,
      related: `study association*, popular education, adult education association*, folk high school*,
        cultural programme*, lectures, lecture`,
      hint: `arrange*, events`,
    },
  },
  {
    // Differs from the template's `volunteers` (extra hands) and crisis preparedness's
    // `voluntary-resource-groups` (volunteers called out in a crisis): the work of coordinating volunteers —
    // volunteer centres, matching, induction, background checks, keeping and thanking them.
    id: 'volunteer-coordination',
    label: {
      sv: 'Volontärsamordning och volontärförmedling',
      en: 'Volunteer coordination and volunteer matching',
    },
    short: { sv: 'volontärsamordning', en: 'volunteer coordination' },
    sv: {
      core: `volontärsamordn*, frivilligsamordn*, volontärkoordinator*, volontäransvarig*, volontärhandledare*,
        volontärledning*, volontärbyrå*, volontärcentral*, frivilligcentral*, frivilligbyrå*, volontärförmedling*,
        engagemangsförmedling*, engagemangsguide*, förmedla volontärer, förmedlar volontärer, förmedla uppdrag,
        matcha volontärer, matchar volontärer, matchning av volontärer, volontärmatchning*, volontärplattform*,
        volontärdatabas*, volontärregister*, volontärpool*, volontärpolicy*, volontäravtal*, volontäruppdrag*,
        volontärintroduktion*, introduktion för volontärer, introducera volontärer, introduktion av volontärer,
        volontärutbildning*, utbilda volontärer, behålla volontärer, behålla våra volontärer,
        ta hand om volontärerna, tacka volontärerna, uppskatta volontärerna, volontärfest*, volontärvård*,
        volontärträff*, handledning av volontärer, samordna volontärer, samordnar volontärer, samordna frivilliga,
        samordnar frivilliga, samordning av volontärer, samordning av frivilliga, utdrag ur belastningsregistret, belastningsregisterutdrag*,
        belastningsregister*`,
      related: `volontär*, frivillig*, rekrytera volontärer, rekrytering av volontärer, matchning*`,
      hint: `ideell*, engagemang, uppdrag, introduktion*`,
    },
    en: {
      core: `volunteer coordinat*, volunteer manag*, volunteer centre*, volunteer center*, volunteer bureau*,
        volunteer matching, match volunteers, matching volunteers, volunteer platform*, volunteer database*,
        volunteer pool*, volunteer policy, volunteer policies, volunteer agreement*, volunteer induction,
        volunteer training, train volunteers, retain volunteers, volunteer retention, volunteer recognition,
        criminal record check*, background check*, volunteer role*`,
      related: `volunteer*, volunteering, recruit volunteers, coordinat*, matching, matches people, induction,
        retention`,
      hint: `engagement`,
    },
  },
  {
    // Differs from the template's `volunteers` (any volunteer) and `workplace` (staff's mental health):
    // businesses lending their staff's time and skills — volunteer days, pro bono, employer-supported
    // volunteering.
    id: 'corporate-volunteering',
    label: {
      sv: 'Företagsvolontärer och näringslivets engagemang',
      en: 'Corporate volunteering and business engagement',
    },
    short: { sv: 'företagsvolontärer', en: 'corporate volunteering' },
    sv: {
      core: `företagsvolontär*, medarbetarvolontär*, personalvolontär*, anställda som volontärer,
        anställda som volontärar, volontärdag*, engagemangsdag*, frivilligdag*, samhällsdag*, volontärtimmar,
        volontärtid*, volontära på arbetstid, volontärarbete på arbetstid, engagera sig på arbetstid,
        ideellt på arbetstid, arbetsgivarstött volontär*, kompetensvolontär*, pro bono, probono*,
        företagets samhällsengagemang, företags samhällsengagemang, företagens samhällsengagemang,
        =csr, csr-arbete*, csr-strategi*, socialt ansvarstagande, samhällsengagerade företag,
        näringslivets engagemang, företagspartnerskap*, engagera sina medarbetare, engagera våra medarbetare,
        teambuilding* som gör nytta`,
      related: `samhällsansvar*, näringsliv*, medarbetare, anställda, arbetstid*, kollegor`,
      hint: `hållbarhet*, kompetens, företag*`,
    },
    en: {
      core: `corporate volunteering, employee volunteering, employer-supported volunteering, volunteer day*,
        volunteering day*, staff volunteering, skills-based volunteering, pro bono, corporate social responsibility,
        csr, company volunteers, employees volunteer, employees volunteering, volunteer during working hours,
        volunteering in working hours, team volunteering, community day*, business engagement`,
      related: `companies, company, businesses, employees, staff, working hours, colleagues`,
      hint: `sustainability`,
    },
  },
  {
    // Differs from `premises` (rooms to borrow or rent): running an open, non-commercial meeting place —
    // hosts, drop-in, the neighbourhood's living room, welcoming anyone without an errand.
    id: 'open-meeting-places',
    label: {
      sv: 'Öppna mötesplatser och värdskap',
      en: 'Open meeting places and hosting',
    },
    short: { sv: 'öppna mötesplatser', en: 'open meeting places' },
    sv: {
      core: `öppen mötesplats, öppna mötesplatser, öppna mötesplatsen, mötesplatsverksamhet*, mötesplatsvärd*,
        mötesplatsutveckl*, mötesplatsledare*, mötesplatssamordn*, värdskap*, värdar på plats, värd på plats,
        värdar som tar emot, träffpunktsverksamhet*, öppen träffpunkt, öppna träffpunkter, drop in*, drop-in*,
        öppet hus, stadsdelens vardagsrum, områdets vardagsrum, bygdens vardagsrum, byns vardagsrum,
        ortens vardagsrum, vardagsrum för, tredje plats*, kravlös* gemenskap, kravlös* mötesplats*,
        komma som man är, komma som du är, utan att köpa något, utan konsumtionskrav,
        icke-kommersiell* mötesplats*, icke-kommersiella platser, mötesplatser för alla, mötesplats för alla,
        mötesplats för alla åldrar, spontana möten, öppet kafé*, öppen verksamhet för vuxna, värmestuga* för alla,
        mötesplats*`,
      related: `träffpunkt*, =värdar, =värdarna, öppettider, spontan*, kravlös*, välkomnande`,
      hint: `fika, kaffe, välkomna, gemenskap, =värd`,
    },
    en: {
      core: `open meeting place*, open meeting space*, community living room*, third place*, drop-in*, drop in,
        hosts on site, open house, welcoming space*, warm space*, warm hub*, non-commercial space*,
        no need to buy anything, come as you are, meeting place for everyone, meeting places for everyone,
        meeting place*`,
      related: `community space*, welcoming, hosts, hosting, opening hours`,
      hint: `coffee, welcome`,
    },
  },
  {
    // Differs from the template's `culture` (art as activity) and social sustainability's
    // `health-promoting-planning`: commissioned art in public space — the one-percent rule, art programmes,
    // sketches, murals and light art in squares, schools, housing areas and care buildings.
    id: 'public-art',
    label: {
      sv: 'Konstnärlig gestaltning i offentlig miljö',
      en: 'Public art and artistic design of public space',
    },
    short: { sv: 'konstnärlig gestaltning', en: 'public art' },
    sv: {
      core: `konstnärlig gestaltning*, konstnärliga gestaltning*, konstnärligt gestaltad*, gestaltningsuppdrag*,
        gestaltningsprogram*, gestaltningsprocess*, enprocentsregel*, enprocentregel*, en procent till konst,
        procentregeln, offentlig konst, offentliga konsten, offentliga konstverk*, konst i offentlig miljö,
        konst i det offentliga rummet, konst i offentliga rum*, konst i stadsmiljö*, konst i bostadsområde*,
        konst vid nybyggnation*, konst i nya skolor, statens konstråd, konstprogram*, konstkonsult*,
        konstsamordnare*, konstintendent*, idéskiss*, skissuppdrag*, skisstävling*, konstnärstävling*,
        gatukonst*, muralmålning*, =mural, =muralen, muraler, väggmålning*, gavelmålning*, fasadmålning*,
        ljuskonst*, ljusinstallation*, skulptur*, konstverk*, lekskulptur*, platsspecifik*, temporär konst,
        tillfällig konst, konstnärlig* medverkan i stadsbyggnad*, graffitivägg*, laglig vägg, lagliga väggar,
        lagliga graffitiväggar`,
      related: `gestaltning*, offentlig miljö, offentliga miljöer, offentliga rum*, stadsmiljö*, gestalta*, torg*,
        fasad*, konstnärer, konstnär`,
      hint: `plats*, stadsbyggnad*`,
    },
    en: {
      core: `public art, art in public space*, art in public places, percent for art, per cent for art,
        one percent rule, one per cent rule, artistic design, public art programme*, public art program*,
        public art commission*, commissioned artwork*, art commission*, art consultant*, street art, mural*,
        light art, light installation*, sculpture*, artwork*, site-specific, temporary art, legal wall*,
        graffiti wall*, public art agency`,
      related: `public space*, urban space*, façade*, facade*, town square*, squares, streetscape*, artists`,
      hint: `=place, =places, design`,
    },
  },
  {
    // Differs from the template's `culture` (which knows "kulturarv" and "museum" as culture in general) and
    // `arts-in-schools` (heritage education for pupils): local history, heritage societies, cultural
    // environments, archives and the collection of memories.
    id: 'cultural-heritage',
    label: {
      sv: 'Kulturarv, kulturmiljö och lokalhistoria',
      en: 'Cultural heritage, historic environments and local history',
    },
    short: { sv: 'kulturarv och lokalhistoria', en: 'heritage and local history' },
    sv: {
      core: `kulturarvsarbete*, kulturarvsinstitution*, kulturarvsförening*, kulturarvsdag*, kulturarv för alla,
        hembygdsförening*, hembygdsgård*, hembygdsrörelse*, hembygdsförbund*, hembygdsmuse*, bygdemuse*,
        bygdens historia, lokalhistori*, ortens historia, områdets historia, stadsdelens historia, byns historia,
        historisk* vandring*, historiska promenad*, stadsvandring*, kulturvandring*, kulturmiljö*, kulturhistorisk*,
        byggnadsminne*, fornlämning*, fornminne*, byggnadsvård*, kulturreservat*, världsarv*, industriminne*,
        industriarv*, immateriellt kulturarv, immateriella kulturarvet, levande kulturarv, traditionsbär*,
        minnesinsamling*, samla in berättelser, samla in minnen, samlar in berättelser, samlar in minnen,
        dokumentera minnen, insamling av berättelser, berättelser från förr, folkrörelsearkiv*, föreningsarkiv*,
        lokalarkiv*, bildarkiv*, digitalisera arkiv*, digitalisering av arkiv*, arkivinstitution*, släktforskning*,
        riksantikvarieämbetet, =raä, länsmuse*, länsstyrelsens kulturmiljö*, museiföremål*, museisamling*,
        kulturarv*`,
      related: `historia, historien, historisk*, muse*, arkiv*, traditioner, tradition*, minnen,
        hembygd*, gamla byggnader`,
      hint: `berättelse*, förr, förr i tiden`,
    },
    en: {
      core: `cultural heritage, heritage work, heritage site*, heritage association*, heritage society,
        heritage societies, local history society, local history societies, local heritage, local history,
        historic environment*, built heritage, listed building*, intangible heritage, intangible cultural heritage,
        living heritage, world heritage, heritage walk*, history walk*, oral history, memory collection,
        collect memories, collecting memories, community archive*, digitise archive*, digitize archive*,
        genealogy, family history, county museum*, heritage day*, heritage board, heritage`,
      related: `history, historical, museum*, tradition*, memories, archive*`,
      hint: `past, stories`,
    },
  },
  {
    // Differs from physical activity's `mass-participation-events` (fun runs) and `alcohol-free-events`
    // (parties on high-risk nights): festivals, town celebrations and cultural events — arranging them, the
    // stage, the programme and the municipality's events support.
    id: 'festivals-events',
    label: {
      sv: 'Festivaler, stadsfester och kulturevenemang',
      en: 'Festivals, town celebrations and cultural events',
    },
    short: { sv: 'festivaler och evenemang', en: 'festivals and events' },
    sv: {
      core: `festival*, stadsfest*, kulturnatt*, kulturnatten, kulturdag*, kulturvecka*, kulturveckan, kulturfest*,
        kulturkalas*, byfest*, bydag*, marknadsdag*, julmarknad*, höstmarknad*, skördefest*, nationaldagsfirande*,
        firandet av nationaldagen, midsommarfirande*, valborgsfirande*, mångfaldsfest*, pridefestival*,
        pridefirande*, prideparad*, gatufest*, parkfest*, evenemangsstrategi*, evenemangsstöd*, evenemangsbidrag*,
        evenemangssamordn*, evenemangsplaner*, evenemangskalender*, evenemangsarrangör*, evenemangsansvarig*,
        evenemangsteknik*, scenteknik*, ljud och ljus, ljud- och ljusteknik*, scen och ljud, mobil scen*,
        scenvagn*, utomhusscen*, parkscen*, sommarscen*, parkkonsert*, konsert* i parken, arrangera en festival,
        arrangera festivalen, arrangera evenemang, arrangerar evenemang, stora evenemang, publika evenemang,
        kulturevenemang*, evenemang*`,
      related: `arrangemang*, festlig*, firande*, =scen, =scenen, =scener, =publik, =publiken, besökare,
        =marknad, =marknaden, =marknader, arrangörer`,
      hint: `sommaren, helgen, helgens, underhållning*, program`,
    },
    en: {
      core: `festival*, town festival*, street festival*, culture night*, cultural festival*, arts festival*,
        music festival*, film festival*, literature festival*, children's festival*, national day celebration*,
        christmas market*, harvest festival*, pride festival*, pride parade*, events strategy, event strategy,
        event support, events calendar, outdoor stage*, mobile stage*, stage and sound, sound and lighting,
        park concert*, summer stage*, public events, large events`,
      related: `events, event, celebration*, audience*, visitors, stage, programme, markets, market, entertainment`,
      hint: `summer, weekend`,
    },
  },
  {
    // Differs from `festivals-events` (arranging the event) and safety's kinds (crime in places): the permits,
    // safety plans and crowd management an event needs, and keeping visitors safe from harassment there.
    id: 'event-permits-safety',
    label: {
      sv: 'Tillstånd, säkerhet och trygghet vid evenemang',
      en: 'Permits, safety and security at events',
    },
    short: { sv: 'säkerhet vid evenemang', en: 'event safety' },
    sv: {
      core: `offentlig tillställning, offentliga tillställningar, allmän sammankomst, allmänna sammankomster,
        tillstånd från polisen, tillstånd hos polisen, polistillstånd*, polisens tillstånd, ordningslag*,
        ordningsvakt*, publiksäkerhet*, publikflöde*, trängsel*, folkmassa*, säkerhetsplan*, evenemangssäkerhet*,
        säkerhetsansvarig* vid evenemang, säkerhet vid evenemang, säkerheten vid evenemang, säkerhet på evenemang,
        säkerhet på festival*, riskbedömning* av evenemang*, riskbedömning* för evenemang*, räddningsväg*,
        utrymningsplan*, utrymningsväg*, markupplåtelse*, upplåtelse av offentlig plats, upplåtelse av mark,
        tillfällig* upplåtelse*, sjukvårdsberedskap* vid evenemang, sjukvårdstält*, sjukvårdsinsats* vid evenemang,
        trygg festival, trygga festivaler, tryggare festival*, trygga evenemang, tryggare evenemang,
        trygghet på festival*, trygghet vid evenemang, trygghet på evenemang, sexuella trakasserier på festival*,
        ofredande på festival*, trygghetsvärd* på festival*, trygghetsteam* på evenemang, evenemangstillstånd*,
        tillfällig livsmedelsverksamhet, tillstånd för evenemang, tillstånd för festival*, tillstånd för marknad*`,
      related: `tillstånd*, säkerhet*, polis*, ordningsvakter, =vakter, =vakterna, räddningstjänst*, =publik, =publiken,
        besökare, evenemang*`,
      hint: `ansök*, regler, trygghet*`,
    },
    en: {
      core: `event permit*, events permit*, public gathering permit*, public event permit*, police permit*,
        crowd safety, crowd management, crowd control, event safety, event security, safety plan*,
        evacuation plan*, risk assessment for event*, risk assessment of event*, security staff, stewards,
        stewarding, first aid cover, medical cover at event*, safe festival*, safer festival*,
        harassment at festival*, temporary use of public land, land use permit*, safety at events`,
      related: `permit*, permission, police, security, safety, crowd, crowds, visitors, events`,
      hint: `rules, apply`,
    },
  },
  {
    // Differs from `arts-school-ensembles` (the arts school's own teaching) and `activity-fees-and-cards`:
    // widening who the arts school reaches — fee-free places, new neighbourhoods, after-school and open forms,
    // new art forms, queues and the national arts school policy.
    id: 'arts-school-access',
    label: {
      sv: 'Kulturskolan för fler: avgifter, nya områden och nya elevgrupper',
      en: 'Arts school for more children: fees, new neighbourhoods and new pupils',
    },
    short: { sv: 'kulturskola för fler', en: 'arts school for more' },
    sv: {
      core: `kulturskola för alla, kulturskolan för alla, kulturskola för fler, kulturskolan för fler,
        avgiftsfri kulturskola, avgiftsfri* kulturskol*, kostnadsfri kulturskola, kulturskolecentrum,
        kulturskolerådet, kulturskoleutredning*, nationella kulturskoleutredningen, kulturskoleprogram*,
        kulturskoleplan*, kulturskolans uppdrag, kulturskolan i området, kulturskolan i ytterområden,
        kulturskola i ytterområd*, kulturskolan flyttar ut, kulturskolan på fritids*, kulturskola på fritids*,
        kulturskola i förort*, kulturskolan kommer till, öppen kulturskola*, kulturskolans öppna verksamhet,
        prova på kulturskola*, kulturskolans kö*, kö till kulturskolan, kulturskolans elever, nya elevgrupper,
        nå nya elevgrupper, breddat ämnesutbud, kulturskolan når, når inte kulturskolan, kulturskoleavgift*, kulturskol*`,
      related: `avgiftsfri*, väntelist*, ytterområd*, nå fler barn, breddat deltagande, bredda deltagandet,
        bredda rekryteringen, nya konstformer`,
      hint: `barn, unga, elever, socioekonomisk*, avgift*`,
    },
    en: {
      core: `arts school for all, music school for all, free arts school, fee-free arts school, arts school outreach,
        widen participation in arts school*, arts school in the neighbourhood, arts school in after-school,
        arts school waiting list*, new groups of pupils, national arts school centre, arts school fees`,
      related: `arts school*, music school*, fees, waiting list*, widen participation, reach more children`,
      hint: `children, young people, pupils`,
    },
  },
  {
    // Differs from `arts-in-schools` (professional culture for pupils) and `meaningful-leisure` (something to do):
    // young people's own creating and arranging — studios, open stages, young arrangers, micro-grants.
    id: 'youth-culture-creation',
    label: {
      sv: 'Ungas eget skapande och ungdomskultur',
      en: "Young people's own creating and youth culture",
    },
    short: { sv: 'ungas eget skapande', en: "young people's own creating" },
    sv: {
      core: `ungdomskultur*, ung kultur, unga kulturskapare, unga kreatörer, unga arrangörer, ung arrangör*,
        ungt arrangörskap, unga arrangerar, ungas eget skapande, ungas skapande, unga skapar, ung kultur möts,
        =ukm, unga konstnärer, ung scen*, ungdomsscen*, ungdomsteater*, bandcoach*, musikstudio*,
        inspelningsstudio*, studio för unga, replokal* för unga, musikproduktion*, producera musik, beatmaking,
        hiphopverkst*, rapworkshop*, rapverkst*, poddstudio*, podd för unga, graffitiworkshop*, spoken word,
        poetry slam, poetryslam*, estradpoesi*, dansbattle*, open mic*, öppen scen*, öppna scener,
        ungdomskulturstipendi*, kulturstipendi* för unga, mikrostipendi*, snabba pengar för unga, unga idéer,
        ungdomsdriven*, ungdomsstyrd*, ungdomsinitiativ*`,
      related: `ungdomsverksamhet*, eget skapande, studio*, =scen, =scenen, =scener`,
      hint: `ungdomarna, tonåringar, =unga, ungdomar, skapa, skapar`,
    },
    en: {
      core: `youth culture, young creators, young artists, young organisers, young organizers, youth-led event*,
        youth arts, youth theatre, youth theater, recording studio*, music studio*, music production, beat making,
        beatmaking, rap workshop*, hip-hop workshop*, hip hop workshop*, spoken word, poetry slam*, open mic*,
        open stage*, micro-grant* for young, youth arts grant*, podcast studio*, youth-led`,
      related: `studio*, stage`,
      hint: `youth, teenagers, young people, create, creating`,
    },
  },
  {
    // Differs from `accessibility` (buildings and information for everyone): culture made accessible to people
    // with disabilities — audio-described, sign-interpreted and relaxed performances, companion tickets, and
    // artists with intellectual disabilities in daily activities.
    id: 'culture-disability-access',
    label: {
      sv: 'Tillgänglig kultur för personer med funktionsnedsättning',
      en: 'Accessible culture for people with disabilities',
    },
    short: { sv: 'tillgänglig kultur', en: 'accessible culture' },
    sv: {
      core: `tillgänglig kultur, tillgängligt kulturliv, tillgänglig scenkonst, tillgängliga föreställningar,
        tillgänglig föreställning, tillgänglig visning*, tillgängliga visningar, syntolkad*, syntolkning*, syntolk*,
        teckenspråkstolkad*, teckenspråkstolkning*, teckenspråkstolk*, teckenspråkig* föreställning*,
        teckenspråkig* visning*, scentextning*, textad* föreställning*, avslappnad* föreställning*,
        avslappnad* visning*, lugn* visning*, sensorikvänlig*, sensoriskt anpassad*, anpassad* föreställning*,
        anpassad* visning*, taktil* visning*, kultur inom lss, kultur inom daglig verksamhet,
        kultur för personer med funktionsnedsättning, konstnärer med funktionsnedsättning,
        konstnärlig verksamhet inom daglig verksamhet, teater inom daglig verksamhet, daglig verksamhet med kultur*,
        daglig verksamhet inom kultur*, inkluderande ensemble*, inkluderande teater*, ledsagare gratis,
        ledsagare går gratis, ledsagarbiljett*, ledsagarkort*, följeslagarkort*, följeslagare gratis`,
      related: `tillgänglig*, ledsagare, ledsagarservice, funktionsnedsättning*, daglig verksamhet, =lss, teckenspråk*`,
      hint: `funktionshinder*, anpassad*`,
    },
    en: {
      core: `accessible culture, accessible performance*, accessible arts, audio described, audio-described,
        audio description, sign language interpreted, sign-language interpreted, captioned performance*,
        surtitles, relaxed performance*, relaxed opening*, sensory-friendly, quiet hours at museum*, touch tour*,
        tactile tour*, companion ticket*, free companion, arts for people with disabilities, disabled artists,
        inclusive theatre company, inclusive ensemble*, learning-disabled artists`,
      related: `accessible, adapted, disabilit*, companion*, sign language`,
      hint: `inclusion`,
    },
  },
  {
    // Differs from `culture-disability-access` (disability) and the template's `culture` (culture itself): the other
    // thresholds to culture — price, habit, company — and reaching new audiences: culture buddies, donated
    // tickets, free entry, audience development.
    id: 'culture-audience-access',
    label: {
      sv: 'Nya publiker: kulturkompisar, fribiljetter och sänkta trösklar',
      en: 'New audiences: culture buddies, free tickets and lower thresholds',
    },
    short: { sv: 'nya publiker', en: 'new audiences' },
    sv: {
      core: `publikutveckling*, publikarbete*, nya publiker, ny publik, nya publikgrupper, nå nya publik*,
        nå ny publik, bredda publik*, breddad publik, ovana kulturbesökare, ovana besökare,
        första gången på teater*, första gången på museum*, första gången på konsert*, aldrig varit på teater*,
        aldrig varit på museum*, aldrig varit på konsert*, aldrig gått på teater*, kulturkompis*, kulturvän*,
        kulturguide*, kulturlots*, kulturambassadör*, kulturbiljett*, fribiljett*, gratisbiljett*, friplats*,
        biljettbank*, biljettpool*, biljetter att dela ut, skänka biljetter, skänker biljetter, donera biljetter,
        donerade biljetter, kulturkort*, fri entré, gratis entré, avgiftsfri entré, fritt inträde, sänkt entré,
        betala vad du kan, gruppbiljett*, grupprabatt*, hinder för att ta del av kultur*,
        trösklar till kultur*, sänka trösklarna till, kulturens trösklar, trösklar till kulturlivet,
        tillsammans till teatern, följa med på teater*, följa med på konsert*, följer med på teater*`,
      related: `gruppbesök*, =publik, =publiken, publiker, publikgrupp*, biljett*, =entré, =entrén, entréavgift*, inträde*, besökare,
        trösklar, ovana`,
      hint: `gratis, kostnad*`,
    },
    en: {
      core: `audience development, new audiences, reach new audiences, widen audiences, first-time visitor*,
        first-time audience*, never been to the theatre, never been to a museum, culture buddy, culture buddies,
        culture companion*, free tickets, donated tickets, donate tickets, ticket bank*, free admission, free entry,
        pay what you can, pay-what-you-can, barriers to culture, barriers to cultural participation`,
      related: `audience*, tickets, ticket, admission, visitors, barriers, group visits`,
      hint: `free, cost*`,
    },
  },
  {
    // Differs from the template's `culture` (which knows "konstnär" as culture) and `staff-recruitment` (paid
    // posts): engaging professional artists for assignments — fees by the MU agreement, residencies, artists as
    // process leaders, and the organisations that broker them.
    id: 'artists-commissions',
    label: {
      sv: 'Uppdrag och arvoden till konstnärer och kulturskapare',
      en: 'Commissions and fees for professional artists',
    },
    short: { sv: 'uppdrag till konstnärer', en: 'commissioning artists' },
    sv: {
      core: `konstnärligt uppdrag, konstnärliga uppdrag, uppdrag för konstnärer, uppdrag till konstnärer,
        anlita konstnär*, anlita en konstnär, anlitar konstnär*, anlita kulturskapare, anlita kulturarbetare,
        anlita musiker, anlita skådespelare, frilansande konstnär*, frilansande kulturskapare, frilansande musiker,
        professionella konstnärer, professionella kulturskapare, yrkesverksamma konstnärer,
        yrkesverksamma kulturskapare, konstnärer som processledare, konstnärlig processledning*, mu-avtal*,
        mu-ersättning*, medverkans- och utställningsersättning*, utställningsersättning*, konstnärsarvode*,
        arvode* till konstnär*, arvodera konstnär*, skäliga arvoden, konstnärscentrum, teatercentrum, musikcentrum,
        dansalliansen, teateralliansen, konstnärernas riksorganisation, =kro, författarförbundet,
        konstnärsnämnden, konstnärsresidens*, residensprogram*, artist in residence, konstnär i residens,
        konstnärer i arbetslivet, konstnär i verksamheten, arbetsförmedlingen kultur media, kulturarbetsförmedling*`,
      related: `kulturskapare*, konstnär*, kulturarbetare*, arvode*, frilans*, konstnärskap*, yrkesverksam*, residens*`,
      hint: `ersättning*, uppdrag*`,
    },
    en: {
      core: `commission an artist, commission artists, commissioning artists, hire an artist, hire artists,
        freelance artist*, freelance musician*, professional artists, working artists, artist fee*, artists' fees,
        fair pay for artists, exhibition remuneration, mu agreement, artist in residence, artists in residence,
        artist residenc*, residency programme*, creative practitioner*, arts practitioner*, artist-led`,
      related: `artists, artist, fee*, freelance*, commission*, residenc*`,
      hint: `payment`,
    },
  },
  {
    // Differs from older people's `mother-tongue-care` (care in the person's language) and the template's
    // `newcomers`: the five national minorities' rights, languages and culture — administrative areas,
    // consultation, language revitalisation.
    id: 'national-minorities-culture',
    label: {
      sv: 'Nationella minoriteter, minoritetsspråk och deras kultur',
      en: 'National minorities, minority languages and their culture',
    },
    short: { sv: 'nationella minoriteter', en: 'national minorities' },
    sv: {
      core: `nationella minoriteter, nationell minoritet, nationella minoriteternas, minoritetsspråk*,
        minoritetspolitik*, minoritetspolitisk*, minoritetslag*, lagen om nationella minoriteter,
        förvaltningsområde för finska, förvaltningsområdet för finska, förvaltningsområde för samiska,
        förvaltningsområdet för samiska, förvaltningsområde för meänkieli, förvaltningsområdet för meänkieli,
        förvaltningsområden för, samiskt förvaltningsområde, förvaltningskommun*, samråd med minoriteterna, samråd med nationella minoriteter,
        minoritetssamråd*, minoritetsråd*, minoritetskultur*, samisk*, =samer, =samerna, samiska, sameby*, sametinget,
        sverigefinn*, sverigefinsk*, finskt förvaltningsområde, tornedaling*, meänkieli, =kväner, kvänsk*,
        romsk*, =romer, =romerna, romani chib, resandefolk*, romska resande, judisk*, =judar, jiddisch,
        språkrevitalisering*, revitalisera språket, språkbad*, språkbo*, urfolk*, ursprungsfolk*, sápmi, sapmi,
        romsk inkludering, romska brobyggare, romska rättigheter`,
      related: `minoritet*, modersmål*, språkrätt*, finska, kulturell identitet`,
      hint: `språk*, rättigheter, identitet*`,
    },
    en: {
      core: `national minorities, national minority, minority language*, minority rights, minority policy,
        administrative area* for, sami, saami, sámi, sweden finns, sweden finnish, tornedalian*, meänkieli,
        kvens, roma, romani, jewish, yiddish, language revitalisation, language revitalization, indigenous,
        language nest*`,
      related: `minorit*, identity, mother tongue`,
      hint: `language, rights`,
    },
  },
  {
    // Differs from older people's `spiritual-care` (pastoral care for the person): faith communities as actors in
    // the community — working with churches, mosques and synagogues, interfaith councils, diaconal social work.
    id: 'faith-communities',
    label: {
      sv: 'Samverkan med trossamfund och interreligiös dialog',
      en: 'Working with faith communities and interfaith dialogue',
    },
    short: { sv: 'trossamfund', en: 'faith communities' },
    sv: {
      core: `trossamfund*, trosgemenskap*, interreligiös*, interreligiöst råd, interreligiösa råd, religionsdialog*,
        dialog mellan religioner, dialog mellan religiösa, religiösa ledare, religiösa företrädare,
        myndigheten för stöd till trossamfund, =sst, kyrka moské och synagoga, kyrkor och moskéer,
        moskéer och kyrkor, församlingar och moskéer, kyrkor moskéer, moskéförening*, islamisk* förening*,
        kyrkans sociala arbete, församlingens sociala arbete, diakonal*, diakonalt arbete, diakoni*,
        sveriges kristna råd, ortodox* församling*,
        katolsk* församling*, syrisk-ortodox*, trosbaserad*, religiösa organisationer, religiösa samfund,
        samverkan med trossamfund, samverkan med församlingar, samverkan med moskéer, samverkan med kyrkan`,
      related: `frikyrk*, pingstförsamling*, svenska kyrkan, equmenia*, församling*, kyrka*, kyrkan, moské*, synagog*, präst*, pastor*, imam*, religiös*, samfund*`,
      hint: `kyrkliga, kyrkor, =tro`,
    },
    en: {
      core: `faith communit*, faith-based organisation*, faith-based organization*, faith-based, interfaith,
        inter-faith, interreligious, religious leaders, churches and mosques, mosques and churches,
        church social work, diaconal, diaconia, parish social work, faith groups, faith group,
        agency for support to faith communities`,
      related: `church*, mosque*, synagogue*, congregation*, parish*, religious, faith, imam*, priest*`,
      hint: `worship`,
    },
  },
  {
    // Differs from the template's `funding` (any money): the grants of culture — Kulturrådet, Kulturbryggan,
    // Konstnärsnämnden, regional and municipal culture support, arranger grants, heritage grants.
    id: 'culture-grants',
    label: {
      sv: 'Kulturbidrag och kulturstöd',
      en: 'Culture grants and arts funding',
    },
    short: { sv: 'kulturbidrag', en: 'culture grants' },
    sv: {
      core: `kulturbidrag*, kulturstöd*, kulturstipendi*, kulturpris*, kulturrådet, statens kulturråd,
        bidrag från kulturrådet, stöd från kulturrådet, kulturbryggan, arrangörsbidrag*, arrangörsstöd*,
        projektbidrag för kultur*, kulturprojektbidrag*, utvecklingsbidrag för kultur*, regionalt kulturstöd,
        regionala kulturbidrag, regionens kulturstöd, regionens kulturbidrag, kommunens kulturstöd,
        kommunala kulturbidrag, bidrag till kulturföreningar, bidrag till kulturarrangemang,
        stöd till kulturarrangemang, stöd till kulturföreningar, stöd för kulturprojekt, bidrag för kulturprojekt,
        bidrag till kulturprojekt, verksamhetsbidrag till kultur*, postkodstiftelsen, postkodlotteriets kulturstiftelse,
        kulturfond*, kulturstiftelse*, kulturmiljöbidrag*, bidrag till hembygdsföreningar, stärkt kultur*`,
      related: `bidrag*, fonder, stiftelse*, utlysning*, konstnärsnämnden`,
      hint: `pengar, finansier*, ansök*`,
    },
    en: {
      core: `arts council, arts funding, culture funding, cultural grant*, arts grant*, culture grant*,
        arts council grant*, swedish arts council, arts grants committee, arts prize*, culture prize*,
        cultural fund*, event grant*, grants for cultural events, presenter support, postcode foundation, kulturrådet,
        kulturbryggan, konstnärsnämnden`,
      related: `grant*, funding, fund*`,
      hint: `money, apply`,
    },
  },
  {
    // Differs from the template's `research` and `eval` (research and evaluation in general): knowledge about
    // cultural participation and the health effects of culture — cultural habits surveys, visitor statistics,
    // the research on arts and health.
    id: 'culture-research-data',
    label: {
      sv: 'Kunskap om kulturvanor och forskning om kultur och hälsa',
      en: 'Data on cultural participation and research on arts and health',
    },
    short: { sv: 'kunskap om kultur och hälsa', en: 'research on arts and health' },
    sv: {
      core: `kulturvaneundersökning*, kulturvanor, kulturvanorna, kulturvanestudie*, myndigheten för kulturanalys,
        kulturanalys*, kulturstatistik*, forskning om kultur och hälsa, forskning inom kultur och hälsa,
        forskning kring kultur och hälsa, kultur och hälsa-forskning, forskare inom kultur och hälsa,
        forskning om kultur*, kulturforskning*, centrum för kultur och hälsa, kulturens hälsoeffekter,
        hälsoeffekter av kultur*, effekter av kultur*, kulturens effekter, kulturens betydelse för hälsan,
        kulturens betydelse för, kulturens värde, kulturens samhällsnytta, samhällsnytta av kultur*,
        utvärdering av kulturinsats*, utvärdera kulturinsats*, utvärdera kulturprojekt*, utvärdering av kulturprojekt*,
        mäta kulturens, publikundersökning*, besökarundersökning*, besöksstatistik*, besökarstudie*,
        besökarenkät*, who-rapport*, who:s rapport, kulturdeltagande i befolkningen, kulturindex*`,
      related: `forskning*, forskare*, =studie, =studien, =studier, statistik*, data, enkät*, kunskapsunderlag*, evidens*,
        effekter, effekten`,
      hint: `mäta, resultat`,
    },
    en: {
      core: `cultural participation data, cultural habits, cultural participation survey*, culture statistics,
        cultural statistics, research on arts and health, arts and health research, research on culture and health,
        health effects of culture, health benefits of the arts, health benefits of arts, effects of culture,
        evaluate arts project*, evaluating arts project*, evaluation of arts project*, audience survey*,
        visitor survey*, visitor statistics, agency for cultural policy analysis, who report on arts and health,
        social value of culture, social impact of culture, value of culture`,
      related: `research*, evidence, evaluation*, statistics, data, survey*, study, studies`,
      hint: `measure*, results`,
    },
  },
  {
    // Differs from `civil-society-infrastructure` (conditions for associations) and social sustainability's
    // `social-sustainability-strategy`: the plans and organisation of cultural policy — municipal and regional
    // cultural plans, the cultural cooperation model, cultural planning, the cultural and creative industries.
    id: 'cultural-policy-plans',
    label: {
      sv: 'Kulturplaner, kulturpolitik och kultursamverkansmodellen',
      en: 'Cultural plans, cultural policy and the cultural cooperation model',
    },
    short: { sv: 'kulturplaner och kulturpolitik', en: 'cultural plans and policy' },
    sv: {
      core: `kulturplan*, kulturpolitiskt program, kulturpolitiska program, kulturpolitiska programmet,
        kulturpolitisk*, kulturpolitik*, kulturstrategi*, kommunal kulturplan, regional kulturplan,
        regionala kulturplanen, kultursamverkansmodell*, kulturnämnd*, kulturförvaltning*, kultur- och fritidsnämnd*,
        kultur- och fritidsförvaltning*, kulturchef*, kultursekreterare*, kulturutvecklare*, kulturstrateg*,
        kulturmiljöprogram*, kulturella och kreativa näringar, kulturella och kreativa branscher, kreativa näringar,
        kulturella och kreativa sektorer, kulturdialog*, dialog med kulturlivet, kulturlivets aktörer,
        kulturinfrastruktur*, kulturens infrastruktur, kultur i samhällsplaneringen, kultur i stadsplanering*,
        kulturplanering*, kulturkonsekvensanalys*, kulturpåverkansanalys*, kulturens roll i samhällsutveckling*,
        kultur som tillväxtfaktor`,
      related: `kulturliv*, policy*, strategi*, styrdokument*, handlingsplan*, nämnd*, förvaltning*`,
      hint: `politiker*, beslut*, program`,
    },
    en: {
      core: `cultural policy, cultural plan*, cultural strategy, cultural strategies, culture strategy,
        regional cultural plan*, cultural planning, cultural cooperation model, cultural and creative industries,
        creative industries, creative sector*, culture committee, culture department, cultural affairs officer*,
        cultural development officer*, cultural impact assessment, cultural infrastructure`,
      related: `policy, strategy, strategies, committee`,
      hint: `politicians, decision*, plan, programme*`,
    },
  },
  {
    // Differs from `festivals-events` (one event) and `amateur-arts-associations` (making culture): presenting
    // professional culture where people live — arranger societies, Riksteatern, county theatres and touring,
    // culture in rural areas and village halls.
    id: 'touring-and-presenters',
    label: {
      sv: 'Arrangörer, turnéer och kultur i hela länet',
      en: 'Presenters, touring and culture across the region',
    },
    short: { sv: 'arrangörer och turnéer', en: 'presenters and touring' },
    sv: {
      core: `arrangörsförening*, arrangörsnätverk*, arrangörskap*, arrangörsutveckling*, arrangörsutbildning*,
        kulturarrangör*, ideella arrangörer, ideell arrangör*, lokala arrangörer, lokal arrangör*, riksteatern,
        riksteaterförening*, riksteaterns, länsteater*, länsmusik*, regionteater*, turné*, turnerande, turnerar,
        turnera, gästspel*, scenkonstturné*, kultur på landsbygden, kultur på landsbygd, kultur i hela länet,
        kultur i hela regionen, kultur i hela kommunen, kultur i glesbygd*, landsbygdskultur*, kulturbuss*,
        kulturkaravan*, mobil kultur*, bygdegårdarnas riksförbund, bygdegårdsförening*, folkets hus och parker,
        folketshusförening*, spelplats*, spelställe*, konsertarrangör*, jazzklubb*, svenska jazzriksförbundet,
        musik i syd, musik i väst, scenkonstkonsulent*, danskonsulent*, teaterkonsulent*, musikkonsulent*,
        regional scenkonst`,
      related: `arrangör*, arrangera*, scenkonst*, landsbygd*, glesbygd*, bygdegård*, folkets hus, föreställning*`,
      hint: `orter, bygd*`,
    },
    en: {
      core: `local promoters, voluntary promoters, presenting organisation*, presenting organization*,
        touring, on tour, touring production*, touring company, touring companies, rural touring,
        culture in rural areas, rural arts, arts in rural areas, village hall*, county theatre*, regional theatre*,
        national touring theatre`,
      related: `presenter*, arrange*, performances, rural, countryside, tour, tours`,
      hint: `village*`,
    },
  },
  {
    // Differs from the template's `culture` (crafts as one culture among others) and climate's `repair-mending`
    // (mending to reuse): crafts as a shared practice — knitting cafés, sewing circles, folk craft, woodcarving,
    // pottery groups.
    id: 'craft-circles',
    label: {
      sv: 'Slöjd, handarbete och hantverk i gemenskap',
      en: 'Crafts, needlework and making together',
    },
    short: { sv: 'slöjd och handarbete', en: 'crafts and needlework' },
    sv: {
      core: `slöjdcafé*, slöjdkafé*, slöjdträff*, slöjdgrupp*, slöjdkonsulent*, hemslöjdskonsulent*, hemslöjd*,
        hemslöjdsförening*, hemslöjdsförbund*, stickcafé*, stickkafé*, stickträff*, stickgrupp*, stickcirkel*,
        sticka tillsammans, stickar tillsammans, virkcafé*, virkträff*, virka tillsammans, syjunta*, syträff*,
        sycafé*, sykafé*, sygrupp*, sy tillsammans, syr tillsammans, handarbetsgrupp*, handarbetsträff*,
        handarbetscafé*, handarbete*, vävstuga*, vävgrupp*, vävstol*, täljkurs*, täljning*, tälja, täljer,
        träslöjd*, textilslöjd*, keramikgrupp*, keramikkurs*, drejkurs*, drejning*, lerverkst*, krukmakeri*,
        smideskurs*, hantverksgrupp*, hantverkscafé*, hantverkskafé*, hantverkstradition*, slöjdtradition*`,
      related: `slöjd*, hantverk*, keramik*, textil*, garn*, sticka*, virka*, =sy, =syr, vävning*, =väva, =väver, smide*`,
      hint: `material*, tyg*`,
    },
    en: {
      core: `craft café*, craft cafe*, craft group*, crafts group*, knitting group*, knit and natter,
        knitting circle*, crochet group*, sewing circle*, sewing group*, quilting group*, handicraft*, folk craft*,
        woodcarving, wood carving, whittling, pottery class*, pottery group*, ceramics class*, weaving group*,
        blacksmithing`,
      related: `craft*, knitting, knit, crochet, sewing, weaving, pottery, ceramics, textile*`,
      hint: `yarn, materials`,
    },
  },
  {
    // Differs from the children's `newcomer-club-introduction` (children into sport clubs) and `club-development`
    // (growing a club): guiding adults — newcomers, people outside working life — into associations, study
    // circles and voluntary work, and associations opening up to new members.
    id: 'association-pathways',
    label: {
      sv: 'Vägar in i föreningslivet: föreningslotsar och nya medlemmar',
      en: 'Pathways into associations: association guides and new members',
    },
    short: { sv: 'vägar in i föreningslivet', en: 'pathways into associations' },
    sv: {
      core: `föreningslots*, föreningsguide*, föreningsvärd*, föreningsintroduktion*, föreningsmässa*,
        föreningsdag*, föreningarnas dag, föreningskväll*, föreningstorg*, introduktion till föreningslivet,
        vägar in i föreningslivet, väg in i föreningslivet, vägen in i föreningslivet, in i föreningslivet,
        hitta en förening, hitta rätt förening, lotsa till föreningar, lotsa in i föreningar, slussa till föreningar,
        hur en förening fungerar, hur föreningar fungerar, föreningskunskap*, det svenska föreningslivet,
        bli medlem i en förening, bli medlem, nya medlemmar, värva medlemmar, medlemsvärvning*, medlemsrekrytering*,
        nå nya medlemmar, öppna upp föreningen, öppna föreningen för, föreningar som vill bli fler, prova på föreningen,
        engagera sig i en förening, första steget till engagemang, ideellt engagemang för nyanlända,
        nyanlända i föreningslivet, utrikes födda i föreningslivet`,
      related: `medlemmar, medlemskap*, föreningsliv*, lotsa*, engagera sig ideellt`,
      hint: `förening, föreningar, engagera*, nyanlända, introduktion*`,
    },
    en: {
      core: `association guide*, club guide*, pathway* into associations, pathway* into civil society,
        introduction to associations, find an association, find a club, join an association, join a club,
        become a member, new members, recruit members, member recruitment, membership drive*, associations fair*,
        volunteer fair*, how associations work, open up the association`,
      related: `members, membership`,
      hint: `association*, clubs, join, joining, newcomers`,
    },
  },
];

/** Sentences written as organisations of the field would, two needs and two offers per kind (unit tests). */
export const examples: Record<string, string[]> = {
  'arts-on-prescription': [
    'Vårdcentralen vill förskriva kultur på recept till sjukskrivna med lindrig psykisk ohälsa.',
    'Rehabiliteringskoordinatorerna söker grupper för kulturunderstödd rehabilitering av sjukskrivna.',
    'Vi leder grupper i kultur på recept för sjukskrivna och tar emot remisser från vårdcentralen.',
    'We run arts on prescription groups for patients referred by primary care.',
  ],
  'culture-in-healthcare': [
    'Barnkliniken vill ha sjukhusclowner och musik på avdelningen för inneliggande barn.',
    'Psykiatrin söker samarbete om kultur i vården för patienter med långa vårdtider.',
    'Vi är sjukhusmusiker och spelar för patienter på vårdavdelningar och inom palliativ vård.',
    'We offer arts in hospitals: hospital clowns and music on the ward for patients and staff.',
  ],
  'culture-for-older-people': [
    'Äldreomsorgen vill utse kulturombud och få fler kulturprogram till äldreboendena.',
    'Vi vill erbjuda demensvänliga visningar på museet för personer med demens.',
    'Vi arrangerar dagkonserter och tedans för seniorer varje månad.',
    'We offer daytime concerts and dementia-friendly tours for older people in care homes.',
  ],
  'choir-singing-health': [
    'Vi vill starta en öppen kör utan provsjungning för personer med KOL och sång för lungorna.',
    'Träffpunkten söker en körledare som kan hålla i sångstunder för nybörjare.',
    'Vi har en kör för alla där man sjunger för hälsan, utan krav på förkunskaper.',
    'We run a community choir and singing for lung health groups with a trained choir leader.',
  ],
  'participatory-arts': [
    'Vi vill göra ett medskapande konstprojekt där de boende gestaltar sina egna berättelser.',
    'Vi söker någon som kan leda forumteater med unga om konflikter i skolan.',
    'Vi leder berättarverkstäder och digitalt berättande där deltagarna skapar tillsammans med konstnärer.',
    'We run participatory arts and forum theatre workshops built on participants’ own stories.',
  ],
  'library-meeting-place': [
    'Vi vill utveckla biblioteket som mötesplats med fler program på biblioteket på kvällarna.',
    'Filialen ska bli meröppet bibliotek och vi söker värdar till de obemannade tiderna.',
    'Stadsbiblioteket har en makerspace och lokaler som föreningar kan använda för evenemang på biblioteket.',
    'Our public library hosts language cafés and events at the library in the evenings.',
  ],
  'amateur-arts-associations': [
    'Amatörteatern behöver fler medlemmar och en plats att repetera sin sommarteater.',
    'Spelmanslaget söker nya spelmän och vill samarbeta med andra kulturföreningar.',
    'Vår fotoklubb och filmstudio välkomnar alla som vill skapa på fritiden.',
    'Our amateur theatre group and local revue welcome new members of all ages.',
  ],
  'civil-society-infrastructure': [
    'Kommunen ska ta fram en lokal överenskommelse med civilsamhället och se över bidragsreglerna för föreningar.',
    'Vi behöver kunskap om demokrativillkoren för föreningsbidrag.',
    'Föreningsservice erbjuder föreningsutbildningar och stöd till civilsamhället.',
    'As an umbrella organisation we work for better conditions for civil society and a local compact.',
  ],
  'iop-partnerships': [
    'Vi är en idéburen organisation och vill ingå ett IOP med kommunen om vår kvinnojour.',
    'Kommunen behöver hjälp med statsstödsreglerna och ett partnerskapsavtal som alternativ till upphandling.',
    'Vi har erfarenhet av idéburet offentligt partnerskap och delar gärna vårt IOP-avtal.',
    'We advise on non-profit public partnerships and state aid rules as an alternative to procurement.',
  ],
  'study-association-arrangements': [
    'Föreningen söker ett studieförbund som kan vara medarrangör till en föreläsningsserie.',
    'Vi vill samarrangera kulturprogram med studieförbund i hela kommunen.',
    'Studieförbundet samarrangerar konserter och öppna föreläsningar med lokala föreningar.',
    'As a study association we co-organise lectures and cultural programmes with local groups.',
  ],
  'volunteer-coordination': [
    'Vi behöver någon som samordnar volontärerna, med matchning mot uppdrag, introduktion och uppföljning.',
    'Hur behåller vi våra volontärer, och hur hanterar vi utdrag ur belastningsregistret?',
    'Volontärbyrån förmedlar volontärer och hjälper föreningar att ta hand om volontärerna.',
    'Our volunteer centre matches people with assignments and trains coordinators in induction and retention.',
  ],
  'corporate-volunteering': [
    'Vi söker företag vars medarbetare kan volontära på arbetstid hos oss.',
    'Föreningen vill ta emot företagsvolontärer men vet inte hur en volontärdag ska läggas upp.',
    'Våra anställda har två volontärdagar om året som en del av företagets samhällsengagemang.',
    'Our company offers employee volunteering and pro bono skills as part of our CSR work.',
  ],
  'open-meeting-places': [
    'Vi vill öppna en mötesplats för alla i stadsdelen där man kan komma som man är utan att köpa något.',
    'Vi söker värdar till vår öppna mötesplats på kvällarna.',
    'Vi driver en öppen mötesplats med drop-in och värdskap, stadsdelens vardagsrum.',
    'We run an open meeting place with hosts on site, a warm space where you can come as you are.',
  ],
  'public-art': [
    'Bostadsbolaget vill ha konstnärlig gestaltning i det nya området enligt enprocentsregeln.',
    'Vi söker en konstkonsult till gestaltningsuppdraget för det nya torget.',
    'Vi tar fram konstprogram och håller i skissuppdrag för offentlig konst.',
    'We create murals and street art together with residents in public space.',
  ],
  'cultural-heritage': [
    'Hembygdsföreningen vill digitalisera sitt bildarkiv och samla in berättelser från bygden.',
    'Vi vill göra historiska vandringar om stadsdelens historia.',
    'Länsmuseet hjälper till med minnesinsamling och kulturmiljöfrågor.',
    'We offer heritage walks and help collecting memories for oral history projects.',
  ],
  'festivals-events': [
    'Vi vill arrangera en stadsfest och kulturnatt och behöver en mobil scen med ljud och ljus.',
    'Kommunen tar fram en evenemangsstrategi och söker arrangörer till nationaldagsfirandet.',
    'Vi arrangerar festivalen varje sommar och har scenteknik att låna ut.',
    'We organise a street festival and a culture night with outdoor stages.',
  ],
  'event-permits-safety': [
    'Vi behöver hjälp att söka tillstånd hos polisen för en offentlig tillställning.',
    'Festivalen behöver en säkerhetsplan och ordningsvakter för publiksäkerheten.',
    'Vi arbetar för trygga festivaler och utbildar trygghetsvärdar mot sexuella trakasserier på festivaler.',
    'We provide crowd management and event safety plans for large public events.',
  ],
  'arts-school-access': [
    'Vi vill ha en avgiftsfri kulturskola som når nya elevgrupper i ytterområdena.',
    'Kön till kulturskolan är lång och vi vill att kulturskolan flyttar ut till fritidshemmen.',
    'Vi driver avgiftsfri kulturskola i ytterområden och når nya elevgrupper.',
    'We offer a fee-free arts school in the neighbourhood to reach new groups of pupils.',
  ],
  'youth-culture-creation': [
    'Unga i området vill ha en musikstudio där de kan producera musik.',
    'Vi söker stöd för unga arrangörer som vill göra en open mic och poetry slam.',
    'Vi har en inspelningsstudio och bandcoacher för ungas eget skapande.',
    'We support young organisers and youth-led events with micro-grants and an open stage.',
  ],
  'culture-disability-access': [
    'Teatern vill erbjuda syntolkade och teckenspråkstolkade föreställningar.',
    'Vi söker en inkluderande teater för deltagare i daglig verksamhet.',
    'Vi har avslappnade föreställningar och ledsagare går gratis.',
    'We offer relaxed performances and audio-described shows for disabled audiences.',
  ],
  'culture-audience-access': [
    'Många i området har aldrig varit på teater och vi vill nå nya publikgrupper.',
    'Vi söker fribiljetter och kulturkompisar som kan följa med på konserter.',
    'Vi skänker biljetter till föreningar och har fri entré på söndagar.',
    'We offer free tickets and culture buddies for first-time visitors.',
  ],
  'artists-commissions': [
    'Vi vill anlita en konstnär som processledare och behöver veta vad MU-avtalet säger om arvoden.',
    'Vi söker professionella kulturskapare för ett konstnärligt uppdrag i skolan.',
    'Konstnärscentrum förmedlar uppdrag till yrkesverksamma konstnärer.',
    'We help organisations commission artists with fair pay for artists and residencies.',
  ],
  'national-minorities-culture': [
    'Kommunen ingår i förvaltningsområdet för finska och behöver stöd i samråd med minoriteterna.',
    'Vi vill stärka samisk kultur och arbeta med språkrevitalisering.',
    'Vi erbjuder kunskap om nationella minoriteter och romsk inkludering.',
    'We offer courses in minority languages such as meänkieli and yiddish.',
  ],
  'faith-communities': [
    'Vi vill bjuda in trossamfund och religiösa ledare till ett interreligiöst råd.',
    'Vi söker kyrkor och moskéer som vill vara med i arbetet.',
    'Församlingens diakonala arbete erbjuder samtal och öppen verksamhet.',
    'We are an interfaith network of churches and mosques working with the municipality.',
  ],
  'culture-grants': [
    'Vi vill söka bidrag från Kulturrådet för ett kulturprojekt.',
    'Föreningen behöver arrangörsbidrag och regionalt kulturstöd för konserterna.',
    'Kommunens kulturstöd ger bidrag till kulturföreningar och kulturarrangemang.',
    'We help associations apply to Kulturrådet and Kulturbryggan for culture grants.',
  ],
  'culture-research-data': [
    'Vi vill veta mer om invånarnas kulturvanor och behöver en kulturvaneundersökning.',
    'Vi söker forskare som kan utvärdera kulturens hälsoeffekter i vårt projekt.',
    'Vi bedriver forskning om kultur och hälsa och kan utvärdera kulturinsatser.',
    'We do research on arts and health and run audience surveys for cultural institutions.',
  ],
  'cultural-policy-plans': [
    'Kommunen ska ta fram en ny kulturplan och ett kulturpolitiskt program.',
    'Regionen reviderar den regionala kulturplanen inom kultursamverkansmodellen.',
    'Vi stödjer kommuner i kulturplanering och kulturella och kreativa näringar.',
    'We help municipalities write a cultural strategy and do cultural planning.',
  ],
  'touring-and-presenters': [
    'Vi vill ha mer kultur på landsbygden och söker lokala arrangörer till turnéerna.',
    'Riksteaterföreningen behöver fler ideella arrangörer.',
    'Länsteatern turnerar med föreställningar i bygdegårdar och folkets hus.',
    'We bring touring productions to village halls for rural audiences.',
  ],
  'craft-circles': [
    'Vi vill starta ett stickcafé där man kan sticka tillsammans och prata.',
    'Vi söker någon som kan hålla i en täljkurs och slöjdträffar.',
    'Hemslöjdsföreningen har en vävstuga och syjunta varje vecka.',
    'We run knitting groups and sewing circles for anyone who wants to make things together.',
  ],
  'association-pathways': [
    'Många nyanlända vill engagera sig men vet inte hur man hittar en förening.',
    'Vår förening vill nå nya medlemmar och öppna upp föreningen för fler.',
    'Vi har föreningslotsar som följer med till föreningar och förklarar hur föreningar fungerar.',
    'We run an associations fair where newcomers can find a club and become members.',
  ],
};
