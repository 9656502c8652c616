import { counties, sectors } from '@kraftsamling/shared';
import { useLanguage } from '../../lib/i18n/use-language';

/** The sectors as the options of a select, named in the reader's language; the value is the sector's id. */
export function SectorOptions() {
  const language = useLanguage();
  return sectors.map((sector) => (
    <option key={sector.id} value={sector.id}>
      {sector[language]}
    </option>
  ));
}

/** The counties as the options of a select; the value is the county's name, as organisations store it. */
export function CountyOptions() {
  return counties.map((county) => (
    <option key={county.code} value={county.name}>
      {county.name}
    </option>
  ));
}
