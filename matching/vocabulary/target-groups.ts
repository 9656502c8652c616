import type { TargetGroupDefinition } from './types';

// Who a need or an offer concerns. A need and an offer are compatible when their groups overlap or when
// either side concerns everyone or names no group. Staff who *receive* a training are not its target group
// ("personalen i äldreomsorgen behöver kunskap om våld mot äldre" concerns older people), which is why "personal"
// is only a hint for employees while "medarbetare", "kollegor", "arbetsplats" are strong.

export const targetGroups: TargetGroupDefinition[] = [
  {
    id: 'children-youth',
    label: { sv: 'Barn och unga', en: 'Children and young people' },
    short: { sv: 'barn och unga', en: 'children and young people' },
    sv: {
      core: `barn, barnen, barnet, barns, ung, unga, ungas, unge, ungdom*, tonåring*, tonår*, elev*, skolbarn*,
        förskolebarn*, småbarn*, spädbarn*, bebis*, minderårig*, under 18, unga vuxna, tjejer, killar, flickor,
        pojkar, högstadie*, mellanstadie*, lågstadie*, gymnasie*, åringar, 13–18, 14–25, 16–25, åk, årskurs*,
        f–9, skolklass*, barnfamilj*, barnverksamhet*, ungdomsverksamhet*, fritidsgård*, fritidsledare*,
        barngrupp*, barn- och ungdomspsykiatri*, bup, syskon, barnkonventionen, studenter, skolor, skolan,
        skola, förskola*, elevhälsa*, ungdomsmottagning*, kompisar, jämnåriga, kids`,
      related: `familjer, familj*, föräldr*, =lärare, =läraren, =lärarna, =lärares, klass*, skolpersonal, läger`,
      hint: `fritid*`,
    },
    en: {
      core: `children, child, young people, youth*, young, teen*, adolescen*, pupils, students, minors,
        under 18, kids, young adults, school*, girls, boys, players under 18`,
      related: `families, parents, teachers`,
      hint: `gamers, players`,
    },
    ignore: { sv: 'barn- och familjeenhet*, barnkonventionen', en: 'young children and' },
  },
  {
    id: 'adults',
    label: { sv: 'Vuxna', en: 'Adults' },
    short: { sv: 'vuxna', en: 'adults' },
    sv: {
      core: `vuxna, vuxen, vuxenpsykiatri*, kvinnor, kvinnorna, =män, =männen, medelålders, föräldrar, partner,
        sjukskrivna, invånare som, arbetslösa, långtidsarbetslösa, studerande, vuxenutbildning*, 18 år,
        över 18, personer i arbetsför ålder, familjer vi`,
      related: `patienter, klienter, deltagare, brukare, familjer, hushåll*, kvinnojour*, spouses`,
      hint: `personer, invånare, människor`,
    },
    en: {
      core: `adults, adult, women, men, spouses, partners, parents, working-age, trailing spouses`,
      related: `patients, clients, participants, families`,
      hint: `people`,
    },
    ignore: { sv: 'unga vuxna, vuxen att prata med', en: 'young adults' },
  },
  {
    id: 'elderly',
    label: { sv: 'Äldre', en: 'Older people' },
    short: { sv: 'äldre', en: 'older people' },
    sv: {
      core: `äldre, äldres, äldsta, senior*, pensionär*, äldreomsorg*, äldreboende*, äldrepsykiatri*,
        hemtjänst*, särskilt boende, särskilda boenden, äldreförvaltning*, 65+, 75-åringar, 65 år, 75 år,
        över 65, över 70, över 75, över 80, över 85, över 90, 70+, 75+, 80+, 85+, 70-åringar, 80-åringar,
        85-åringar, 90-åringar, äldrevård*, bor kvar hemma, kvarboende,
        åldrande, ålderdom*, demens*, äldrecent*, träffpunkt*, mansgrupper, de boende, boendena,
        boende som sällan`,
      related: `undersköterskor i hemtjänsten, omsorgen, brukare i hemtjänsten, boenden, trygghetsboende*`,
      hint: `omsorg*, boende`,
    },
    en: {
      core: `older people, older adults, elderly, seniors, pensioners, retirees, aged care, care homes,
        nursing home*, later life, old age, dementia, over 65, over 70, over 75, over 80, aged 65, 65+, 75+, 80+`,
      related: `retired, older`,
      hint: `care home`,
    },
    ignore: { sv: 'äldre barn, äldre elever, gamla datorer' },
  },
  {
    id: 'newly-arrived',
    label: { sv: 'Nyanlända', en: 'Newly arrived people' },
    short: { sv: 'nyanlända', en: 'newly arrived people' },
    sv: {
      core: `nyanländ*, migrant*, flykting*, asylsök*, asyl*, ensamkommande, utrikes födda, utlandsfödda,
        utländsk bakgrund, nysvensk*, invandr*, sfi, samhällsorientering, etableringsprogram*,
        introduktionsprogram*, inte talar svenska, talar inte svenska, nya i sverige, ny i sverige,
        tolk, tolkar, tolkning*, samhällsguid*, språkintroduktion*`,
      related: `arabiska, dari, somaliska, tigrinja, persiska, kurdiska, ukrainska, modersmål*, flykt,
        tortyr, hemlängtan, integration*, kulturellt anpassa*`,
      hint: `språk*, svenska`,
    },
    en: {
      core: `newcomer*, newly arrived, migrant*, refugee*, asylum*, immigrant*, trailing spouse*, expat*,
        international students, international parents, moving here, moved here, new to sweden,
        speak swedish`,
      related: `international, arabic, dari, somali, tigrinya, farsi, ukrainian, migration, english, french,
        spanish, hindi`,
      hint: `language*`,
    },
    // The verb "tolka" (interpret figures, results, signs) says nothing about who is served; the interpreter
    // ("tolk", "tolkar", "tolkning") does.
    ignore: {
      sv: 'tolka, tolkas, tolkat, tolkade, tolka dem, tolka resultat*, tolka siffr*, tolka data, tolkning av',
    },
  },
  {
    id: 'relatives',
    label: { sv: 'Anhöriga', en: 'Relatives and carers' },
    short: { sv: 'anhöriga', en: 'relatives' },
    sv: {
      core: `anhörig*, närstående*, efterlevande, syskon*, mist en, mist någon, förlorat någon, föräldrar till,
        partner till, föräldrarna är, familjemedlem*, anhörigas, som har ett barn med, har en närstående,
        föräldrar och partner, familjer med`,
      related: `föräldrar, föräldrarna, familjer, sorg*, avlastning`,
      hint: `familj*`,
    },
    en: {
      core: `carer*, caregiver*, relatives, family members, next of kin, bereaved, siblings`,
      related: `family, families, parents`,
      hint: `partner*`,
    },
    ignore: { sv: 'anhörigperspektivet' },
  },
  {
    id: 'employees',
    label: { sv: 'Anställda och arbetsgivare', en: 'Employees and employers' },
    short: { sv: 'anställda', en: 'employees' },
    sv: {
      core: `anställda, *anställda, anställd, medarbetare*, kollega*, kollegor*, arbetsplats*, arbetsgivar*,
        arbetsmiljö*, chefer, chef, chefen, förmän, skiftledare, skyddsombud*, fackliga, sjukfrånvaro*,
        arbetstagare, yrkesverksamma, arbetsliv*, företagshälsovård*, personalens,
        småföretag*, medlemsföretag*, handelsanställda, butiksanställda, återgång i arbete, tillbaka till jobbet,
        utmattade, utbrända`,
      related: `personalen på akuten, medlemmar på akuten, sektor, företag, jobbet, arbetet, omsorgen, personal,
        yrkesgrupp*, kåren`,
      hint: `team*, förvaltning*, sjukskriv*`,
    },
    en: {
      core: `employees, employee, staff, colleagues, colleague, workplace*, employer*, workers, workforce,
        team leads, team leaders, managers, sick leave, burnout, employed, insured employees, by sector`,
      related: `work, job, company, companies, occupational`,
      hint: `team`,
    },
    ignore: { sv: 'anställa, anställer, anställa dem, anställning' },
  },
  {
    id: 'mental-illness',
    label: {
      sv: 'Personer med psykisk funktionsnedsättning',
      en: 'People with mental illness or disability',
    },
    short: { sv: 'personer med psykisk funktionsnedsättning', en: 'people with mental illness' },
    sv: {
      core: `psykisk funktionsnedsättning, psykiska funktionsnedsättningar, psykiska funktionshinder,
        psykisk funktionsnedsättning*, funktionsnedsättning*, funktionshinder*, psykisk sjukdom,
        psykiska sjukdomar, svår psykisk sjukdom, allvarlig psykisk sjukdom, psykos*, schizofreni*,
        bipolär*, tvångssyndrom, tvång, ocd, ätstörning*, npf, neuropsykiatrisk*, adhd, autism*, lss,
        socialpsykiatri*, boendestöd*, dagverksamhet*, sysselsättning för, beroende*, samsjuklighet,
        missbruk*, psykiatrin, psykiatrins, patienter, patienterna, brukare, brukarna, brukarorganisation*,
        personer med psykisk ohälsa, med psykisk ohälsa, lätt psykisk ohälsa, egen erfarenhet av psykisk ohälsa,
        ångest, depression*, utmattning, lätt depression, recovery, återhämtning*`,
      related: `psykisk ohälsa, psykiatri*, boenden, mottagning*, behandling, vårdcentral*, egna erfarenheter,
        erfarenhetsexpert*, brukarmedverkan, brukarinflytande`,
      // Homelessness and lived experience of something often go with mental ill-health, but a text that names
      // only them has not said so: they lean, and never alone make a reason "both are for people with mental
      // illness".
      hint: `mår dåligt, ohälsa, hemlöshet, hemlösa, direkt från gatan, från gatan, egen erfarenhet,
        medlemmar med egen erfarenhet`,
    },
    en: {
      core: `mental illness, mental ill-health, psychosis, psychotic, schizophrenia, bipolar, mental disorder*,
        severe mental, recovery-oriented, recovery, peer support programmes, patients, service users,
        disabilit*, autism, adhd, eating disorder*, addiction, people with mental health problems`,
      related: `psychiatry, psychiatric, users, clinic*, lived experience, experts by experience`,
      hint: `struggling`,
    },
    ignore: { sv: 'beroende på, beroende av, oberoende' },
  },
  {
    id: 'general',
    label: { sv: 'Allmänheten', en: 'The general public' },
    short: { sv: 'allmänheten', en: 'the general public' },
    general: true,
    sv: {
      core: `allmänhet*, alla invånare, kommunens invånare, medborgare, befolkning*, alla åldrar, oavsett ålder,
        alla som, för alla, öppen för alla, öppet för alla, alla som behöver, hela befolkningen, samhället i stort,
        alla i kommunen, den som behöver, den som vill, vem som helst, alla dagar för den, folkhälsa*`,
      related: `alla, allmän*, invånarna`,
      hint: `människor, folk, invånare`,
    },
    en: {
      core: `general public, the public, everyone, anyone, citizens, residents, general population,
        whole population, all ages, non-profits, ngos`,
      related: `all, community, organisations`,
      hint: `people`,
    },
  },
];
