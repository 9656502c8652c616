import { describe, expect, it } from 'vitest';
import { ids } from '../testing/map-fixtures';
import { hasFilters, viewFromParams, viewToSearch } from './view-params';

describe('the map’s filters in the address', () => {
  it('reads every filter the API accepts', () => {
    const view = viewFromParams(
      new URLSearchParams(
        `goal=G2&concept=eval&sector=region&county=Uppsala+l%C3%A4n&linkStatus=accepted&initiative=${ids.initiative}`,
      ),
    );
    expect(view).toEqual({
      goal: 'G2',
      concept: 'eval',
      sector: 'region',
      county: 'Uppsala län',
      linkStatus: 'accepted',
      initiative: ids.initiative,
    });
  });

  it('ignores values the API would refuse, so an old link still opens the map', () => {
    const view = viewFromParams(
      new URLSearchParams('sector=planet&county=Atlantis&linkStatus=maybe&initiative=7'),
    );
    expect(view).toEqual({});
    expect(hasFilters(view)).toBe(false);
  });

  it('writes the filters back in a fixed order, with extra parameters after them', () => {
    expect(viewToSearch({ sector: 'region', goal: 'G1' }, { page: '2', org: undefined })).toBe(
      '?goal=G1&sector=region&page=2',
    );
    expect(viewToSearch({})).toBe('');
  });
});
