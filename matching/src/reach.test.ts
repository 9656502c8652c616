import { describe, expect, it } from 'vitest';
import { reachOf } from './reach';

describe('reachOf', () => {
  it('reads who may take an offer up in a municipality', () => {
    expect(
      reachOf('Kommunens föreningsbidrag kan sökas av alla föreningar för barn och unga i Tvärbäck.'),
    ).toEqual({
      level: 'municipality',
      place: 'Tvärbäck',
    });
  });

  it('takes a county named as whom an offer is for as that county, not as a town', () => {
    expect(reachOf('Bidraget kan sökas av föreningar i Västra Götaland.')).toMatchObject({
      level: 'county',
      counties: ['västra götaland'],
    });
    expect(reachOf('Rådgivning för föreningar i Norrbotten och Västerbotten.')?.counties).toEqual([
      'norrbotten',
      'västerbotten',
    ]);
    expect(
      reachOf('Evaluation for organisations in Värmland, Dalarna and Örebro counties.')?.counties,
    ).toEqual(['värmland', 'dalarna', 'örebro']);
  });

  it('reads a province as the counties it lies in', () => {
    expect(reachOf('Energikoll för hushåll i Hälsingland och Gästrikland.')?.counties).toEqual(['gävleborg']);
    expect(reachOf('Workshoppar i skolor och på fritidsgårdar i Sörmland.')?.counties).toEqual([
      'södermanland',
    ]);
    expect(reachOf('Vi kommer ut till byar i Norra Hälsingland.')?.counties).toEqual(['gävleborg']);
    expect(reachOf('Bidrag till föreningar i Småland.')?.counties).toEqual([
      'jönköping',
      'kronoberg',
      'kalmar',
    ]);
  });

  it('reads who may take an offer up where the words open their sentence', () => {
    expect(
      reachOf('Vi ger råd om statliga bidrag. Gäller kommuner och föreningar i länet – hör av er.'),
    ).toEqual({ level: 'county' });
    expect(reachOf('Samtalsgrupp om klimatoro. Öppet för alla i Malmhavn.')).toEqual({
      level: 'municipality',
      place: 'Malmhavn',
    });
    expect(reachOf('Kan sökas av föreningar i Tvärbäck.')).toEqual({
      level: 'municipality',
      place: 'Tvärbäck',
    });
    expect(reachOf('Avlösning i hemmet – gäller den som vårdar en närstående i Hälsingestrand.')).toEqual({
      level: 'municipality',
      place: 'Hälsingestrand',
    });
  });

  it('restricts nothing that is also given at a distance', () => {
    expect(reachOf('Processtöd på plats i Jönköpings län, digitalt i hela landet.')).toBeUndefined();
    expect(reachOf('Vi ger råd om bidrag och ansökningar.')).toBeUndefined();
  });
});
