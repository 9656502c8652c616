import { describe, expect, it } from 'vitest';
import { Analyser } from './analyse';

// Needs and offers written for this test, independently of the dev set, the way organisations phrase them: in
// Swedish and English, formal and colloquial, for every support type (the last six are ones peers rarely offer).
// A vocabulary change that stops recognising them is a change for the worse.
const sentences: [string, string][] = [
  ['eval', 'Vi vill få vårt arbete granskat av någon utomstående så vi vet om det ger effekt.'],
  ['eval', 'Behöver stöd att ta fram indikatorer och följa upp resultaten av våra samtalsgrupper.'],
  ['eval', 'Our researchers can run process and outcome evaluations of community programmes.'],
  ['mh-data', 'Vi saknar aktuella siffror på hur många unga i kommunen som mår dåligt.'],
  ['mh-data', 'Vi tar fram årliga lägesbilder över psykisk hälsa i länets kommuner.'],
  [
    'mhfa',
    'Vi vill att våra tränare ska kunna se när en spelare mår psykiskt dåligt och veta vad de ska säga.',
  ],
  ['mhfa', 'Certifierade instruktörer i Första hjälpen till psykisk hälsa kan komma ut till er arbetsplats.'],
  ['suicide-prev', 'Personalen vill känna sig tryggare i att fråga om självmordstankar.'],
  [
    'suicide-prev',
    'Vi stöttar kommuner i arbetet med att ta fram handlingsplaner för att förebygga självmord.',
  ],
  ['peer-support', 'Vi vill involvera patienter och brukare när vi utvecklar våra tjänster.'],
  [
    'peer-support',
    'Personer som själva haft depression delar med sig av sina erfarenheter på utbildningsdagar.',
  ],
  ['premises', 'Vi behöver en större sal för våra dansträffar, gärna centralt.'],
  ['premises', 'Föreningslokalen i källaren står tom på helgerna och kan bokas av andra.'],
  ['funding', 'Vi söker någon som kan hjälpa oss skriva en ansökan till Allmänna arvsfonden.'],
  ['funding', 'Stiftelsen delar ut stipendier till projekt som främjar ungas psykiska hälsa.'],
  ['digital', 'Vi letar efter en säker plattform för att ha stödsamtal via nätet.'],
  ['digital', 'Våra utvecklare kan bygga appar och webbtjänster åt ideella organisationer.'],
  ['campaign', 'Vi behöver hjälp att synas mer i sociala medier så att fler hittar till oss.'],
  ['campaign', 'Vi gör gärna en gemensam kampanj mot stigma kring psykisk ohälsa.'],
  ['workplace', 'Hur kan vi som arbetsgivare förebygga utbrändhet bland våra medarbetare?'],
  [
    'workplace',
    'Vi ger företag stöd i hur de kan anpassa arbetet för den som återvänder efter sjukskrivning.',
  ],
  ['school-prog', 'Vi vill ha ett färdigt lektionsmaterial om känslor och stress för mellanstadiet.'],
  ['elderly-lonely', 'Många pensionärer i glesbygden är ensamma och saknar någon att umgås med.'],
  ['elderly-lonely', 'Vi arrangerar träffar och besöksverksamhet för äldre som lever isolerat.'],
  [
    'newcomers',
    'Vi vill nå asylsökande familjer med information om psykisk hälsa på ett kultursensitivt sätt.',
  ],
  [
    'lgbtq-youth',
    'Vi behöver kunskap om hur vi blir en tryggare plats för transpersoner och ickebinära unga.',
  ],
  ['parenting', 'Vi erbjuder kurser för föräldrar till tonåringar om gränssättning och kommunikation.'],
  ['andt', 'Vi ser att allt fler unga röker och snusar och vill göra något åt det.'],
  ['andt', 'Our staff can train others in spotting problem gambling and drug use early.'],
  ['research', 'Vi söker kommuner och föreningar som vill delta som pilotorter i en vetenskaplig studie.'],
  ['interpreting', 'Vi behöver få vår broschyr översatt till persiska och ukrainska.'],
  ['volunteers', 'Vi söker fler frivilliga som kan vara samtalsstöd en kväll i veckan.'],
  ['implementation', 'Vi behöver handledning för att införa ett nytt behandlingsprogram på rätt sätt.'],
  ['legal-gdpr', 'Vi är osäkra på vilka uppgifter vi får dela med socialtjänsten utan samtycke.'],
  ['sport', 'Vi vill starta promenadgrupper för personer med nedstämdhet.'],
  ['culture', 'Vi erbjuder körsång och målarkurser för personer med psykisk ohälsa.'],
  ['housing-first', 'Vi behöver samarbeta med fastighetsägare för att ordna lägenheter åt bostadslösa.'],
  ['crisis-line', 'Vi vill ha en chatt som unga kan vända sig till mitt i natten när det känns tungt.'],
  ['trauma-training', 'Lärarna behöver förstå hur barn som flytt från krig kan reagera i klassrummet.'],
  ['networks', 'Vi vill bygga upp ett regionalt nätverk för alla som arbetar med psykisk hälsa.'],
  ['carer-support', 'Vi erbjuder stödsamtal för partner och barn till personer med bipolär sjukdom.'],
  [
    'care-coordination',
    'Vi behöver bättre samordning mellan vården och kommunen kring patienter med flera behov.',
  ],
  ['violence', 'Vi vill kunna upptäcka och stötta barn som lever med våld i hemmet.'],
  ['debt-advice', 'Många av våra medlemmar har svårt att betala räkningar och behöver hjälp med budgeten.'],
  ['staff-recruitment', 'Vi har svårt att hitta kuratorer till elevhälsan.'],
  ['transport', 'Deltagarna har långt att åka och vi behöver ordna samåkning eller taxi.'],
  ['it-equipment', 'Våra datorer är för gamla och wifi-nätet räcker inte till.'],
  ['specialist-access', 'Det tar månader att få en tid hos barnpsykiatrin.'],
  ['association-admin', 'Vi behöver hjälp med föreningens årsredovisning och att leda årsmötet.'],
  ['procurement', 'Vi ska upphandla en ny leverantör av företagshälsovård och behöver hjälp med kraven.'],
  ['eval', 'Kan någon hjälpa oss att bevisa att vår metod fungerar?'],
  ['eval', 'We need someone to assess whether our mentoring scheme actually makes a difference.'],
  [
    'mh-data',
    'We publish quarterly figures on anxiety and depression among students, broken down by region.',
  ],
  ['mh-data', 'Finns det någon statistik om ungas psykiska hälsa i vår kommun?'],
  ['mhfa', 'Vi vill gå en kurs i psykisk första hjälp för hela arbetslaget.'],
  ['suicide-prev', 'We can train school staff to talk about suicide and spot warning signs.'],
  ['peer-support', 'Our members have lived experience of addiction and can co-design services with you.'],
  ['premises', 'Letar efter ett rum där vi kan ha våra stödgrupper på tisdagar.'],
  ['premises', 'We have a large hall that local groups can use for free.'],
  ['funding', 'Behöver bidrag för att kunna fortsätta nästa år.'],
  ['funding', 'We can co-finance pilot projects on youth mental health.'],
  ['digital', 'Vi vill digitalisera vår rådgivning och behöver hjälp att välja system.'],
  ['campaign', 'We need help with communication so more people know about our helpline.'],
  ['workplace', 'We support employers in creating psychologically safe workplaces.'],
  ['workplace', 'Behöver råd om rehabilitering av medarbetare som varit sjukskrivna för stress.'],
  ['school-prog', 'Vi vill införa YAM på alla högstadieskolor i kommunen.'],
  ['elderly-lonely', 'We run a befriending service for isolated older people.'],
  ['newcomers', 'Vi arbetar med psykosocialt stöd till ensamkommande unga och nyanlända familjer.'],
  ['lgbtq-youth', 'We offer training on how to support LGBTQ young people in youth clubs.'],
  ['parenting', 'Vi behöver någon som kan hålla i föräldragrupper för pappor.'],
  ['andt', 'Vi vill jobba förebyggande mot droger bland gymnasieelever.'],
  ['research', 'Universitetet vill samarbeta med kommuner kring en studie om ensamhet.'],
  ['interpreting', 'We need interpreters who speak Somali for our counselling sessions.'],
  ['volunteers', 'Vi har engagerade studenter som gärna hjälper till som volontärer.'],
  ['implementation', 'We offer support to implement evidence-based methods in social services.'],
  ['legal-gdpr', 'Vilka regler gäller när vi sparar uppgifter om deltagarnas hälsa?'],
  ['sport', 'Vi kan erbjuda gratis gymkort och träningsgrupper för personer som är sjukskrivna.'],
  ['culture', 'We want to start a choir for people recovering from depression.'],
  ['housing-first', 'Vi erbjuder boendestöd och hjälp att få ett eget förstahandskontrakt.'],
  ['crisis-line', 'Vi har en stödlinje som är öppen dygnet runt för den som behöver prata.'],
  ['trauma-training', 'Vi behöver utbildning i hur man bemöter personer med PTSD.'],
  ['networks', 'Vi vill skapa en samverkansgrupp mellan skola, socialtjänst och region.'],
  ['carer-support', 'Vi behöver stöd till föräldrar vars barn har allvarlig psykisk sjukdom.'],
  ['care-coordination', 'We want to learn how to run case management for people with complex needs.'],
  ['violence', 'Vi kan utbilda personal i att ställa frågor om våld i nära relationer.'],
  ['debt-advice', 'Vi erbjuder budgetrådgivning till hushåll med ekonomiska svårigheter.'],
  ['staff-recruitment', 'We cannot find enough psychologists to fill our vacancies.'],
  ['transport', 'Vi behöver hjälp att ordna resor så att deltagare från landsbygden kan komma.'],
  ['it-equipment', 'We need new laptops and a better internet connection for our counsellors.'],
  ['specialist-access', 'Väntetiden till neuropsykiatrisk utredning är över ett år.'],
  ['association-admin', 'Vi behöver en kassör och hjälp med bokföringen.'],
  ['procurement', 'Vi behöver hjälp att skriva förfrågningsunderlag för en upphandling av digitalt stöd.'],
];

describe('recognising support types in independently written sentences', () => {
  const analyser = new Analyser();

  it('finds the main support type of at least 95% of them', () => {
    const wrong = sentences.filter(([type, text]) => analyser.analyse(text).concepts[0]?.id !== type);
    expect(wrong.length / sentences.length).toBeLessThanOrEqual(0.05);
  });

  it('covers every support type of the vocabulary', () => {
    const types = new Set(sentences.map(([type]) => type));
    expect(types.size).toBe(37);
  });
});
