import { catalogBrowse, catalogSearch } from './catalog.mjs';

/** Every scenario: name, description, prepare(env) → context, request(context) → autocannon options. */
export const scenarios = [catalogBrowse, catalogSearch];
