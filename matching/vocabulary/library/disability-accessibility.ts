import type { ConceptDefinition } from '../types';

// Funktionsrätt: participation and accessibility for people with disabilities — what municipalities (LSS and
// socialpsykiatri, biståndshandläggning, daglig verksamhet, gruppbostäder, färdtjänst, planning and building,
// fritid and kultur, schools), regions (habilitering, hjälpmedelscentraler, tolkcentraler, dental and primary
// care, kollektivtrafik), state agencies (Försäkringskassan, Arbetsförmedlingen, Samhall, SPSM, MTM, MFD,
// DIGG), funktionsrättsorganisationer (Funktionsrätt Sverige, DHR, FUB, Autism Sverige, Attention, RBU, SDR,
// SRF, HRF), assistansanordnare, folkhögskolor and study associations, faith communities, housing companies,
// employers and universities ask of and offer each other. "funktionsnedsättning", "funktionsnedsatt",
// "funktionshinder", "funktionsvariation", "personer med funktionsnedsättning", "LSS", "tillgänglighet",
// "tillgänglig" and "delaktighet" are in nearly every text of such a mobilisation, so no kind has them alone as a
// core term, only inside compounds and phrases that name it. Neighbours keep their ground: social
// sustainability's `accessibility` (accessibility and universal design in general), children and youth's
// `disability-inclusion` (children's leisure and para sport), physical activity's `adapted-physical-activity`,
// the older people's `assistive-devices`, `home-adaptation`, `hearing-vision`, `escort-errands`,
// `respite-care` and `power-of-attorney`, work integration's `supported-employment` and
// `subsidised-employment`, housing's `supported-housing`, food's `nutrition-in-disability-services`, and the
// template's `interpreting` (spoken languages), `transport`, `carer-support`, `parenting`, `peer-support`,
// `violence` and `culture`. The kinds below are the field's own shape of the work — the LSS services, the
// habilitation and aids of the regions, communication and accessible information, accessible places, work and
// learning, rights and participation — and a comment says how each differs where the names are close.
export const concepts: ConceptDefinition[] = [
  {
    // The LSS/SFB service itself: assistants, providers, hours granted by Försäkringskassan or the municipality.
    // Differs from `contact-escort-lss` (a few hours of company a month) and `respite-care` (relief for carers).
    id: 'personal-assistance',
    label: { sv: 'Personlig assistans och assistansersättning', en: 'Personal assistance' },
    short: { sv: 'personlig assistans', en: 'personal assistance' },
    sv: {
      core: `personlig assistans, personliga assistansen, personlig assistent*, personliga assistent*,
        assistansersättning*, assistansanordnare*, assistansbolag*, assistansföretag*, assistanskooperativ*,
        assistansberättigad*, assistansbehov*, assistanstimm*, assistanstid*, assistansreform*,
        assistansrätt*,
        assistansutredning*, assistanssamordnare*, assistansutbildning*, assistansomsorg*,
        assistansverksamhet*,
        assistansanställ*, brukarkooperativ*, dubbelassistans*, grundläggande behov enligt lss,
        andra personliga behov,
        indragen assistans, indragna assistans*, dra in assistans*, drar in assistans*, dragit in assistans*,
        drog in assistans*, neddragning* av assistans*, förlorat sin assistans,
        arbetsleda sina assistenter, arbetsleder sina assistenter, arbetsledare för assistans*,
        egen arbetsgivare för sina assistenter, independent living, jobba som assistent, arbeta som assistent,
        vikarierande assistent*`,
      related: `assistans*, assistent*, assistenter, arbetsledning*`,
      hint: `självbestämmande, dygnet runt, brukare*`,
    },
    en: {
      core: `personal assistance, personal assistant*, assistance allowance, assistance provider*,
        assistance hours, independent living, user cooperative*, direct payment*, personal budget*`,
      related: `assistance, assistants, assistant*`,
      hint: `self-determination, around the clock`,
    },
  },
  {
    // Daily activity under LSS (and SoL) for adults outside the labour market: its places, tasks, placements in
    // companies and the step towards work. Differs from `supported-employment` (a job with support) and
    // `disability-employment` (employers and wage subsidies).
    id: 'daily-activities-lss',
    label: {
      sv: 'Daglig verksamhet enligt LSS och vägen vidare mot arbete',
      en: 'Daily activities under LSS and the way on towards work',
    },
    short: { sv: 'daglig verksamhet', en: 'daily activities' },
    sv: {
      core: `daglig verksamhet, dagliga verksamheter, dagliga verksamheten, daglig sysselsättning,
        utflyttad daglig verksamhet, utflyttade platser, utflyttad* grupp*, individuell placering*,
        individuella placeringar, platser i daglig verksamhet, daglig verksamhet på företag,
        daglig verksamhet ute i företag, habiliteringsersättning*, habersättning*,
        deltagare i daglig verksamhet,
        arbetsuppgifter till daglig verksamhet, uppdrag till daglig verksamhet, uppdrag åt daglig verksamhet,
        sysselsättning enligt lss, arbetsinriktad daglig verksamhet, praktik inom daglig verksamhet,
        praktikplats* för daglig verksamhet, från daglig verksamhet till arbete,
        från daglig verksamhet till jobb,
        steget från daglig verksamhet, dv-grupp*, dv-deltagare*, dv-plats*,
        dagverksamhet* för vuxna med funktionsnedsättning`,
      related: `sysselsättning*, meningsfull*, praktikplats*, lss-verksamhet*`,
      hint: `arbetsuppgifter, uppdrag, deltagarna, företag*, arbete, jobb`,
    },
    en: {
      core: `daily activities, daily activity, daily activity centre*, day activity centre*,
        day activity center*,
        day services for adults with, day opportunities, habilitation allowance, work-oriented daily activit*,
        from daily activities to work`,
      related: `meaningful occupation, placements, placements in companies`,
      hint: `tasks, participants, work, jobs`,
    },
  },
  {
    // Housing with special service for adults under LSS: group homes, service flats, moving out of the parents'
    // home, the queue and unexecuted decisions. Differs from `supported-housing` (homelessness, addiction).
    id: 'lss-housing',
    label: {
      sv: 'Bostad med särskild service enligt LSS: gruppbostad och servicebostad',
      en: 'Housing with special service under LSS: group homes and service flats',
    },
    short: { sv: 'bostad med särskild service', en: 'LSS housing' },
    sv: {
      core: `gruppbostad*, gruppbostäder*, servicebostad*, servicebostäder*, lss-boende*, lss-bostad*,
        lss-bostäder*,
        bostad med särskild service, bostäder med särskild service,
        bostad med särskild service för vuxna, bostäder med särskild service för vuxna,
        bostad med särskild service enligt lss, bostäder med särskild service enligt lss, boende enligt lss,
        bostad enligt lss, bostäder enligt lss, annan särskilt anpassad bostad, särskilt anpassad bostad,
        boendepersonal*, kö till gruppbostad*, ej verkställda beslut om bostad,
        icke verkställda beslut om bostad,
        ej verkställda beslut, icke verkställda beslut, vänta på en bostad enligt lss,
        flytta från föräldrahemmet,
        egen lägenhet med stöd, träningslägenhet*, boendeträning*,
        bostadsbehov för personer med funktionsnedsättning, planera nya gruppbostäder,
        bygga gruppbostäder, bygga nya gruppbostäder, mark till gruppbostäder, lokaler till gruppbostäder`,
      related: `flytta hemifrån, flyttar hemifrån, bo självständigt, boendestöd*, =boendet, bostad*,
        lägenhet*, självständig*, gemensamhetslokal*,
        gemensamhetsutrymme*`,
      hint: `flytta, hemmet, hem, fastighet*, hyresvärd*`,
    },
    en: {
      core: `group home*, group living, supported living, service flat*, service apartment*,
        housing with special service, move out of the family home, moving out of the family home,
        training flat*,
        unexecuted decisions, housing under lss`,
      related: `housing, flats, apartments, independent*, landlord*, living independently,
        move away from home`,
      hint: `home, move`,
    },
  },
  {
    // Short stays away from home, supervision after school for teenagers and relief service in the home, as LSS
    // services for families. Differs from `respite-care` (relief for older people's carers) and the template's
    // `carer-support` (knowledge and groups for relatives).
    id: 'short-stays-lss',
    label: {
      sv: 'Korttidsvistelse, korttidstillsyn och avlösarservice',
      en: 'Short stays, after-school supervision and relief service',
    },
    short: { sv: 'korttidsvistelse och avlösarservice', en: 'short stays and relief' },
    sv: {
      core: `korttidsvistelse*, korttidshem*, korttidsboende* för barn, korttidsverksamhet*,
        korttidsplats* för barn,
        korttidstillsyn*, =korttids, =korttidsen, fritids för ungdomar över 12,
        fritids för ungdomar över tolv,
        tillsyn efter skolan, lss-fritids, avlösarservice*, avlösning i hemmet, lägervistelse*,
        lss-läger*, läger för barn med funktionsnedsättning, sommarläger för barn med funktionsnedsättning,
        sommarkollo för barn med funktionsnedsättning, kollo för barn med funktionsnedsättning,
        helgvistelse*, helgvistelser, helger på korttids`,
      related: `avlösning*, läger*, lägret, kollo*, vistelse*, miljöombyte*, stödfamilj*`,
      hint: `vila, föräldrarna, helger*`,
    },
    en: {
      core: `short stay*, short break*, respite home*, short-term stay*,
        after-school supervision, after-school care for teenagers, relief service*, respite camp*,
        summer camp* for disabled, weekend stay*`,
      related: `camp, camps, stays`,
      hint: `rest, parents, weekends`,
    },
  },
  {
    // Two LSS services for a richer social life: a contact person (a fellow human, often paid a fee) and escort
    // service to leisure and culture, with companion cards. Differs from the older people's `escort-errands`
    // (going along to the doctor or the shop) and the template's `volunteers`.
    id: 'contact-escort-lss',
    label: {
      sv: 'Kontaktperson och ledsagarservice för ett rikare fritids- och socialt liv',
      en: 'Contact persons and escort service for a richer social life',
    },
    short: { sv: 'kontaktperson och ledsagning', en: 'contact persons and escorts' },
    sv: {
      core: `kontaktperson enligt lss, kontaktpersoner enligt lss, kontaktperson enligt sol,
        lss-kontaktperson*,
        kontaktpersonsuppdrag*, uppdrag som kontaktperson, uppdraget som kontaktperson, bli kontaktperson,
        vara kontaktperson, söker kontaktpersoner, rekrytera kontaktpersoner, rekrytering av kontaktpersoner,
        nya kontaktpersoner, fler kontaktpersoner, hitta kontaktpersoner, hitta en kontaktperson,
        kontaktpersoner till unga, kontaktperson till barn, kontaktpersoner till barn,
        kontaktperson till vuxna,
        ledsagare, ledsagaren, ledsagarna, ledsagning, ledsagarservice*, ledsagare enligt lss,
        ledsagning enligt lss,
        ledsagningsinsats*, ledsagartimm*, ledsagarkort*, ledsagarbiljett*, ledsagare går gratis,
        ledsagare gratis, fri entré för ledsagare, gratis entré för ledsagare, fritidsledsagare*,
        fritidsledsagning*, fritidskompis*, fritidsvän*, fritidskontakt*,
        någon att göra saker med på fritiden`,
      related: `kontaktperson*, ledsag*, ledsagare*, följeslagare*, arvode*, arvoderad*, sällskap`,
      hint: `fritid*, ensam*`,
    },
    en: {
      core: `contact person under, contact persons under, befriending scheme*, companion service*,
        escort service*, companion card*,
        carer goes free, carers go free, free entry for companions, free entry for carers, leisure companion*,
        leisure buddy, leisure buddies, buddy scheme*, befriender*`,
      related: `companion*, escort*, befriend*, buddy, buddies`,
      hint: `leisure, lonely`,
    },
  },
  {
    // The region's habilitation: teams of occupational therapists, speech therapists, psychologists and social
    // workers for children and adults with lifelong disabilities, their courses and early intensive training.
    id: 'habilitation',
    label: {
      sv: 'Habilitering för barn, unga och vuxna',
      en: 'Habilitation for children, young people and adults',
    },
    short: { sv: 'habilitering', en: 'habilitation' },
    sv: {
      core: `habilitering*, barnhabilitering*, vuxenhabilitering*, ungdomshabilitering*, habiliteringscent*,
        habiliteringsteam*, habiliteringsinsats*, habiliteringsplan*, barn- och ungdomshabilitering*,
        =habben, logoped*, hörselhabilitering*, synhabilitering*, autismcent*,
        tidiga insatser för barn med funktionsnedsättning, tidiga insatser för barn med autism,
        tidig intensiv träning, intensivträning för barn med, tillämpad beteendeanalys, =aba,
        early start denver, =esdm,
        habiliteringens kurser, kurser på habiliteringen, kurs på habiliteringen, specialistkurator*,
        remiss till habiliteringen, väntetid till habiliteringen, hjärnskadeteam*, neuroteam*`,
      related: `arbetsterapeut*, fysioterapeut*, psykolog*, kurator*, terapi*`,
      hint: `regionen, vården, rehabilitering*, väntetid*, behandling*, diagnos*`,
    },
    en: {
      core: `habilitation, habilitation service*, children's habilitation, adult habilitation,
        habilitation team*,
        paediatric disability service*, pediatric disability service*,
        early intervention for children with disabilit*, early intervention for children with autism,
        speech and language therap*, speech therapist*, speech therapy, applied behaviour analysis,
        applied behavior analysis, early start denver, early intensive intervention`,
      related: `occupational therapist*, physiotherapist*, psychologist*, therapy, therapies,
        early intervention`,
      hint: `health care, region, rehabilitation`,
    },
    ignore: { sv: 'habiliteringsersättning, habiliteringsersättningen, habiliteringsersättningar' },
  },
  {
    // Knowledge of adhd, autism and other neurodevelopmental conditions and everyday support for adults and
    // families. Differs from `disability-inclusion` (children in clubs) and `challenging-behaviour` (outbursts).
    id: 'npf-support',
    label: {
      sv: 'NPF-kompetens och stöd i vardagen vid adhd och autism',
      en: 'Knowledge of adhd and autism and everyday support',
    },
    short: { sv: 'NPF-kompetens och stöd', en: 'neurodevelopmental support' },
    sv: {
      core: `npf-kunskap*, npf-kompeten*, npf-utbild*, npf-anpass*, npf-säkr*, npf-vänlig*, npf-coach*,
        npf-pedagog*, npf-stöd*, npf-nätverk*, npf-team*, npf-konsulent*, npf-center*, npf-perspektiv*,
        npf-diagnos*, npf-grupp*, kunskap om npf, kunskaper om npf, utbildning om npf, utbildning i npf,
        neuropsykiatriska funktionsnedsättningar, neuropsykiatrisk funktionsnedsättning,
        neuropsykiatriska diagnoser, autismspektrum*, autismkunskap*, autismvänlig*, autismanpass*,
        autismcoach*, adhd-coach*, adhd-kunskap*, coachning för personer med adhd, vuxna med adhd,
        vuxna med autism, unga vuxna med npf, unga med npf, riksförbundet attention, föreningen attention,
        autism sverige, autism- och aspergerförbundet, sensoriska anpassningar, sensorisk anpassning,
        sensorisk känslighet, sensoriska intryck, sensorisk överbelastning, neurodivergent*, neurodiversitet*,
        energiförvaltning, struktur och förutsägbarhet`,
      related: `npf, adhd, autism*, autistisk*, asperger*, neuropsykiatrisk*, diagnos*, =struktur, tydlighet,
        maskering`,
      hint: `förutsägbar*, =stress, intryck`,
    },
    en: {
      core: `neurodevelopmental condition*, neurodevelopmental disorder*, neurodivergen*, neurodiversity,
        autism-friendly, autism friendly, autism training, autism awareness, adhd coaching, adhd coach*,
        adults with adhd, adults with autism, autism spectrum, sensory adjustments, sensory-friendly,
        sensory friendly, sensory overload`,
      related: `autism, autistic, adhd, neurodiverse, asperger*`,
      hint: `structure, predictab*`,
    },
  },
  {
    // When behaviour challenges staff and families: low-arousal approaches, positive behaviour support, and the
    // limits on coercion in disability services. Differs from `npf-support` (knowledge of the conditions) and
    // the template's `violence` (violence in close relationships).
    id: 'challenging-behaviour',
    label: {
      sv: 'Bemötande vid utmanande beteende (lågaffektivt bemötande, PBS)',
      en: 'Responding to challenging behaviour (low-arousal approach, PBS)',
    },
    short: { sv: 'utmanande beteende', en: 'challenging behaviour' },
    sv: {
      core: `utmanande beteende*, problemskapande beteende*, lågaffektiv*, positivt beteendestöd, =pbs,
        beteendestödsplan*, funktionell analys, funktionell beteendeanalys, affektutbrott*, affektsmitta,
        affektreglering*, våldsamma utbrott, utåtagerande, utagerande beteende*,
        självskadebeteende hos personer med, självskadande beteende*, tvångsåtgärd*, begränsningsåtgärd*,
        tvång och begränsningar, tvång och begränsning, fasthållning*,
        konfliktfritt bemötande, deeskaler*, de-eskaler*, =studio iii, studio 3, bo hejlskov, ross greene,
        samarbetande problemlösning, hot och våld mot personal, våld mot personalen, personal blir slagna`,
      related: `beteende*, affekt*, =tvång, hot och våld`,
      hint: `personalgrupp*, svåra situationer, bemötande*, konflikt*`,
    },
    en: {
      core: `challenging behaviour, challenging behavior, behaviours that challenge, behaviors that challenge,
        positive behaviour support, positive behavior support, pbs, low-arousal approach, low arousal,
        de-escalation, deescalation, restrictive practice*, physical restraint, behaviour support plan*,
        behavior support plan*, collaborative problem solving, studio iii, self-injurious behaviour,
        self-injurious behavior`,
      related: `behaviour*, behavior*, meltdown*, outburst*, aggression`,
      hint: `staff group*, difficult situations`,
    },
  },
  {
    // Support for memory, time and planning: time aids, visual schedules, reminder apps, for people with
    // intellectual disabilities, NPF or acquired brain injury. Differs from `disability-aids-technology`
    // (physical aids and technology) and `aac-communication` (communication).
    id: 'cognitive-support',
    label: {
      sv: 'Kognitivt stöd och tidshjälpmedel för struktur i vardagen',
      en: 'Cognitive support and time aids for everyday structure',
    },
    short: { sv: 'kognitivt stöd', en: 'cognitive support' },
    sv: {
      core: `kognitivt stöd, kognitiva stöd, kognitiva stödet, kognitiva hjälpmedel, kognitivt hjälpmedel,
        kognitionsstöd*, kognitiv tillgänglighet, kognitiva funktionsnedsättningar,
        kognitiv funktionsnedsättning,
        kognitiva svårigheter, tidshjälpmedel*, timstock*, time timer, tidsuppfattning*, vardagsstruktur*,
        struktur i vardagen, planeringshjälpmedel*, bildschema*, digitala scheman, påminnelser i mobilen,
        memoplanner*, vardagsstöd*, förvärvad hjärnskada, förvärvade hjärnskador, hjärnskadeförbundet`,
      related: `kognitiv*, =schema, scheman, veckoschema*, dagsschema*, digitalt schema, tidshantering*,
        minnesstöd*,
        planering*, minnet, påminnelse*, hjärnskad*`,
      hint: `vardagen, =tid, =tiden`,
    },
    en: {
      core: `cognitive support, cognitive aid*, cognitive accessibility, cognitive impairment*,
        cognitive disabilit*, time aid*, visual timer*, visual schedule*, daily schedule*, planning aid*,
        reminder app*, structure in everyday life, acquired brain injur*`,
      related: `cognitive, schedule*, reminder*, planning, memory`,
      hint: `everyday, time`,
    },
  },
  {
    // Aids and technology beyond old age: the regions' aids centres, leisure aids, environmental control, eye
    // gaze, powered and sports wheelchairs, adapted bikes. Differs from `assistive-devices` (older people's
    // walking frames and shower chairs) and `cognitive-support` (time and memory aids).
    id: 'disability-aids-technology',
    label: {
      sv: 'Hjälpmedel och teknik för självständighet och fritid',
      en: 'Assistive technology for independence and leisure',
    },
    short: { sv: 'hjälpmedel och teknik', en: 'assistive technology' },
    sv: {
      core: `hjälpmedelscentral*, hjälpmedelsverksamhet*, hjälpmedelsenhet*, hjälpmedelskonsulent*,
        hjälpmedelsförskriv*, förskrivning av hjälpmedel, förskriva hjälpmedel, fritidshjälpmedel*,
        hjälpmedel för fritid*, hjälpmedel på fritiden, hjälpmedelsbank*, hjälpmedelspool*, låna hjälpmedel,
        låna ut hjälpmedel, hjälpmedelsavgift*, hjälpmedelsmässa*, hjälpmedelsutställning*,
        omgivningskontroll*,
        ögonstyrning*, ögonstyrd*, talsyntes*, taligenkänning*, elrullstol*, sportrullstol*,
        aktivitetsrullstol*,
        terrängrullstol*, permobil*, anpassad cykel, anpassade cyklar, tandemcykel*, trehjulig* cykel*,
        prova ut hjälpmedel, provar ut hjälpmedel, utprovning av hjälpmedel, hjälpmedelsteknik*, robotarm*,
        matningsrobot*, teknikstöd för personer med funktionsnedsättning`,
      related: `hjälpmedel*, rullstol*, förskrivning*, utprovning*, teknik*`,
      hint: `arbetsterapeut*, utrustning*, låna*`,
    },
    en: {
      core: `assistive technology, assistive device*, assistive tech, environmental control*, eye-gaze,
        eye gaze,
        eye tracking, speech synthesis, text-to-speech, speech recognition, powered wheelchair*,
        power wheelchair*, electric wheelchair*, sports wheelchair*, adapted bike*, adapted bicycle*,
        tandem bike*, adult tricycle*, leisure aids, equipment library, equipment bank*`,
      related: `wheelchair*, aids, equipment, devices, technology`,
      hint: `occupational therapist*, borrow`,
    },
  },
  {
    // Augmentative and alternative communication for people who do not speak or are hard to understand:
    // pictures, signs as support, communication boards and devices. Differs from `deaf-sign-language` (a
    // language of its own, with interpreters) and `easy-read-information` (written information).
    id: 'aac-communication',
    label: {
      sv: 'Alternativ och kompletterande kommunikation (AKK), bildstöd och tecken som stöd',
      en: 'Augmentative and alternative communication (AAC), pictures and signing',
    },
    short: { sv: 'AKK', en: 'AAC' },
    sv: {
      core: `=akk, alternativ och kompletterande kommunikation, alternativ kompletterande kommunikation,
        kompletterande kommunikation, tecken som stöd, =tss, =takk, bildstöd*, bildkommunikation*,
        kommunikationskart*, samtalsmatta*, samtalsmattan, kommunikationshjälpmedel*, kommunikationsapp*,
        kommunikationsbok*, kommunikationspass*, talande hjälpmedel, talapparat*, talknapp*, piktogram*,
        pictogram*, =widgit, blisskommunikation*, =bliss, ritprat*, kommunikativ tillgänglighet,
        bilder som stöd, utan talat språk, saknar tal, har inget tal,
        kommunicerar med tecken, kommunicerar med bilder, tecken och bilder, ord- och bildstöd,
        tal- och kommunikation*`,
      related: `kommunikation*, kommunicera*, =tecken, uttrycka sig, göra sig förstådd`,
      hint: `förstå*, =bilder`,
    },
    en: {
      core: `augmentative and alternative communication, augmentative communication,
        alternative communication,
        aac, key word signing, signing as support, makaton, communication board*, communication book*,
        communication passport*, talking mats, picture communication, picture symbol*, pecs, symbol support,
        visual support*, speech-generating device*, communication aid*, non-verbal, nonverbal, non-speaking`,
      related: `communication, communicate, symbols, pictures, signs`,
      hint: `express, understood`,
    },
  },
  {
    // Deaf, hard-of-hearing and deafblind people's language and interpreting: sign language, the regions'
    // interpreting services, speech-to-text and deafblind interpreting, courses, cochlear implants. Differs from
    // the template's `interpreting` (spoken languages) and the older people's `hearing-vision` (hearing loss).
    id: 'deaf-sign-language',
    label: {
      sv: 'Teckenspråk, teckenspråkstolkning och skrivtolkning för döva och hörselskadade',
      en: 'Sign language, sign language interpreting and speech-to-text for deaf people',
    },
    short: { sv: 'teckenspråk och tolkning för döva', en: 'sign language' },
    sv: {
      core: `teckenspråk*, teckenspråkstolk*, svenskt teckenspråk, tolkcentral*, tolktjänst för döva,
        tolktjänsten för döva, vardagstolkning*, skrivtolk*, dövblindtolk*, taktilt teckenspråk,
        teckenspråkskurs*, teckenspråksutbildning*, teckenspråkig*, teckenspråkstalande, döv, döva, dövas,
        dövhet, dövblind*, dövförening*, dövkultur*, dövskol*, sveriges dövas riksförbund, =sdr, =fsdb,
        cochleaimplantat*, =ci-barn, tolkat på teckenspråk, tolkas till teckenspråk, bildtelefoni*,
        texttelefon*, teckenspråksmiljö*, barnplantorna, hörselskadade barn, döva barn,
        döva nyanlända, hörselskadade ungdomar`,
      related: `tolk*, tolkning*, hörsel*, hörselskad*, =tecken, förmedlingstjänst*`,
      hint: `ljud*, =höra`,
    },
    en: {
      core: `sign language, swedish sign language, sign language interpret*, deaf, deafness, deafblind*,
        deaf-blind*, speech-to-text interpret*, text interpreting, cochlear implant*, tactile sign*,
        video relay, relay service*, deaf community, deaf culture, deaf club*`,
      related: `interpreter*, interpreting, hearing, hard of hearing`,
      hint: `sound`,
    },
  },
  {
    // Information people can read and understand: easy-to-read texts, plain language, news in easy Swedish,
    // reading ambassadors. Differs from the template's `interpreting` (other languages) and `aac-communication`
    // (communication in conversation).
    id: 'easy-read-information',
    label: {
      sv: 'Lättläst, klarspråk och begriplig information',
      en: 'Easy-to-read, plain language and understandable information',
    },
    short: { sv: 'lättläst information', en: 'easy-read information' },
    sv: {
      core: `lättläst*, lättlästa, lätt att läsa, lätt att förstå, lättläst svenska, lättlästa versioner,
        lättläst version, lättlästa texter, lättlästa nyheter, ll-förlaget, nyheter på lätt svenska,
        centrum för lättläst, begriplig information, begripliga texter, begriplig text, begriplighet*,
        klarspråk*, lättförståelig*, lättbegriplig*, enkel svenska, lätt svenska, skriva lättläst,
        skriva begripligt, skriver begripligt, lättläst material, lättlästa broschyrer, lättläst information,
        lättläst valinformation, läsombud*, begripsam, svårt att förstå texter,
        svårt att läsa och förstå, svårt att förstå information, information med bildstöd,
        bilder och lättläst`,
      related: `läsare, informationsmaterial*, broschyr*, språkgranskning*`,
      hint: `information, förstå*, läsa, texten, texter, skriva*, blankett*`,
    },
    en: {
      core: `easy read, easy-read, easy to read, easy-to-read, plain language, plain english, plain swedish,
        readability, understandable information, accessible information, reading ambassador*,
        easy-read version*, easy read version*`,
      related: `readers, texts, leaflet*, forms`,
      hint: `information, understand*`,
    },
  },
  {
    // Media in formats people can take in: audio description of films and performances, talking books,
    // braille, captions, and the national library for accessible media. Differs from `deaf-sign-language`
    // (interpreting between people) and the template's `culture` (the arts themselves).
    id: 'accessible-media',
    label: {
      sv: 'Syntolkning, talböcker, punktskrift, textning och tillgängliga medier',
      en: 'Audio description, talking books, braille, captions and accessible media',
    },
    short: { sv: 'tillgängliga medier', en: 'accessible media' },
    sv: {
      core: `syntolk*, syntolkad*, syntolkade, ljudbeskrivning*, talbok*, talböcker, =legimus,
        talboksutlåning*,
        talboksombud*, taltidning*, punktskrift*, myndigheten för tillgängliga medier, =mtm,
        tillgängliga medier,
        tillgängliga medieformat, tillgängliga format, tillgänglig media, textning*, textad*, textade,
        undertext*, =daisy, daisyspelare*, e-textbok*, e-textböcker, anpassade böcker, storstilsbok*,
        storstilsböcker, läsnedsättning*, dyslexi*, läs- och skrivsvårigheter, syntolkade föreställningar,
        teckenspråkstolkade föreställningar, textade föreställningar, tillgängliga föreställningar,
        tillgänglig föreställning, avslappnad föreställning, avslappnade föreställningar`,
      related: `ljudbok*, uppläsning*, medier`,
      hint: `bibliotek*, läsa, ljud*, böcker, =film, filmer, föreställning*, läsning*`,
    },
    en: {
      core: `audio description, audio-described, audio described, talking book*, braille, daisy,
        accessible media,
        accessible formats, alternative formats, captions, captioning, captioned, subtitles, subtitled,
        subtitling, large print, dyslexia, dyslexic, print disabilit*, relaxed performance*`,
      related: `audiobook*, books, reading, film*, screening*, performance*`,
      hint: `library, libraries`,
    },
  },
  {
    // Evenings and weekends for adults: leisure clubs, discos, meeting places, culture and study circles made
    // for and with adults with disabilities. Differs from `disability-inclusion` (children in clubs),
    // `adapted-physical-activity` (sport), `contact-escort-lss` (one person's company) and the template's
    // `culture` (culture and health in general).
    id: 'adult-leisure-disability',
    label: {
      sv: 'Fritid, kultur och mötesplatser för vuxna med funktionsnedsättning',
      en: 'Leisure, culture and meeting places for adults with disabilities',
    },
    short: { sv: 'fritid för vuxna med funktionsnedsättning', en: 'leisure for disabled adults' },
    sv: {
      core: `fritid för vuxna med funktionsnedsättning, fritid för personer med funktionsnedsättning,
        fritidsverksamhet* för vuxna med, fritidsverksamhet* för personer med funktionsnedsättning,
        fritidsaktivitet* för vuxna med, fritidsaktivitet* för personer med funktionsnedsättning, lss-fritid*,
        fritidsklubb* för vuxna, fritidsgård* för vuxna, träffpunkt* för personer med funktionsnedsättning,
        mötesplats* för personer med funktionsnedsättning, mötesplats* för vuxna med, funkisdisco*,
        funkisfestival*, funkiskväll*, disco för vuxna med, danskväll* för personer med,
        kultur för personer med funktionsnedsättning, kulturverksamhet för personer med funktionsnedsättning,
        inkluderande kultur*, teatergrupp* för personer med funktionsnedsättning,
        teatergrupp* för vuxna med funktionsnedsättning, konstnärer med funktionsnedsättning,
        kör för personer med funktionsnedsättning, fritidskonsulent*, fritidsombud*,
        fritidsutbud för vuxna med,
        utbud för personer med funktionsnedsättning, studiecirk* för personer med funktionsnedsättning,
        fritid efter daglig verksamhet`,
      related: `fritid*, fritiden, mötesplats*, träffpunkt*, =disco, discon, dans*, teater*, kultur*,
        meningsfull fritid, fritiden efter skolan`,
      hint: `kvällar, helger, ensam*, vänner`,
    },
    en: {
      core: `leisure for adults with disabilit*, leisure for disabled adults,
        leisure activities for adults with,
        disco* for adults with, inclusive arts, disabled artists, arts for people with disabilit*,
        meeting place* for adults with, social club* for adults with, leisure for people with learning,
        inclusive leisure`,
      related: `leisure, social club*, disco*, arts, theatre group*, friends, evenings and weekends`,
      hint: `evenings, weekends, lonely`,
    },
  },
  {
    // Getting about: färdtjänst and riksfärdtjänst, parking permits, car grants, accessible public transport and
    // travel training to ride the bus alone. Differs from the template's `transport` (any vehicle or ride).
    id: 'accessible-transport',
    label: {
      sv: 'Färdtjänst, riksfärdtjänst och tillgänglig kollektivtrafik',
      en: 'Mobility services and accessible public transport',
    },
    short: { sv: 'färdtjänst och tillgänglig kollektivtrafik', en: 'accessible transport' },
    sv: {
      core: `färdtjänst*, riksfärdtjänst*, parkeringstillstånd*, p-tillstånd*, bilstöd*, bilanpassning*,
        anpassning av bil*, anpassad bil, anpassade bilar, tillgänglig kollektivtrafik,
        tillgängliga hållplatser,
        tillgänglighetsanpassade hållplatser, tillgänglighetsanpassad* hållplats*, tillgängliga bussar,
        låggolvsbuss*, rullstolsplats* på bussen, rullstolsplatser, ramp på bussen, =närtrafik, serviceresor,
        serviceresa, servicelinje*, flexlinje*, anropsstyrd* trafik, resenärer med funktionsnedsättning,
        resenär med funktionsnedsättning, resa med funktionsnedsättning, reseträning*, åka buss själv,
        åka buss på egen hand, resenärsassistans, assistans på stationen,
        assistans vid resa, hållplatsutrop*, utrop i bussen, tillgängliga resor, tillgängligt resande`,
      related: `kollektivtrafik*, =buss, =bussen, bussar, resor, resa, hållplats*, =tåg, =tåget, trafik*,
        fordon*,
        resa på egen hand, resa själv`,
      hint: `=bil, =bilen, station*, =åka, =åker`,
    },
    en: {
      core: `paratransit, dial-a-ride, special transport service*, disability transport, mobility service*,
        blue badge, disabled parking, parking permit*, accessible public transport, accessible buses,
        low-floor bus*, wheelchair space*, travel training, independent travel training, passenger assistance,
        assistance at stations, accessible stops, car adaptation*, vehicle adaptation*, car grant*`,
      related: `public transport, bus, buses, journeys, stops, trains`,
      hint: `car, station*`,
    },
  },
  {
    // Websites, apps, documents and digital services everyone can use: WCAG, the DOS act, accessibility
    // statements, screen readers. Differs from the template's `digital` (digital tools in general) and social
    // sustainability's `bridging-digital-divide` (people's skills and access).
    id: 'digital-accessibility',
    label: {
      sv: 'Digital tillgänglighet: webbplatser, appar och dokument för alla',
      en: 'Digital accessibility: websites, apps and documents for everyone',
    },
    short: { sv: 'digital tillgänglighet', en: 'digital accessibility' },
    sv: {
      core: `digital tillgänglighet, digitala tillgänglighet*, digitalt tillgänglig*, webbtillgänglighet*,
        tillgänglig webb, tillgängliga webbplatser, tillgänglig webbplats, tillgängliga appar,
        tillgänglig app,
        tillgängliga dokument, tillgängliga pdf*, tillgänglighetsredogörelse*, =wcag, webbriktlinjer*,
        lagen om tillgänglighet till digital offentlig service, =dos-lagen, dos-lag*,
        tillgänglighetsdirektiv*,
        tillgänglighetslag*, lagen om vissa produkters och tjänsters tillgänglighet,
        european accessibility act,
        webbdirektiv*, =digg, myndigheten för digital förvaltning, tillgänglighetsgransk* av webb*,
        tillgänglighetstest*, testa tillgängligheten, användartest* med personer med funktionsnedsättning,
        skärmläsar*, skärmläsning*, förstoringsprogram*, kontrastkrav*, alt-text*, alternativtext*,
        bildbeskrivning*, tangentbordsnavigering*, navigera med tangentbord*, uppläsningsfunktion*,
        talande webb*, tillgängliga e-tjänster, tillgänglig e-tjänst`,
      related: `webbplats*, webben, hemsida*, =appen, =appar, e-tjänst*, användbarhet*`,
      hint: `digital*, användar*, tillgänglighet*`,
    },
    en: {
      core: `digital accessibility, web accessibility, accessible website*, accessible web, accessible apps,
        accessible documents, accessible pdf*, wcag, accessibility statement*, european accessibility act,
        web accessibility directive, screen reader*, screen-reader*, alt text, alternative text,
        keyboard navigation, colour contrast, color contrast, accessibility testing, usability testing with`,
      related: `websites, website, web, apps, usability`,
      hint: `digital, users, accessibility`,
    },
  },
  {
    // Universal design where towns and buildings are planned and built: building rules, accessibility
    // experts' reviews of drawings, street environments, easily removed obstacles. Differs from social
    // sustainability's `accessibility` (accessibility and universal design in general) and the older people's
    // `home-adaptation` (one person's home).
    id: 'accessible-built-environment',
    label: {
      sv: 'Universell utformning i planering, byggande och gatumiljö',
      en: 'Universal design in planning, building and streets',
    },
    short: { sv: 'tillgänglig byggd miljö', en: 'accessible built environment' },
    sv: {
      core: `universell utformning, universellt utformad*, design för alla, =bbr,
        tillgänglighetskrav i bygglov*, tillgänglighet i bygglov*,
        tillgänglighet i detaljplan*, tillgänglighet i planeringen, tillgänglighetsgranskning av ritningar,
        ritningsgranskning*, certifierad sakkunnig*,
        certifierade sakkunniga, sakkunnig inom tillgänglighet, sakkunnig tillgänglighet,
        sakkunniga i tillgänglighet, =cth, tillgänglighetsutlåtande*, tillgänglighetsriktlinjer*,
        tillgänglighetsprogram*, tillgänglig utemiljö, tillgängliga utemiljöer, tillgänglig gatumiljö,
        tillgängliga gångstråk, ledstråk*, nedsänkt kantsten, taktila plattor,
        taktil* markering*, kontrastmarkering*, enkelt avhjälpta hinder, =eah, hinder i den offentliga miljön,
        tillgänglighetsanpassning av lokaler, tillgänglighetsanpassa lokaler, tillgänglighetsanpassa entrén,
        tillgänglighetsanpassning av skolor, tillgänglighetsanpassning av fastigheter, entréramp*,
        automatiska dörröppnare, automatisk dörröppnare, tillgängligt byggande, orienterbarhet*`,
      related: `tillgänglighetsinventering*, tillgänglighetsinventera*, inventering av tillgänglighet,
        boverkets byggregler, granska ritningar, gångstråk*, kantsten*, byggande*, bygglov*,
        detaljplan*, ombyggnad*, nybyggnad*, nybyggnation*, utemiljö*, entré*, hinder, framkomlighet*`,
      hint: `tillgänglighet*, tillgänglig*, =hiss, =ramp, lokaler, planering*, fastighet*`,
    },
    en: {
      core: `universal design, design for all, inclusive design, accessibility requirements,
        accessibility consultant*, accessibility expert*, certified accessibility,
        access audit*, accessibility audit*, easily remedied obstacles, tactile paving, dropped kerb*,
        step-free access, level access, accessible entrance*, automatic door*`,
      related: `planning, construction, buildings, built environment, premises, entrance*, obstacles,
        wayfinding,
        building regulations, building permit*`,
      hint: `accessibility, accessible`,
    },
  },
  {
    // Places to play and be outdoors for everyone: playgrounds, beaches, jetties and nature trails made usable
    // with a wheelchair or other needs. Differs from physical activity's `trails-outdoor-recreation` (trails in
    // general) and social sustainability's `green-spaces`.
    id: 'accessible-play-nature',
    label: {
      sv: 'Tillgängliga lekplatser, badplatser och naturområden',
      en: 'Accessible playgrounds, beaches and nature',
    },
    short: { sv: 'tillgängliga lekplatser och natur', en: 'accessible play and nature' },
    sv: {
      core: `tillgänglig* lekplats*, lekplats för alla, lekplatser för alla, inkluderande lekplats*,
        tillgänglighetsanpassad* lekplats*, rullstolsgunga*, fågelbogunga*, gunga* för rullstol*,
        sandlåd* i bordshöjd, tillgänglig* badplats*, badplats* för alla, badramp*, badrullstol*,
        strandrullstol*,
        strandmatta*, tillgängliga bryggor, tillgänglig brygga, fiskebrygga*, fiskeplats* för rullstol*,
        tillgängligt fiske, tillgänglig natur, tillgängliga naturområden, natur för alla,
        tillgänglig* vandringsled*, tillgängliga leder, tillgängliga stigar, rullstolsanpassad* led*,
        tillgängligt friluftsliv, friluftsliv för alla, friluftsliv för personer med funktionsnedsättning,
        tillgänglig* grillplats*, tillgängliga rastplatser, tillgängliga parker, tillgänglig park,
        utegym för alla`,
      related: `lekplats*, badplats*, naturområde*, friluft*, =brygga, =bryggan, =stranden, =parken, gung*`,
      hint: `=ute, sommar*, =natur, =naturen`,
    },
    en: {
      core: `accessible playground*, inclusive playground*, playground* for all, wheelchair swing*,
        accessible beach*, beach wheelchair*, beach mat*, accessible jett*, accessible fishing,
        accessible nature, accessible trail*, accessible outdoor*, outdoors for all, nature for all,
        all-terrain wheelchair*, accessible parks`,
      related: `playground*, beach*, jett*, nature, outdoor*, trails, parks`,
      hint: `summer, swings`,
    },
  },
  {
    // Employers and the state's support for hiring people with disabilities: Samhall, wage support for
    // development or security, a personal helper, work aids, reasonable adjustments. Differs from
    // `supported-employment` (an employment specialist's method), `subsidised-employment` (subsidies in
    // general) and the template's `workplace` (work environment and return to work).
    id: 'disability-employment',
    label: {
      sv: 'Arbete för personer med funktionsnedsättning: Samhall, lönestöd, personligt biträde och arbetshjälpmedel',
      en: 'Employment of people with disabilities: Samhall, wage support, personal helpers and work aids',
    },
    short: { sv: 'arbete vid funktionsnedsättning', en: 'disability employment' },
    sv: {
      core: `=samhall, samhalls, skyddat arbete hos samhall, specialiserade insatser för personer med,
        arbetsförmedlingens specialiserade insatser, nedsatt arbetsförmåga på grund av funktionsnedsättning,
        funktionsnedsättning som medför nedsatt arbetsförmåga, kod för funktionsnedsättning,
        kodad funktionsnedsättning, lönestöd för utveckling i anställning,
        lönestöd för trygghet i anställning,
        personligt biträde, bidrag till personligt biträde, bidrag till arbetshjälpmedel, arbetshjälpmedel*,
        anställa personer med funktionsnedsättning, anställer personer med funktionsnedsättning,
        anställa någon med funktionsnedsättning, anställa personer med intellektuell funktionsnedsättning,
        arbetsgivare som anställer personer med, jobb för personer med funktionsnedsättning,
        arbete för personer med funktionsnedsättning, arbeten för personer med funktionsnedsättning,
        sysselsättningsgrad* bland personer med funktionsnedsättning,
        rekrytera personer med funktionsnedsättning,
        funktionsrätt i arbetslivet, från aktivitetsersättning till arbete,
        från aktivitetsersättning till jobb,
        tillgänglig arbetsplats, tillgängliga arbetsplatser, skäliga åtgärder för tillgänglighet,
        rimliga anpassningar, skäliga anpassningar, =misa`,
      related: `anställ*, arbetsgivare*, arbetsförmåga*, lönestöd*, lönebidrag*, arbetsplats*`,
      hint: `rekryter*, kompetens*, =jobb, arbete`,
    },
    en: {
      core: `employment of people with disabilit*, disabled employees, disabled workers,
        employees with disabilit*,
        hire people with disabilit*, hiring people with disabilit*, disability employment,
        disability confident,
        reasonable accommodation*, reasonable adjustments at work, accessible workplace*, work aids,
        wage subsidy for disabled, sheltered employment, disability employment gap, samhall`,
      related: `employers, employment, hire, hiring, jobs, workplace*`,
      hint: `recruit*, skills`,
    },
  },
  {
    // Learning as an adult: adapted municipal adult education, folk high school courses, study circles and
    // support for disabled students at university. Differs from work integration's `adult-education` (adult
    // education in general) and `accessible-learning-environment` (children's school).
    id: 'adapted-adult-learning',
    label: {
      sv: 'Studier för vuxna med funktionsnedsättning: anpassad utbildning, folkhögskola och högskola',
      en: 'Adult learning for people with disabilities: adapted education, folk high schools and university',
    },
    short: { sv: 'studier för vuxna med funktionsnedsättning', en: 'adult learning for disabled people' },
    sv: {
      core: `anpassad utbildning för vuxna, anpassad utbildning på grundläggande nivå,
        anpassad utbildning på gymnasial nivå, komvux som anpassad utbildning, komvux anpassad utbildning,
        =särvux, =lärvux, särskild utbildning för vuxna, folkhögskola för personer med funktionsnedsättning,
        folkhögskolekurs* för personer med, folkhögskolor med anpassade kurser,
        särskild kurs för personer med,
        allmän kurs med stöd, särskilt pedagogiskt stöd, studiecirk* för personer med intellektuell,
        anpassade studiecirklar, anpassad studiecirkel, studier efter anpassade gymnasieskolan,
        efter anpassade gymnasieskolan, efter gymnasiesärskolan, livslångt lärande för personer med,
        vuxenstudier med stöd, studenter med funktionsnedsättning, student med funktionsnedsättning,
        stöd till studenter med funktionsnedsättning, pedagogiskt stöd för studenter,
        samordnare för studenter med funktionsnedsättning, anteckningsstöd*, förlängd skrivtid,
        mentorsstöd för studenter, tillgängliga studier`,
      related: `studier, studera*, folkhögskol*, studieförbund*, studiecirk*, =kurs, =kurser, komvux*,
        vuxenutbildning*, studenter, student*`,
      hint: `lära*, utbildning*`,
    },
    en: {
      core: `adapted education for adults, adult education for people with intellectual disabilit*,
        adult education for people with learning disabilit*, folk high school course* for people with,
        study circle* for people with, lifelong learning for people with, students with disabilit*,
        disabled students, disability support for students, note-taking support, extended exam time,
        learning support for students`,
      related: `adult education, folk high school*, study circle*, courses, students`,
      hint: `learning`,
    },
  },
  {
    // Pupils with disabilities at school: accessible learning environments, extra adaptations and special
    // support, special schools and SPSM. Differs from children and youth's `school-completion-youth` and the
    // template's `school-prog` (programmes for all pupils).
    id: 'accessible-learning-environment',
    label: {
      sv: 'Tillgänglig lärmiljö och stöd i skolan för elever med funktionsnedsättning',
      en: 'Accessible learning environments and support at school for pupils with disabilities',
    },
    short: { sv: 'tillgänglig lärmiljö', en: 'accessible learning environments' },
    sv: {
      core: `tillgänglig lärmiljö, tillgängliga lärmiljöer, tillgänglig utbildning, extra anpassning*,
        särskilt stöd i skolan, åtgärdsprogram*, specialpedagog*, speciallärare*,
        specialpedagogiska skolmyndigheten, =spsm, specialskola*, specialskolan, resursskola*, resursklass*,
        resursenhet*, kommunikationsklass*, hörselklass*, autismklass*, anpassad grundskola,
        anpassade grundskolan, anpassad gymnasieskola, anpassade gymnasieskolan, grundsärskola*,
        gymnasiesärskola*, särskola*, elevassistent*, resurspedagog*, npf-anpassad skola,
        npf-anpassad undervisning, elever med funktionsnedsättning, elever med npf, elever med autism,
        elever med intellektuell funktionsnedsättning, elever med adhd, anpassade läromedel,
        inläsningstjänst*,
        alternativa verktyg, hemundervisning*, mottagande i anpassad skola`,
      related: `skola*, elev*, elever, klassrum*, lärare*, undervisning*, elevhälsa*, särskilt stöd, skolan`,
      hint: `lektion*, =betyg`,
    },
    en: {
      core: `accessible learning environment*, accessible education, inclusive education,
        special educational needs,
        special educational support, special needs education, special school*, resource school*,
        additional adjustments, individual education plan*, teaching assistant*, special education teacher*,
        senco, pupils with disabilit*, students with special needs, pupils with autism, pupils with adhd`,
      related: `school*, pupils, teachers, classroom*, teaching`,
      hint: `lessons, grades`,
    },
  },
  {
    // Rights and influence: the UN convention, municipal disability councils, consultation with disability
    // rights organisations, disability policy programmes, self-advocacy. Differs from social sustainability's
    // `accessibility` (the work of making things accessible), the template's `peer-support` (users' experience
    // in services) and `anti-discrimination` (discrimination on every ground).
    id: 'disability-rights-participation',
    label: {
      sv: 'Funktionsrätt: rättigheter, funktionshinderråd och samråd med funktionsrättsorganisationer',
      en: 'Disability rights, disability councils and consultation with disability organisations',
    },
    short: { sv: 'funktionsrätt och inflytande', en: 'disability rights and influence' },
    sv: {
      core: `funktionsrättskonvention*, konventionen om rättigheter för personer med funktionsnedsättning,
        fn-konventionen om rättigheter för personer med funktionsnedsättning, =crpd,
        funktionsrättsperspektiv*,
        funktionshinderperspektiv*, funktionshindersperspektiv*, funktionsrättsorganisation*,
        funktionshinderorganisation*, funktionshindersorganisation*, funktionsrättsförbund*,
        funktionsrätt sverige, funktionshinderråd*, funktionshindersråd*, råd för funktionsfrågor,
        råd för funktionshinderfrågor, tillgänglighetsråd*, delaktighetsråd*, samråd med funktionsrätt*,
        samråd med funktionshinderorganisation*, funktionshinderpolitik*, funktionshinderspolitik*,
        funktionsrättspolitik*, funktionshinderpolitiskt program, funktionshinderspolitiskt program,
        funktionsrättsplan*, funktionsrättsprogram*, myndigheten för delaktighet, =mfd, intressepolitik*,
        ingenting om oss utan oss,
        inget om oss utan oss, självförträdare*, självförespråk*, =dhr, =fub, =rbu, neuroförbundet,
        reumatikerförbundet, synskadades riksförbund, hörselskadades riksförbund,
        bristande tillgänglighet som diskriminering, diskriminering på grund av funktionsnedsättning,
        funkofobi*, funktionsmaktordning*`,
      related: `rättigheter*, samråd*, inflytande*, påverkansarbete*, intresseorganisation*,
        medlemsorganisation*,
        diskriminer*, funktionsrätt*, =delaktighet, bristande tillgänglighet, rättighetsbärare,
        rättighetsbaserat arbete, rättighetsperspektiv*`,
      hint: `perspektiv*, =röst, politik*`,
    },
    en: {
      core: `crpd, convention on the rights of persons with disabilities, un disability convention,
        disability rights, disability rights organisation*, disability rights organization*,
        disabled people's organisation*, disabled people's organization*, disability organisation*,
        disability organization*, disability council*, disability advisory council*, disability policy,
        nothing about us without us, self-advocacy, self-advocate*, ableism, disability discrimination`,
      related: `rights, consultation, influence, advocacy, discrimination`,
      hint: `voice, policy`,
    },
  },
  {
    // Knowing how people with disabilities live: statistics and surveys on living conditions and health, user
    // surveys in disability services, needs forecasts for LSS, follow-up of disability policy. Differs from the
    // template's `mh-data` (mental health data) and social sustainability's `health-equity-data`.
    id: 'disability-living-conditions-data',
    label: {
      sv: 'Kunskap om levnadsvillkor för personer med funktionsnedsättning: statistik, kartläggning och uppföljning',
      en: 'Knowledge of disabled people’s living conditions: statistics, mapping and follow-up',
    },
    short: { sv: 'data om levnadsvillkor', en: 'disability data' },
    sv: {
      core: `levnadsvillkor för personer med funktionsnedsättning, levnadsförhållanden för personer med,
        hälsa bland personer med funktionsnedsättning, hälsan hos personer med funktionsnedsättning,
        ohälsa bland personer med funktionsnedsättning, statistik om personer med funktionsnedsättning,
        statistik om funktionsnedsättning, data om funktionsnedsättning, lss-statistik*, statistik om lss,
        statistik om insatser enligt lss, brukarundersökning* inom funktionshinderområdet,
        brukarundersökning* inom funktionshindersområdet, brukarundersökning* i lss, brukarundersökning* lss,
        funktionshinderpolitisk* uppföljning*, funktionshinderspolitisk* uppföljning*,
        uppföljning av funktionshinderpolitik*, uppföljning av funktionshinderspolitik*,
        kartläggning av behov hos personer med, kartlägga behoven hos personer med, behovsprognos* för lss,
        behovsanalys* för lss, prognos för lss, framtida behov av lss,
        funktionsnedsättning i folkhälsoenkät*`,
      related: `statistik*, data, kartläggning*, kartlägga, enkät*, undersökning*,
        levnadsvillkor,
        levnadsförhållanden, indikator*, prognos*, behovsprognos*, behovsinventering*, kommunuppföljning*`,
      hint: `analys*, siffror, uppföljning*`,
    },
    en: {
      core: `living conditions of people with disabilit*, living conditions of disabled people,
        health of people with disabilit*, data on disability, disability statistics, disability data,
        survey of people with disabilit*, follow-up of disability policy, user survey* in disability services,
        disaggregated by disability, disability indicators, needs forecast*`,
      related: `statistics, data, survey*, indicators, mapping, follow-up`,
      hint: `analysis, figures`,
    },
  },
  {
    // Health care that works for people with disabilities: health checks for people with intellectual
    // disabilities, preparing visits with pictures, dental care, health in group homes, shorter lives. Differs
    // from `habilitation` (the region's habilitation itself) and the template's `specialist-access`.
    id: 'disability-health-care',
    label: {
      sv: 'Jämlik och tillgänglig vård och tandvård för personer med funktionsnedsättning',
      en: 'Equal, accessible health and dental care for people with disabilities',
    },
    short: { sv: 'tillgänglig vård', en: 'accessible health care' },
    sv: {
      core: `hälsokontroll* för personer med, hälsosamtal för personer med, hälsosamtal* i lss,
        hälsoundersökning* för personer med, tillgänglig vård, tillgänglig hälso- och sjukvård,
        vård för personer med intellektuell funktionsnedsättning, sjukvård för personer med,
        förberedelse inför vårdbesök, förbereda vårdbesök, förbereda inför vårdbesök, vårdbesök med bildstöd,
        bildstöd i vården, tandvård för personer med,
        särskilt tandvårdsbidrag, nödvändig tandvård, tandvårdsstöd*, specialisttandvård*,
        hälso- och sjukvård i lss, läkemedelsgenomgång* i lss, npf-anpassad vård,
        npf-anpassat vårdbesök, anpassat vårdbesök, anpassade vårdbesök, lugnt väntrum,
        slippa vänta i väntrummet,
        kunskap om funktionsnedsättning i vården, överdödlighet bland personer med, dör i förtid,
        diagnostisk överskuggning, jämlik vård för personer med`,
      related: `vården, vårdbesök*, hälso- och sjukvård*, tandvård*, tandläkar*, vårdcentral*, läkare*,
        hälsokontroll*, väntrum*, sjuksköterska*, jämlik*, bemötande i vården, ojämlik vård,
        kortare livslängd,
        hälsoansvar*`,
      hint: `patient*, hälsa, hälsan`,
    },
    en: {
      core: `health checks for people with, annual health check*, accessible healthcare,
        accessible health care,
        reasonable adjustments in healthcare, diagnostic overshadowing, dental care for people with,
        special care dentistry, hospital passport*, preparing for hospital visits,
        preparing for medical appointments, sensory-friendly clinic*, health inequalities for people with`,
      related: `healthcare, health care, dental*, dentist*, hospital*, doctors, nurses, appointments`,
      hint: `patients, health`,
    },
  },
  {
    // Love, sexuality, relationships and protection from abuse: sex education adapted for people with
    // intellectual disabilities, dating, parents with intellectual disabilities, accessible shelters. Differs
    // from the template's `violence` (violence in close relationships in general) and `lgbtq-youth`.
    id: 'relationships-sexuality-disability',
    label: {
      sv: 'Relationer, sexualitet och skydd mot övergrepp för personer med funktionsnedsättning',
      en: 'Relationships, sexuality and protection from abuse for people with disabilities',
    },
    short: { sv: 'relationer och sexualitet', en: 'relationships and sexuality' },
    sv: {
      core: `sex och samlevnad för personer med, sex och samlevnad i lss, anpassad sex och samlevnad,
        sexualitet och funktionsnedsättning, sexualitet för personer med,
        sexuell hälsa för personer med, sexuell hälsa och funktionsnedsättning, relationer och sexualitet,
        sexualitet och relationer, kärlek och relationer, kärlek och sexualitet, anpassad sexualundervisning,
        sexualundervisning för personer med, dejting*, dejtingträff*, hitta kärleken, kärleksrelation*,
        parrelation*, par i gruppbostad*, bo tillsammans med sin partner,
        föräldrar med intellektuell funktionsnedsättning, föräldraskap med intellektuell funktionsnedsättning,
        våld mot personer med funktionsnedsättning, våldsutsatta personer med funktionsnedsättning,
        våld mot kvinnor med funktionsnedsättning, kvinnor med funktionsnedsättning som utsätts för våld,
        sexuella övergrepp mot personer med, övergrepp mot personer med funktionsnedsättning,
        tillgängligt skyddat boende, tillgängliga skyddade boenden, tillgänglig kvinnojour,
        tillgängliga kvinnojourer, sexuellt samtycke, integritet och samtycke, samtycke och gränser,
        kroppens gränser, =rfsu,
        sexualpolicy*, policy för sexualitet`,
      related: `sexualitet*, sexuell*, relationer, kärlek*, =partner, integritet*, övergrepp*, flickvän,
        pojkvän,
        sexualupplysning*, sexualundervisning*, samlevnad*`,
      hint: `vänskap*, kropp*`,
    },
    en: {
      core: `sexuality and disability, sex education for people with, relationships and sexuality,
        relationships and sex education, sexual health for people with, dating for people with,
        dating service* for people with, love and relationships, sexual consent, consent and boundaries,
        parents with intellectual disabilit*,
        parents with learning disabilit*, violence against people with disabilit*,
        violence against disabled women, abuse of people with disabilit*, accessible shelter*,
        accessible women's shelter*`,
      related: `sexuality, sexual, relationships, dating, intimacy, girlfriend, boyfriend`,
      hint: `friendship, body`,
    },
  },
  {
    // Families with a disabled child: a navigator through all the contacts, parent networks, siblings, the
    // family's allowances and courses about the child's disability. Differs from the template's `parenting`
    // (parenting support for all) and `carer-support` (relatives in general), and from `short-stays-lss`.
    id: 'families-disabled-children',
    label: {
      sv: 'Stöd till familjer med barn med funktionsnedsättning',
      en: 'Support for families with disabled children',
    },
    short: { sv: 'familjer med barn med funktionsnedsättning', en: 'families with disabled children' },
    sv: {
      core: `föräldrar till barn med funktionsnedsättning*, föräldrar till barn med npf,
        föräldrar till barn med autism, föräldrar till barn med adhd, föräldrar till barn med intellektuell,
        föräldrar till barn med särskilda behov, familjer med barn med funktionsnedsättning*,
        familjer som har barn med funktionsnedsättning, familjer med barn med npf,
        familjer med barn med autism,
        barn med funktionsnedsättning och deras familjer, syskon till barn med funktionsnedsättning,
        syskon till barn med, förälder till ett barn med, mamma till ett barn med, pappa till ett barn med,
        föräldranätverk*, föräldrakraft, familjelots*, funktionsrättslots*, lots för familjer,
        lotsfunktion för familjer, en väg in för familjer, familjekoordinator*, familjesamordnare*,
        omvårdnadsbidrag*, vårdbidrag*, kontaktdagar, tillfällig föräldrapenning för barn med,
        många kontakter med myndigheter, kontakter med många myndigheter, utmattade föräldrar,
        slitna föräldrar,
        föräldrakurs* om npf, föräldrakurs* om autism, föräldrautbildning om npf,
        föräldrautbildning om autism`,
      related: `föräldrar*, familj*, syskon*, lots*, föräldraförening*`,
      hint: `=barn, =barnet, =barnen, =kontakter, myndigheter`,
    },
    en: {
      core: `parents of disabled children, parents of children with disabilit*,
        parents of children with autism,
        parents of children with special needs, families of disabled children,
        families with disabled children,
        siblings of disabled children, family navigator*, key worker* for families, parent network*,
        parent carer*, parent-carer*`,
      related: `parents, families, siblings, navigator*`,
      hint: `children, child`,
    },
  },
  {
    // Finding one's way to the right services and allowances: applying under LSS, the person circle, appeals,
    // Försäkringskassan's allowances, rights advice. Differs from the template's `debt-advice` (money and debt)
    // and `legal-gdpr` (data protection), and from `supported-decision-making` (someone acting for a person).
    id: 'disability-benefits-guidance',
    label: {
      sv: 'Vägledning om insatser, ersättningar och överklagande (LSS, Försäkringskassan)',
      en: 'Guidance on services, allowances and appeals',
    },
    short: { sv: 'vägledning om insatser och ersättningar', en: 'benefits and rights guidance' },
    sv: {
      core: `ansöka om lss, söka lss, ansöka om insatser, söka insatser, ansökan om insatser,
        insatser enligt lss,
        rätt till insatser, rätt till lss, lss-ansökan, lss-handläggare*, lss-handläggning*, lss-beslut*,
        personkrets*, personkretsbedömning*, lss-utredning*, överklaga lss-beslut*, överklaga beslut om lss,
        överklaga avslag*, rättighetsrådgivning*, juridisk rådgivning om lss,
        juridiskt stöd i lss-ärenden, lss-jurist*, funktionsrättsjurist*, merkostnadsersättning*,
        handikappersättning*, aktivitetsersättning*, sjukersättning*, ersättningar från försäkringskassan,
        söka ersättning hos försäkringskassan, förmåner för personer med funktionsnedsättning,
        hjälp att fylla i ansökningar, hjälp med ansökningar, hjälp att skriva ansökan,
        hjälp att förstå beslut,
        rättighetsguide*, vägledning om rättigheter,
        information om rättigheter, funktionsrättsrådgivning*, funktionsrättsbyrå*`,
      related: `försäkringskassan*, ersättning*, ansökan*, ansöka*, handläggare*,
        överklag*, avslag*, =rättigheter, juridi*, förvaltningsrätt*, kammarrätt*`,
      hint: `blankett*, myndighet*, =beslut, =besluten`,
    },
    en: {
      core: `apply for disability services, appeal the decision, appeal a decision, disability benefit*,
        disability allowance*, personal independence payment, activity compensation,
        sickness compensation, additional cost allowance, benefits advice, welfare rights advice,
        rights advice,
        legal advice on disability, help with applications, help filling in forms, rejected application*`,
      related: `benefits, allowance*, applications, decision*, social insurance agency, caseworker*, appeal*`,
      hint: `forms, authorities`,
    },
  },
  {
    // Someone who helps a person decide or acts for them: personal ombudsmen for people with psychiatric
    // disabilities, trustees and administrators, supported decision-making. Differs from the older people's
    // `power-of-attorney` (powers of attorney, wills) and `disability-benefits-guidance` (advice on rights).
    id: 'supported-decision-making',
    label: {
      sv: 'Personligt ombud, god man och stöd att fatta egna beslut',
      en: 'Personal ombudsmen, trustees and supported decision-making',
    },
    short: { sv: 'personligt ombud och god man', en: 'personal ombudsmen and trustees' },
    sv: {
      core: `personligt ombud, personliga ombud, personliga ombuden, po-verksamhet*, god man, gode män,
        godmanskap*, förvaltarskap*, =förvaltare, överförmyndar*, ställföreträdare*, ställföreträdarskap*,
        stödjande beslutsfattande, stött beslutsfattande, stöd i beslutsfattande,
        stöd att fatta beslut, stöd att fatta egna beslut, fatta egna beslut, rekrytera gode män,
        brist på gode män, utbildning för gode män, ställföreträdarutbildning*, anhörigbehörighet*,
        förtroendeperson*, stödperson i kontakter med myndigheter, ombud för personer med psykisk`,
      related: `självbestämmande*, ombud*, myndighetskontakt*`,
      hint: `rättigheter, =beslut, =ekonomi, =ekonomin`,
    },
    en: {
      core: `personal ombudsman, personal ombudsmen, personal ombud*, supported decision-making,
        supported decision making, guardianship, legal representative*,
        substitute decision-making, advocacy service*, independent advocate*`,
      related: `self-determination, decisions, advocate*, guardian*`,
      hint: `rights`,
    },
  },
  {
    // Staff and methods in LSS services and socialpsykiatri: support educators and assistants, implementation
    // plans, IBIC, methods guidance. Differs from the general `staff-training` (training in any field) and
    // `challenging-behaviour` (one method area).
    id: 'disability-services-skills',
    label: {
      sv: 'Kompetens och arbetssätt i LSS-verksamheter och socialpsykiatri',
      en: 'Skills and working methods in disability services',
    },
    short: { sv: 'kompetens i LSS-verksamheter', en: 'disability services skills' },
    sv: {
      core: `stödpedagog*, stödassistent*, lss-personal*, personal inom lss, personal i lss,
        medarbetare inom lss,
        baspersonal* inom lss, baspersonal* inom funktionshinder*, funktionshinderomsorg*,
        funktionshindersomsorg*, funktionsstöd*, funktionshinderområdet,
        funktionshindersområdet, kompetens inom lss, kompetensutveckling inom lss, kompetensutveckling i lss,
        kompetenskrav* i lss, utbildning för lss-personal, utbildning för personal i lss, =ibic,
        individens behov i centrum, pedagogiskt förhållningssätt, pedagogiska verktyg,
        kunskapsstöd för lss, kunskapsstöd inom funktionshinderområdet, handledning för lss-personal,
        metodhandledning i lss, lss-verksamhet*, lss-enhet*, lss-chef*, kvalitet i lss,
        kvalitetsarbete i lss, åldrande med intellektuell funktionsnedsättning,
        äldre med intellektuell funktionsnedsättning, demens och intellektuell funktionsnedsättning`,
      related: `genomförandeplan*, socialpsykiatri*, boendestödjare*, kompetensutveckling*`,
      hint: `kompetens*, handledning*, metod*, arbetssätt*, kvalitet*, =personalen`,
    },
    en: {
      core: `disability support worker*, disability services staff, staff in disability services,
        training for support staff, skills in disability services, person-centred planning,
        person-centered planning, competence in disability services, ageing with intellectual disabilit*`,
      related: `support worker*, pedagogical approach`,
      hint: `staff, training, skills, supervision, methods, quality`,
    },
  },
];

/** Sentences written as organisations of the field would, two needs and two offers per kind (unit tests). */
export const examples: Record<string, string[]> = {
  'personal-assistance': [
    'Många av våra medlemmar har fått sin assistansersättning indragen och behöver stöd.',
    'Vi söker personliga assistenter som kan arbeta helger hos en ung man med personlig assistans.',
    'Vårt assistanskooperativ utbildar arbetsledare i att leda sina egna assistenter.',
    'We are an assistance provider and offer personal assistance built on independent living.',
  ],
  'daily-activities-lss': [
    'Daglig verksamhet söker fler arbetsuppgifter och uppdrag från lokala företag.',
    'Vi vill att fler deltagare i daglig verksamhet ska ta steget från daglig verksamhet till arbete.',
    'Vi kan ta emot en utflyttad grupp från daglig verksamhet i vårt café.',
    'We offer placements in companies for people in daily activities.',
  ],
  'lss-housing': [
    'Kommunen har många ej verkställda beslut om bostad och behöver bygga nya gruppbostäder.',
    'Unga vuxna som vill flytta hemifrån behöver en egen lägenhet med stöd.',
    'Vi bygger gärna gruppbostäder och servicebostäder med gemensamhetslokal åt kommunen.',
    'We can build group homes and service flats for adults with intellectual disabilities.',
  ],
  'short-stays-lss': [
    'Familjerna behöver fler platser på korttidshem och korttidsvistelse över helger.',
    'Vi saknar korttidstillsyn för ungdomar över 12 år efter skolan.',
    'Vi erbjuder lägervistelse och miljöombyte för barn och unga på somrarna.',
    'We run short breaks and respite camps for disabled children.',
  ],
  'contact-escort-lss': [
    'Kommunen behöver rekrytera fler kontaktpersoner enligt LSS.',
    'Många vill gå på konsert men saknar ledsagarservice på kvällar och helger.',
    'Hos oss går ledsagare gratis och vi tar emot ledsagarkort på alla föreställningar.',
    'We run a leisure buddy scheme and a companion service for people with learning disabilities.',
  ],
  habilitation: [
    'Barn- och ungdomshabiliteringen har lång väntetid och behöver samverkan med skolan.',
    'Vi behöver logopeder och arbetsterapeuter som kan stödja vuxenhabiliteringens grupper.',
    'Habiliteringen håller kurser för föräldrar och tidig intensiv träning för barn med autism.',
    'Our habilitation team offers speech and language therapy and early intervention for children with disabilities.',
  ],
  'npf-support': [
    'Personalen behöver NPF-kunskap för att möta unga vuxna med adhd och autism.',
    'Vi vill bli en NPF-säkrad arbetsplats med sensoriska anpassningar.',
    'Våra NPF-coacher erbjuder coachning för personer med adhd i vardagen.',
    'We offer autism training and advice on sensory-friendly adjustments.',
  ],
  'challenging-behaviour': [
    'Personalen på boendet behöver stöd vid utmanande beteende och utbrott hos de boende.',
    'Vi vill minska tvångsåtgärder och begränsningsåtgärder i verksamheten.',
    'Vi utbildar personal i lågaffektivt bemötande och positivt beteendestöd.',
    'We train staff in low-arousal approaches and positive behaviour support plans.',
  ],
  'cognitive-support': [
    'Många deltagare behöver kognitivt stöd och tidshjälpmedel för att få struktur i vardagen.',
    'Vi söker digitala scheman och påminnelser i mobilen för personer med förvärvad hjärnskada.',
    'Vi visar kognitiva hjälpmedel som timstock och bildschema för planering.',
    'We offer cognitive aids, visual schedules and reminder apps.',
  ],
  'disability-aids-technology': [
    'Vi behöver fritidshjälpmedel som sportrullstolar och anpassade cyklar att låna ut.',
    'Föreningen vill testa ögonstyrning och omgivningskontroll för medlemmar med stora rörelsehinder.',
    'Hjälpmedelscentralen håller en hjälpmedelsmässa där alla kan prova ut hjälpmedel.',
    'We lend powered wheelchairs, tandem bikes and other assistive technology for leisure.',
  ],
  'aac-communication': [
    'Personalen behöver lära sig tecken som stöd och bildstöd för att kommunicera med de boende.',
    'Många av våra barn saknar tal och behöver AKK och kommunikationshjälpmedel.',
    'Vi utbildar i alternativ och kompletterande kommunikation, samtalsmatta och kommunikationskartor.',
    'We offer AAC training with communication boards, talking mats and Makaton signing.',
  ],
  'deaf-sign-language': [
    'Döva medlemmar behöver teckenspråkstolk när de deltar i föreningens möten.',
    'Vi vill erbjuda teckenspråkskurs för föräldrar till döva barn.',
    'Tolkcentralen erbjuder teckenspråkstolkning, skrivtolkning och dövblindtolkning.',
    'Our deaf association offers Swedish Sign Language courses and deaf culture evenings.',
  ],
  'easy-read-information': [
    'Kommunens information behöver finnas på lättläst svenska.',
    'Vi behöver hjälp att skriva begripligt och ta fram lättlästa broschyrer.',
    'Vi skriver lättläst och granskar texter enligt klarspråk.',
    'We produce easy-read versions and plain language information.',
  ],
  'accessible-media': [
    'Vi vill syntolka och texta teaterns föreställningar.',
    'Biblioteket vill låna ut fler talböcker till personer med läsnedsättning och dyslexi.',
    'Vi syntolkar film och föreställningar och erbjuder punktskrift.',
    'We offer audio description, captions and talking books in accessible formats.',
  ],
  'adult-leisure-disability': [
    'Många vuxna med intellektuell funktionsnedsättning saknar fritid efter daglig verksamhet och vill träffa vänner.',
    'Vi vill starta en fritidsklubb för vuxna och ett funkisdisco i kommunen.',
    'Vi har en teatergrupp för vuxna med funktionsnedsättning och dansa på kvällar och helger.',
    'We run a social club for adults with learning disabilities and an inclusive arts programme.',
  ],
  'accessible-transport': [
    'Många medlemmar är missnöjda med färdtjänsten och behöver parkeringstillstånd och bilstöd.',
    'Vi behöver tillgänglighetsanpassade hållplatser och utrop i bussen.',
    'Vi erbjuder reseträning så att unga kan resa själva med kollektivtrafiken.',
    'We offer travel training and passenger assistance for people with disabilities.',
  ],
  'digital-accessibility': [
    'Kommunens webbplats måste uppfylla WCAG och ha en tillgänglighetsredogörelse.',
    'Vi behöver skärmläsartester och granskning av tangentbordsnavigering på vår webbplats.',
    'Vi granskar digital tillgänglighet enligt DOS-lagen och utbildar i tillgängliga dokument.',
    'We offer web accessibility audits, screen reader testing and training in accessible documents.',
  ],
  'accessible-built-environment': [
    'Kommunen behöver en certifierad sakkunnig som kan granska ritningar ur tillgänglighetssynpunkt.',
    'Vi vill åtgärda enkelt avhjälpta hinder i stadskärnan.',
    'Vi gör tillgänglighetsinventeringar av lokaler och granskar bygglov enligt BBR.',
    'We offer access audits and advice on universal design in planning and building.',
  ],
  'accessible-play-nature': [
    'Vi vill bygga en lekplats för alla med rullstolsgunga.',
    'Badplatsen behöver en badramp och en strandrullstol.',
    'Vi har tillgängliga bryggor och en fiskebrygga som fungerar med rullstol.',
    'We can lend beach wheelchairs and build accessible trails for nature for all.',
  ],
  'disability-employment': [
    'Vi vill anställa personer med funktionsnedsättning men vet inte vilket stöd som finns.',
    'Medarbetaren behöver personligt biträde och arbetshjälpmedel.',
    'Samhall erbjuder arbete och utveckling för personer med nedsatt arbetsförmåga.',
    'We help employers hire people with disabilities and make reasonable accommodations.',
  ],
  'adapted-adult-learning': [
    'Vi söker studier efter anpassade gymnasieskolan för unga med intellektuell funktionsnedsättning.',
    'Vi behöver anpassade studiecirklar för personer med intellektuell funktionsnedsättning.',
    'Folkhögskolan har särskild kurs för personer med funktionsnedsättning och särskilt pedagogiskt stöd.',
    'We offer support for disabled students, note-taking support and extended exam time.',
  ],
  'accessible-learning-environment': [
    'Skolan behöver skapa en tillgänglig lärmiljö för elever med NPF.',
    'Lärarna behöver stöd med extra anpassningar och åtgärdsprogram.',
    'Specialpedagogiska skolmyndigheten erbjuder rådgivning om tillgängliga lärmiljöer.',
    'We offer special educational support and training for teaching assistants.',
  ],
  'disability-rights-participation': [
    'Kommunen vill stärka funktionshinderrådet och samrådet med funktionsrättsorganisationerna.',
    'Vi behöver ett nytt funktionshinderspolitiskt program utifrån FN-konventionen.',
    'Funktionsrätt Sverige stödjer kommuner i arbetet med funktionsrättskonventionen.',
    'We offer training in disability rights and the CRPD.',
  ],
  'disability-living-conditions-data': [
    'Vi behöver statistik om levnadsvillkor för personer med funktionsnedsättning i kommunen.',
    'Kommunen behöver en behovsprognos för framtida behov av LSS-bostäder.',
    'Vi gör brukarundersökningar inom funktionshinderområdet och analyserar resultaten.',
    'We can provide disability statistics and data on the living conditions of disabled people.',
  ],
  'disability-health-care': [
    'Personer med intellektuell funktionsnedsättning behöver hälsokontroller och bättre bemötande i vården.',
    'Vi vill förbereda vårdbesök med bildstöd för de boende.',
    'Vi erbjuder tandvård för personer med funktionsnedsättning och särskilt tandvårdsbidrag.',
    'We offer annual health checks and hospital passports for people with learning disabilities.',
  ],
  'relationships-sexuality-disability': [
    'De boende vill prata om kärlek och relationer men personalen vet inte hur.',
    'Vi söker material om sex och samlevnad för personer med intellektuell funktionsnedsättning.',
    'Vi håller dejtingträffar och kurser om sexualitet och relationer.',
    'We offer relationships and sex education for people with learning disabilities.',
  ],
  'families-disabled-children': [
    'Föräldrar till barn med funktionsnedsättning har många kontakter med myndigheter och behöver en familjelots.',
    'Vi vill starta ett föräldranätverk och syskongrupper för syskon till barn med funktionsnedsättning.',
    'Vi erbjuder en familjelots för familjer med barn med funktionsnedsättning.',
    'We offer a family navigator for parents of disabled children and groups for their siblings.',
  ],
  'disability-benefits-guidance': [
    'Många medlemmar behöver hjälp att ansöka om insatser enligt LSS och överklaga beslut.',
    'Vi behöver stöd att söka merkostnadsersättning och aktivitetsersättning.',
    'Vi ger rättighetsrådgivning och juridiskt stöd i LSS-ärenden.',
    'We offer benefits advice and help filling in forms and appealing decisions.',
  ],
  'supported-decision-making': [
    'Vi har brist på gode män och behöver rekrytera fler ställföreträdare.',
    'Personer med psykisk funktionsnedsättning behöver ett personligt ombud.',
    'Vi erbjuder personligt ombud och stöd att fatta egna beslut.',
    'We offer supported decision-making and independent advocates.',
  ],
  'disability-services-skills': [
    'Personalen i LSS-verksamheterna behöver kompetensutveckling och ett gemensamt pedagogiskt förhållningssätt.',
    'Vi behöver fler stödpedagoger och bättre genomförandeplaner.',
    'Vi utbildar stödassistenter och baspersonal inom funktionshinderområdet.',
    'We offer training for support staff in disability services and person-centred planning.',
  ],
};
