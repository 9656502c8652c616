// Words that carry no content for matching. Besides the usual function words, each list has the words every
// need or offer uses to say *that* it is a need or an offer ("vi behöver", "vi erbjuder gärna", "we can help"),
// and colloquial spellings ("nån", "dom"). They are still kept in the token stream so phrases can use them, and
// they are used to tell the language of a text. The function-word lists live in shared/ (the web app tells the
// language of a text the same way: decision 014).

import { functionWords } from '@kraftsamling/shared/text-language';

export const stopwords: {
  sv: string;
  en: string;
  requestWords: { sv: string; en: string };
  generic: { sv: string; en: string };
} = {
  sv: functionWords.sv,
  en: functionWords.en,
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
