// What imports add to a concept card (the app's detail page and the command line's `show`): the
// user's Athena download's facts on a bundled item, or an item only an imported codebook has.
import type { ItemWithImports } from '../../contract/imports';
import type { ItemDetail } from '../../contract/models';
import { athenaFacts } from './athena/facts';
import type { ImportedData } from './imported-data';
import { userItem } from './user-modules';

export function itemWithImports(data: ImportedData, bundled: ItemDetail | null, query: string): ItemWithImports | null {
  if (!bundled) return userItem(data, query);
  const athena = data.athena();
  return athena ? { ...bundled, imported: athenaFacts(athena, bundled) } : bundled;
}
