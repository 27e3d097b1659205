import type { FieldType } from '../../model/records';

// The sheets spell answer types many ways ("single select- dropdown", "MULTI_SELECTOR",
// "multi-select "); compared lower case with spaces, dashes and underscores removed.
const FIELD_TYPES: Record<string, FieldType> = {
  singleselect: 'single',
  singleselectdropdown: 'single',
  multiselect: 'multiple',
  multiselector: 'multiple',
  boolean: 'boolean',
  integer: 'integer',
  integerslider: 'integer',
  decimal: 'decimal',
  date: 'date',
  text: 'text',
  textinput: 'text',
  string: 'text',
  embeddedtextinput: 'text',
  descriptive: 'descriptive',
  // FHIR open-choice: pick an option or type one's own; neither single nor text alone.
  openchoice: 'other',
};

/** The FieldType for a sheet's Answer Type; undefined when the spelling is not known. */
export function fieldTypeOf(answerType: string): FieldType | undefined {
  return FIELD_TYPES[answerType.toLowerCase().replace(/[\s_-]/g, '')];
}
