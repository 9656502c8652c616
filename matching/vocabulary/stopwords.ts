// Words that carry no content for matching. Besides the usual function words, each list has the words every
// need or offer uses to say *that* it is a need or an offer ("vi behöver", "vi erbjuder gärna", "we can help"),
// and colloquial spellings ("nån", "dom"). They are still kept in the token stream so phrases can use them, and
// they are used to tell the language of a text.

export const stopwords: {
  sv: string;
  en: string;
  requestWords: { sv: string; en: string };
  generic: { sv: string; en: string };
} = {
  sv: `alla allt alltså andra annan annat att av bara bli blir blev bland bådas båda de dem den denna deras dess
    dessa det detta dig din dina ditt du där då efter eftersom ej eller en er era ert ett fast fler flera
    från får för förra genom ha hade han hans har hela hennes henne honom hon hos hur här i icke ifrån igen
    ingen inget inga inom inte ju jag kan kunde kunna man med mellan men mig min mina mitt mot mycket ni nu
    när någon något några nån nåt nåra och också om oss på samma sedan sig sin sina sitt själv själva sjäv
    skulle som så sådan sådana sådant sån sånt till under upp ut utan vad var vara varför varit varje vars
    vem vi vid vilka vilken vilket vår våra vårt än är åt över dom mej dej sej ska skall även bl a t ex
    bl t ex osv etc mm ca typ liksom också ännu redan just kanske ofta alltid aldrig sällan lite gärna
    dit hit där dessutom därför därmed samt både varken heller`,
  en: `a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall us eg etc via per we'd we're we've let's it's they're`,
  requestWords: {
    sv: `behöver behövs behov söker sökes letar önskar önskas vill skulle saknar saknas efterfrågar efterlyser
      erbjuder erbjuda erbjudande kan hjälpa hjälper hjälp bistå gärna tar emot delar dela ger ge stötta
      stöttar stödja bidra bidrar samarbete samarbeta samarbetspartner samarbetspartners partner söka
      intresserade intresse möjlighet möjligt tips finns få fått får någon några vet veta`,
    en: `need needs needed looking seek seeking want wants would like love offer offers offering can could
      help helps helping support provide provides share happy glad able welcome partner partners tips get
      someone anyone know`,
  },
  // Content words so common in a mental-health mobilisation that sharing them says little about a match. They
  // count for a fifth in lexical similarity.
  generic: {
    sv: `psykisk psykiska psykiskt hälsa hälsan ohälsa mående må mår mådde stöd stödet insats insatser verksamhet
      verksamheten verksamheter arbete arbetet arbeta arbetar person personer människor kommun kommunen kommuner
      kommunerna region regionen förening föreningen föreningar organisation organisationer grupp grupper
      gruppen utbildning utbildningar kunskap erfarenhet länet län bra dåligt fler många nya ny`,
    en: `mental health support people services service work working organisation organisations organization
      municipality municipalities region group groups training knowledge experience many new`,
  },
};
