// Known Swedish words for splitting compounds ("föräldraskapsstöd" → föräldraskap + stöd). The decompounder
// also knows every word of the concept and target-group vocabulary; this list adds the everyday and
// public-sector words that compounds in the field are built from. Base forms; inflections are handled by
// stemming. Words listed here are also never "corrected" as typos. Extend freely: a missing word only means
// a compound containing it is kept whole.

export const lexiconSv = `
  aktivitet aktör akut allmän ansvar anställning arbete arbetsgivare arbetsplats arbetssätt arbetstid
  avdelning avtal bad bank barn bas behandling behov bemanning beroende besked besök bibliotek bidrag bil
  bild bo boende bok bostad brist brott brukare budget bygd byggnad by café centrum chef dag dagis data del
  deltagare diagnos digital distans drift drog ekonomi elev energi enhet erfarenhet etablering evenemang
  expert fack familj fara fest film finansiering fiske flicka flykt flytt folk fond forskare forskning forum
  fotboll frisk fritid frivillig fråga funktion fysisk färdighet förebyggande förening förmåga förskola
  försäkring förvaltning gata gemenskap glesbygd grund grupp gräns gym gång hall hand handel handledning
  handling hantering hem hemsida hjälp hus hushåll hyra hälsa hälso händelse höst idé idrott information
  insats instruktör integration internet intresse jobb jour kafé kamrat kampanj kanal kommun kommunikation
  konst kontakt kontor kort kostnad kraft kris krog kultur kunskap kurs kvinna kväll kyrka kö land ledare
  ledning liv lokal lots lov lägenhet läger lärare länk läs lön mat material medarbetare medel medicin
  medlem metod miljö minne mobil modell mottagning musik mål människa natt natur nyhet nätverk nämnd
  närvaro omsorg område organisation park patient pengar person personal plan plats polis post praktik
  process program projekt psykiatri psykolog rad region regel relation rehabilitering resa resurs rum råd
  rådgivning samhälle samordning samtal samverkan scen service sjuk sjukhus skada skola skydd social
  socialtjänst spel sport språk stad start stat stiftelse stöd styrelse stöd sätt system tal team teknik
  telefon tema terapi tid tillgång tjänst tolk trafik trygghet träff träning tränare tvång undersköterska
  ung ungdom utbildning utrustning utveckling vardag vecka verksamhet verktyg video vuxen vård välfärd
  ämne år ålder äldre öppen övning

  akutmottagning allmänhet andning anhörig anknytning ansökan antal arbetsliv arbetsmiljö arbetsträning
  arena ateljé avlastning barnhälsovård befolkning bemötande beslut beteende bidragsgivare bostadsbolag
  bostadslös brukarråd bussar budgetrådgivning dagverksamhet demens depression dialog diakoni dokumentation
  elevhälsa enkät ensamhet erfarenhetsexpert familjecentral familjehem fastighet feedback finansiär flykting
  folkhälsa folkbildning frånvaro fältarbete föräldraskap förälder företag företagshälsovård förebild
  förmån försörjning förtroende gruppledare grundskola gymnasium hedersrelaterad hemlöshet hemtjänst
  hjärna hobby hälsocentral hälsosamtal identitet inflytande inkludering insikt instans jämställdhet
  kartläggning klient kommunikatör kompetens kompetensutveckling konflikt konsult kontaktperson krav
  kunskapsstöd kurator kvalitet kyrkogård landsbygd landsting lektion livsstil läkare länsstyrelse
  läxa medicinering medverkan migration minoritet missbruk motion myndighet mötesplats mötesrum nyanländ
  närstående ohälsa omvårdnad opinion ordförande pedagog pension pensionär plattform prevention psykoedukation
  psykos rapport rehabiliteringskoordinator rekrytering relation remiss rutin rådgivare samhällsguide
  samordnare samsjuklighet sekretess självhjälp sjuksköterska sjukskrivning skolsköterska skuld socialsekreterare
  socionom sorg specialist statistik stigma strategi stress studie suicid syskon säkerhet sömn tonåring
  trauma tröskel utbrändhet utmattning utredning utvärdering vårdcentral våld välbefinnande väntetid ångest
  återhämtning äldreomsorg ätstörning

  ansvarsfull arbetslös asylsökande besökare bokföring bostäder bussfirma chatt dator demokrati deltagande
  engagemang erbjudande evidens filmgrupp fordon friluftsliv fritidsgård friskvård föreläsning föreläsare
  församling gympa hemmasittare hyresvärd introduktion journal kommunal kontroll kostnadsfri kulturskola
  lokaler meditation migrant modersmål motionsgrupp nattpass nätter omställning planering psykiatrisk
  replokal samlingslokal samtalsgrupp samtalsledare servering skolnärvaro skolskjuts specialistbedömning
  stadsdel stödgrupp stödlinje stödtelefon tolkning trygghetsteam uppföljning upphandling utflykt volontär
  väntan yoga ätstörningsvård

  anpassa anpassad anställa använda arbeta behandla berätta beställa bjuda boka bygga driva dela delta
  erbjuda finansiera flytta främja förebygga föreläsa förstå hantera hitta hyra hålla införa kartlägga
  leda lära låna lösa mäta möta nå ordna organisera planera prata pröva rekrytera ringa samordna samtala
  samverka skapa skriva sprida starta stärka stötta söka testa tolka träffa träna utbilda utveckla
  utvärdera växa öka

  allvarlig anonym bred digital ekonomisk enkel extern fri frivillig fysisk gemensam gratis hel ideell
  individuell intern kulturell lokal lätt långsiktig mental mobil national offentlig psykisk regional
  snabb social svår säker trygg tidig tydlig viktig vanlig äldre ny gammal stor liten egen god

  lokalt lokala bidra bidrar ideella

  preventiv förebyggande kognitiv effektiv positiv negativ aktiv intensiv kreativ passiv alternativ
  kollektiv objektiv subjektiv inkluderande hälsofrämjande främjande stödjande uppsökande rehabiliterande
  behandlande långvarig kortvarig återkommande regelbunden gemensam övergripande

  område ledning lösning uppdrag satsning kartläggning planering samordning samverkan uppföljning styrning
  ansvar avtal fråga frågor möte möten träffar kväll helg sommar vinter vår höst jul termin lov morgon
  grannskap kvarter stadsdel tätort landsbygd glesbygd skärgård fjäll ort orter by byar
  mamma pappa barn syster bror kompis vän vänner granne grannar kollega kollegor chef personal ledare
  kök sal rum hus gård lokal lager kontor butik affär kyrka moské skola förskola bibliotek museum teater
  bil buss tåg båt cykel resa färd väg
  mat fika lunch middag kaffe
  pengar kostnad avgift hyra lön bidrag skatt
  kropp själ hjärta hjärna sömn kost vikt rörelse
  meddelande politiker politik upplevelse ibland
`;
