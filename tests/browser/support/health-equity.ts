/**
 * A health-equity network's first organisations, in their own words: what a journey seeds through the API to
 * give the engine something to learn from. Three neighbourhood groups tag a need as citizen dialogue and, with
 * the region, speak of "framtidsverkstad", a word none of the kinds has yet.
 */
export const healthEquityOrganisations: {
  name: string;
  municipality: string;
  needs: { text: string; kind?: string }[];
  offers: { text: string; kind?: string }[];
}[] = [
  {
    name: 'Föreningen Grannkraft Skellefteå',
    municipality: 'Skellefteå',
    needs: [
      {
        text: 'Vi vill hålla en framtidsverkstad med de boende om hur parken ska användas, men behöver stöd i medborgardialog.',
        kind: 'medborgardialog',
      },
      { text: 'Vi söker finansiering för att anställa en samordnare i två år.' },
    ],
    offers: [{ text: 'Vi lånar ut vår samlingslokal till föreningar på kvällar och helger.' }],
  },
  {
    name: 'Hyresgästföreningen Norra Umeå',
    municipality: 'Umeå',
    needs: [
      {
        text: 'Vi behöver hjälp att leda framtidsverkstäder och medborgardialog i bostadsområdet inför upprustningen.',
        kind: 'medborgardialog',
      },
      { text: 'Vi behöver utvärdera vårt arbete med trygghet i trapphusen.' },
    ],
    offers: [{ text: 'Vi ordnar trygghetsvandringar med boende och fastighetsägare varje höst.' }],
  },
  {
    name: 'Byalaget Vindeln',
    municipality: 'Vindeln',
    needs: [
      {
        text: 'Vi vill ordna en framtidsverkstad där byborna får säga sitt om skolans framtid, en medborgardialog.',
        kind: 'medborgardialog',
      },
    ],
    offers: [{ text: 'Vi har volontärer som kan hjälpa till vid evenemang i byn.' }],
  },
  {
    name: 'Folkhälsoenheten Region Västerbotten',
    municipality: 'Umeå',
    needs: [{ text: 'Vi söker lokaler för träffar med föreningar i inlandet.' }],
    offers: [
      { text: 'Vi erbjuder utvärdering och följeforskning av insatser för jämlik hälsa.' },
      { text: 'Vi leder medborgardialoger och framtidsverkstäder med invånare om deras närmiljö.' },
    ],
  },
  {
    name: 'Studieförbundet Norrlandskusten',
    municipality: 'Skellefteå',
    needs: [{ text: 'Vi behöver hjälp med kommunikation och att nå ut på sociala medier.' }],
    offers: [
      { text: 'Vi håller studiecirklar och utbildning för föreningars ledare.' },
      { text: 'Vi kan söka projektmedel tillsammans med er och hjälpa till med ansökan.' },
    ],
  },
  {
    name: 'Trygghetsrådet Lycksele',
    municipality: 'Lycksele',
    needs: [
      { text: 'Vi vill göra trygghetsvandringar i centrum men saknar folk som kan gå med.' },
      { text: 'Vi behöver tolkar vid våra möten med nyanlända familjer.' },
    ],
    offers: [{ text: 'Vi delar vår statistik över otrygghet i kommunens stadsdelar.' }],
  },
  {
    name: 'Idrottsföreningen Storuman',
    municipality: 'Storuman',
    needs: [
      { text: 'Vi behöver fler ideella ledare till barnträningarna.' },
      { text: 'Vi söker bidrag till nya omklädningsrum.' },
    ],
    offers: [{ text: 'Vi har en hall som andra kan hyra för möten och aktiviteter.' }],
  },
];
