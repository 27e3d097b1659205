import { api } from '../../api';
import { createImportsStore } from './imports-store';

export const importsStore = createImportsStore(api);
