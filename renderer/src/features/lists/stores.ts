// The app's one lists store, over the app's api (window.api or the browser mode).
import { api } from '../../api';
import { createListsStore } from './lists-store';

export const listsStore = createListsStore(api);
